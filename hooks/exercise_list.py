"""Build the list of every graded exercise of the course, in course order, into the page that
holds the placeholder `<div class="exercise-list"></div>` (the "Exercises" learning style).
Each row links to the exercise and names its editor id, so exercise_status.js can show what the
browser knows about it: not tried, tried or solved. The list comes from the navigation: an
exercise a page shows is listed without being named anywhere."""

from __future__ import annotations

import html

import course_catalogue as catalogue
from mkdocs.utils import get_relative_url

PLACEHOLDER = '<div class="exercise-list"></div>'


def exercise_row(number: int, page, exercise, from_page) -> str:
    address = get_relative_url(page.url, from_page.url) + (f"#{exercise.anchor}" if exercise.anchor else "")
    return (
        f'<tr class="exercise-row" data-editor="{exercise.editor_id}">'
        f"<td>{number}</td>"
        f'<td><a href="{html.escape(address)}">{html.escape(exercise.title)}</a></td>'
        f"<td>{html.escape(page.title)}</td>"
        f'<td class="exercise-status" data-status="not-tried">Not tried</td></tr>'
    )


def exercise_list_html(from_page) -> str:
    rows = []
    for page in catalogue.nav_pages():
        for exercise in catalogue.record_of(page).exercises:
            rows.append(exercise_row(len(rows) + 1, page, exercise, from_page))
    return (
        '<div class="exercise-list md-typeset__scrollwrap"><div class="md-typeset__table"><table>\n'
        f"<caption>All {len(rows)} graded exercises, in course order</caption>\n"
        '<thead><tr><th scope="col">#</th><th scope="col">Exercise</th>'
        '<th scope="col">On the page</th><th scope="col">Status</th></tr></thead>\n'
        "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table></div></div>"
    )


def on_post_page(output: str, page, config, **_) -> str:
    if PLACEHOLDER not in output:
        return output
    return output.replace(PLACEHOLDER, exercise_list_html(page), 1)
