"""Build the course map: every page of the navigation's sections, in course order, with the ids
of its graded exercises and its number of quizzes, written into the page that holds the
placeholder `<div class="course-map"></div>` (the home page). course_ui.js then reads the
learner's progress for those ids from the browser. A new lesson appears on the map by being in
`nav:`; nothing else to edit."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from mkdocs.structure.nav import Section
from mkdocs.utils import get_relative_url

PLACEHOLDER = '<div class="course-map"></div>'
QUIZ_ADMONITION = re.compile(r'<div class="admonition [^"]*\bpy_mk_admonition_qcm\b')


@dataclass
class PageProgressData:
    exercises: list[str]
    quizzes: int


_sections: list[Section] = []
_pages: dict[str, PageProgressData] = {}


def on_nav(nav, config, files, **_):
    _sections[:] = [item for item in nav.items if isinstance(item, Section)]
    _pages.clear()
    return nav


def graded_exercise_ids(page, config) -> list[str]:
    """The editor ids of the page's IDEs that have a Validate button, as PMT recorded them
    while rendering the page's macros (they are the localStorage keys of the learner's work)."""
    pmt = config.plugins["pyodide_macros"]
    if pmt.page is not page:
        raise RuntimeError(f"{page.file.src_uri}: PMT's page data is not this page's; "
                           "hooks/course_map.py must run right after PMT renders the page")
    return [editor_id for editor_id, ide in pmt.current_page_config.items() if ide.has_check_btn]


def on_page_content(content: str, page, config, files, **_):
    _pages[page.url] = PageProgressData(
        exercises=graded_exercise_ids(page, config),
        quizzes=len(QUIZ_ADMONITION.findall(content)),
    )
    return content


def counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def page_item(page, from_page) -> str:
    data = _pages.get(page.url, PageProgressData([], 0))
    parts = [counted(len(data.exercises), "exercise", "exercises")] * bool(data.exercises)
    parts += [counted(data.quizzes, "quiz", "quizzes")] * bool(data.quizzes)
    return (
        f'<li class="course-map-page" data-page="{html.escape(page.url)}" '
        f'data-exercises="{" ".join(data.exercises)}" data-quizzes="{data.quizzes}">'
        f'<a href="{html.escape(get_relative_url(page.url, from_page.url))}">'
        f'{html.escape(page.title)}</a> '
        f'<span class="course-map-progress">{" · ".join(parts)}</span></li>'
    )


def course_map_html(from_page) -> str:
    sections = [
        f'<h3 class="course-map-section">{html.escape(section.title)}</h3>\n<ol>\n'
        + "\n".join(page_item(page, from_page) for page in section.children if page.is_page)
        + "\n</ol>"
        for section in _sections
    ]
    return '<nav class="course-map" aria-label="Course map">\n' + "\n".join(sections) + "\n</nav>"


def on_post_page(output: str, page, config, **_) -> str:
    if PLACEHOLDER not in output:
        return output
    return output.replace(PLACEHOLDER, course_map_html(page), 1)
