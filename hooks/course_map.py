"""Build the course map: every page of the navigation's sections, in course order, with the ids
of its graded exercises and its number of quizzes, written into the page that holds the
placeholder `<div class="course-map"></div>` (the home page). course_ui.js then reads the
learner's progress for those ids from the browser. A new lesson appears on the map by being in
`nav:`; nothing else to edit.

A learning-style page (front matter `mode: <name>`) shows on the map where the learner stands
in that mode, and so does its own placeholder `<div class="mode-progress"></div>`: both carry
what modes/mode_progress.js needs to count it (see mode_spec). Two more placeholders list pages
with the learner's progress: `<div class="learning-styles"></div>` every learning style with its
`summary` (the home page), `<div class="covered-pages"></div>` the section a page `covers`."""

from __future__ import annotations

import html
import json

import course_catalogue as catalogue
from mkdocs.utils import get_relative_url

MAP_PLACEHOLDER = '<div class="course-map"></div>'
MODE_PLACEHOLDER = '<div class="mode-progress"></div>'
# On a page with `covers: <section title>`: that section's pages, with the learner's progress.
COVERED_PLACEHOLDER = '<div class="covered-pages"></div>'
# Every learning-style page, with the one-line `summary` of its front matter (the home page).
STYLES_PLACEHOLDER = '<div class="learning-styles"></div>'


def on_nav(nav, config, files, **_):
    catalogue.start(nav)
    return nav


def on_page_content(content: str, page, config, files, **_):
    catalogue.record(page, content, config)
    return content


def counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def page_counts(record) -> str:
    parts = [counted(len(record.exercises), "exercise", "exercises")] * bool(record.exercises)
    parts += [counted(record.quizzes, "quiz", "quizzes")] * bool(record.quizzes)
    return " · ".join(parts)


def progress_of(page) -> dict:
    record = catalogue.record_of(page)
    return {"page": page.url, "exercises": [e.editor_id for e in record.exercises],
            "quizzes": record.quizzes}


def mode_spec(page) -> dict:
    """What a learning style counts: the page's own exercises, editors, quizzes and items,
    plus, for "step-by-step", the lessons of the section it covers (front matter `covers`),
    and for "exercises", every graded exercise of the course."""
    record = catalogue.record_of(page)
    spec = {"mode": record.mode, **progress_of(page), "examples": record.examples,
            "items": record.items}
    if "covers" in page.meta:
        spec["lessons"] = [progress_of(p) for p in covered_section(page).children if p.is_page]
    if record.mode == "exercises":
        spec["exercises"] = [exercise.editor_id for p in catalogue.nav_pages()
                             for exercise in catalogue.record_of(p).exercises]
    return spec


def progress_attributes(page) -> str:
    record = catalogue.record_of(page)
    attributes = (f'data-page="{html.escape(page.url)}" '
                  f'data-exercises="{" ".join(e.editor_id for e in record.exercises)}" '
                  f'data-quizzes="{record.quizzes}"')
    if record.mode:
        attributes += f' data-mode="{html.escape(json.dumps(mode_spec(page)))}"'
    return attributes


def page_item(page, from_page) -> str:
    return (
        f'<li class="course-map-page" {progress_attributes(page)}>'
        f'<a href="{html.escape(get_relative_url(page.url, from_page.url))}">'
        f'{html.escape(page.title)}</a> '
        f'<span class="course-map-progress">{page_counts(catalogue.record_of(page))}</span></li>'
    )


def covered_section(page):
    return next(s for s in catalogue.sections if s.title == page.meta["covers"])


def covered_pages_html(page) -> str:
    items = "\n".join(page_item(p, page) for p in covered_section(page).children if p.is_page)
    return f'<ol class="course-map covered-pages">\n{items}\n</ol>'


def learning_styles_html(from_page) -> str:
    items = [
        f'<li><a href="{html.escape(get_relative_url(page.url, from_page.url))}">'
        f'{html.escape(page.title)}</a>: {html.escape(page.meta.get("summary", ""))}</li>'
        for page in catalogue.nav_pages() if page.meta.get("mode")
    ]
    return '<ol class="learning-styles">\n' + "\n".join(items) + "\n</ol>"


def course_map_html(from_page) -> str:
    sections = [
        f'<h3 class="course-map-section">{html.escape(section.title)}</h3>\n<ol>\n'
        + "\n".join(page_item(page, from_page) for page in section.children if page.is_page)
        + "\n</ol>"
        for section in catalogue.sections
    ]
    return '<nav class="course-map" aria-label="Course map">\n' + "\n".join(sections) + "\n</nav>"


def mode_progress_html(page) -> str:
    """Where the learner stands in this page's learning style, filled in by mode_progress.js."""
    return (f'<p class="mode-progress course-map-page" {progress_attributes(page)}>'
            f'<span class="mode-progress-label">Your progress:</span> '
            f'<span class="course-map-progress"></span></p>')


def on_post_page(output: str, page, config, **_) -> str:
    if MAP_PLACEHOLDER in output:
        output = output.replace(MAP_PLACEHOLDER, course_map_html(page), 1)
    if MODE_PLACEHOLDER in output:
        output = output.replace(MODE_PLACEHOLDER, mode_progress_html(page), 1)
    if COVERED_PLACEHOLDER in output:
        output = output.replace(COVERED_PLACEHOLDER, covered_pages_html(page), 1)
    if STYLES_PLACEHOLDER in output:
        output = output.replace(STYLES_PLACEHOLDER, learning_styles_html(page), 1)
    return output
