"""What the course's hooks know about every page of the navigation once it is rendered: its
graded exercises (with the heading each sits under), its other editors, its quizzes and, for a
learning-style page, its mode. hooks/course_map.py records it; the hooks that build pages
listing other pages' content (the course map, the exercise list) read it in `on_post_page`, when
MkDocs has rendered every page.

A plain module, not a hook: the hooks import it, and so share one catalogue."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from mkdocs.structure.nav import Section

QUIZ_ADMONITION = re.compile(r'<div class="admonition [^"]*\bpy_mk_admonition_qcm\b')
HEADING = re.compile(r'<h[1-6] id="(?P<anchor>[^"]+)"[^>]*>(?P<title>.*?)</h[1-6]>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
# What a learning-style page counts as its own progress: its cards, its rules, its operations.
MODE_ITEM = re.compile(r'data-mode-item="([^"]+)"')


@dataclass(frozen=True)
class GradedExercise:
    editor_id: str    # PMT's editor id: the key of the learner's work in localStorage
    title: str        # the heading the exercise sits under
    anchor: str       # that heading's id on its page


@dataclass
class PageRecord:
    exercises: list[GradedExercise] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)   # editor ids of the ungraded IDEs
    quizzes: int = 0
    mode: str | None = None
    items: list[str] = field(default_factory=list)   # a learning-style page's own things to do


sections: list[Section] = []
pages: dict[str, PageRecord] = {}


def start(nav) -> None:
    sections[:] = [item for item in nav.items if isinstance(item, Section)]
    pages.clear()


def record(page, content: str, config) -> None:
    pmt = config.plugins["pyodide_macros"]
    if pmt.page is not page:
        raise RuntimeError(f"{page.file.src_uri}: PMT's page data is not this page's; "
                           "hooks/course_map.py must run right after PMT renders the page")
    ides = pmt.current_page_config.items()
    pages[page.url] = PageRecord(
        exercises=[_graded(editor_id, content, page) for editor_id, ide in ides if ide.has_check_btn],
        examples=[editor_id for editor_id, ide in ides if not ide.has_check_btn],
        quizzes=len(QUIZ_ADMONITION.findall(content)),
        mode=page.meta.get("mode"),
        items=list(dict.fromkeys(MODE_ITEM.findall(content))),
    )


def _graded(editor_id: str, content: str, page) -> GradedExercise:
    """The exercise, named after the last heading above its editor."""
    at = content.find(f'id="global_{editor_id}"')
    above = list(HEADING.finditer(content, 0, at)) if at >= 0 else []
    if not above:
        return GradedExercise(editor_id, page.title, "")
    heading = above[-1]
    title = html.unescape(TAG.sub("", heading["title"])).replace("¶", "").strip()
    return GradedExercise(editor_id, title, heading["anchor"])


def record_of(page) -> PageRecord:
    return pages.get(page.url, PageRecord())


def nav_pages():
    """Every page of the navigation's sections, in course order."""
    return [page for section in sections for page in section.children if page.is_page]
