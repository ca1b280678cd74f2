"""A lesson on a phone (390 × 844 CSS pixels, touch): a tapped button's tooltip does not stay
over the page, the dispatch trace's diagram says that it scrolls sideways and the keyboard can
scroll it, and the terminal wraps its lines between words. (Every page's layout at a phone's
width is checked by test_accessibility.py.) The tests share one opening of the lesson.
"""

from __future__ import annotations

import pytest

from tools.course_pages import nav_pages

from .conftest import block_foreign_requests
from .pmt import CoursePage

pytestmark = pytest.mark.browser

LESSON = next(page for page in nav_pages() if page.src == "lessons/1-basics.md")


@pytest.fixture(scope="module")
def phone(browser, site_url):
    """The lesson, opened and fully built on a phone; the tests run its first editor."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    foreign_requests = block_foreign_requests(context, site_url)
    course = CoursePage(context.new_page(), site_url)
    course.open_ready(LESSON.url)
    yield course, course.ide_ids()[0]
    context.close()
    assert foreign_requests == [], "the page made requests to other hosts"


def test_a_tapped_buttons_tooltip_does_not_stay_over_the_page(phone):
    course, editor = phone
    course.wait_for_run(lambda: course.page.tap(f"#global_{editor} button[btn_kind='play']"))
    # PMT's tooltips: its floating one, and those drawn in CSS next to their control.
    assert course.page.locator("#floating-tip:visible, .tooltiptext:visible").count() == 0


def test_the_trace_diagram_says_that_it_scrolls_sideways_and_the_keyboard_can_scroll_it(phone):
    course, editor = phone
    course.run(editor)
    course.trace_diagram(editor)
    view = course.page.locator(f"#dispatch-trace-{editor} .dt-diagram-view")
    box = view.locator(".dt-diagram-box")
    assert box.evaluate("box => box.scrollWidth > box.clientWidth"), "the diagram fits: nothing to check"
    assert view.locator(".dt-scroll-hint").is_visible()
    box.focus()
    course.page.keyboard.press("ArrowRight")
    course.page.wait_for_function("box => box.scrollLeft > 0", arg=box.element_handle())


def test_the_terminal_wraps_long_lines_between_words(phone):
    course, editor = phone
    words = [f"word{n}" for n in range(40)]
    course.set_code(editor, f"print({' '.join(words)!r})")
    course.run(editor)
    # jquery.terminal draws each printed line as one <div> per row it is wrapped into.
    rows = course.page.locator(f"#term_{editor} .terminal-output > div > div").all_inner_texts()
    wrapped = [row.split() for row in rows if "word" in row]
    assert len(wrapped) > 1, "the line did not need wrapping: nothing to check"
    assert all(set(row) <= set(words) for row in wrapped), wrapped
