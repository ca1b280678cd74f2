"""Every page of the course for every learner: the keyboard's first stop, nothing moving
forever, what axe-core (the accessibility checker) finds in the light and the dark scheme, and
the page at a phone's width; a console without errors; and a quiz answered, an exercise run and
checked with the keyboard alone.

The pages come from the navigation in mkdocs.yml (the home page included), so a new page is
checked as soon as it is listed. Each page is opened once (the `opened_page` fixture, which
test_course_pages.py and test_grading.py share after these) and its tests use it in the order
they are written: the first Tab on the page as loaded, its animations, then axe in the light
scheme and, after the learner's toggle, in the dark one, then the page resized to a phone's
width; and, over all of that, no error in the browser's console.
"""

from __future__ import annotations

import pytest

from tools.course_pages import nav_pages
from tools.exercise_files import EXERCISES, parse

from .axe import blocking_violations, report
from .conftest import page_id

pytestmark = pytest.mark.browser

PAGES = nav_pages()
PHONE = {"width": 390, "height": 844}
# The lesson the tests use as a learner does: a quiz, examples and a graded exercise.
LESSON = next(page for page in PAGES if page.src == "lessons/1-basics.md")
LESSON_EXERCISE = "lessons/step1_count_signups"


@pytest.fixture
def visitor(learner):
    """The page of the test's parameter, at a desktop's size, as the tests before left it."""
    course, _ = learner
    return course


@pytest.fixture
def phone_visitor(opened_page):
    """The page of the test's parameter, at a phone's size, as the tests before left it."""
    course, _ = opened_page
    course.resize(**PHONE)
    return course


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_the_first_tab_reaches_skip_to_content(visitor):
    visitor.page.keyboard.press("Tab")
    focused = visitor.page.evaluate(
        "() => [document.activeElement.matches('a.md-skip'), document.activeElement.textContent.trim()]"
    )
    assert focused == [True, "Skip to content"]


# Animations that never end, with what they animate. The page repaints for them on every frame,
# seen or not: an idle page would cost its learner CPU and battery, and a visible one moving for
# more than 5 s distracts (WCAG 2.2.2).
ENDLESS_ANIMATIONS = """() => document.getAnimations()
    .filter(animation => animation.effect.getComputedTiming().iterations === Infinity)
    .map(animation => animation.effect.target.closest('[id]')?.id || animation.effect.target.tagName)"""


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_once_ready_nothing_on_the_page_moves_forever(visitor):
    assert visitor.page.evaluate(ENDLESS_ANIMATIONS) == []


def violations_in_both_schemes(course) -> dict[str, list[dict]]:
    """axe's serious and critical findings on the page as it is, in the light scheme, then in
    the dark one after the learner's toggle."""
    found = {"light": blocking_violations(course.page)}
    assert course.switch_color_scheme() == "slate"
    found["dark"] = blocking_violations(course.page)
    return found


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_axe_finds_no_serious_or_critical_violation_in_either_colour_scheme(visitor):
    found = violations_in_both_schemes(visitor)
    assert found == {"light": [], "dark": []}, report(found)


def test_axe_finds_no_serious_or_critical_violation_in_what_a_lesson_shows_once_used(course):
    """What only appears once the learner acts: a run's output in the terminal, a failed
    check's messages, the dispatch trace in both views, a quiz's verdicts and marks."""
    course.open_ready(LESSON.url)
    first_example, second_example = course.ide_ids()[:2]
    for example in (first_example, second_example):
        course.bring_into_view(example)
        course.run(example)
    course.open_trace(first_example)
    course.trace_diagram(second_example)
    exercise = course.ide_of(LESSON_EXERCISE)
    course.bring_into_view(exercise)
    assert not course.check(exercise)
    for quiz in course.quiz_ids():
        course.check_quiz(quiz)
    found = violations_in_both_schemes(course)
    assert found == {"light": [], "dark": []}, report(found)


# ---- At a phone's width ----

@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_at_a_phone_s_width_nothing_scrolls_sideways(phone_visitor):
    widths = phone_visitor.page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert widths == [PHONE["width"]] * 2


# Every control of each IDE (its buttons, its toggles, its attempts counter) and the text of the
# first line of its code, with the boxes they are drawn in: the pairs that overlap.
OVERLAPS = """() => {
    const box = element => element.getBoundingClientRect()
    const textBox = element => { const text = document.createRange(); text.selectNodeContents(element); return box(text) }
    const shown = element => element.getClientRects().length > 0
    const name = element => element.getAttribute('aria-label') || element.textContent.trim() || element.className
    const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
    return [...document.querySelectorAll('.py_mk_ide')].filter(shown).flatMap(ide => {
        const parts = [...ide.querySelectorAll("button, [role='button'], .compteur")].filter(shown)
            .map(element => [name(element), box(element)])
        const firstLine = ide.querySelector('.ace_text-layer .ace_line')
        if (firstLine) parts.push(['the first line of code', textBox(firstLine)])
        return parts.flatMap(([a, boxA], i) => parts.slice(i + 1)
            .filter(([, boxB]) => overlap(boxA, boxB)).map(([b]) => `${ide.id}: ${a} / ${b}`))
    })
}"""


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_at_a_phone_s_width_no_control_of_an_ide_covers_another_or_the_code(phone_visitor):
    assert phone_visitor.page.evaluate(OVERLAPS) == []


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_at_a_phone_s_width_every_editor_wraps_its_long_lines_into_its_width(phone_visitor):
    too_wide = phone_visitor.page.evaluate(
        """() => [...document.querySelectorAll('.py_mk_ide .ace_editor')]
            .filter(editor => editor.getClientRects().length)
            .filter(editor => editor.querySelector('.ace_content').getBoundingClientRect().width
                              > editor.querySelector('.ace_scroller').clientWidth)
            .map(editor => editor.id)"""
    )
    assert too_wide == []


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_at_a_phone_s_width_quiz_text_is_the_size_of_the_page_text_and_not_justified(phone_visitor):
    styles = phone_visitor.page.evaluate(
        """() => [...document.querySelectorAll('.layout-qcm-wrapper .inner li')].map(item => {
            const style = getComputedStyle(item)
            return style.fontSize + ' ' + style.textAlign
        })"""
    )
    body = phone_visitor.page.evaluate("() => getComputedStyle(document.querySelector('.md-content p')).fontSize")
    assert set(styles) <= {f"{body} start"}


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_the_page_logged_no_console_error_from_its_load_to_its_use_at_a_phone_s_width(visitor):
    assert visitor.console_errors == []


# ---- The keyboard alone ----

def test_a_learner_answers_a_quiz_runs_and_checks_an_exercise_with_the_keyboard_alone(course):
    course.open_ready(LESSON.url)
    keyboard = course.page.keyboard

    # The page's first quiz: Tab reaches its options, the arrow keys choose, Space checks.
    quiz = course.quiz_ids()[0]
    question = LESSON.quizzes()[0].questions[0]
    right_item = f"{quiz}-0-{question.correct[0] - 1}"    # PMT's item ids follow the source
    course.tab_to(lambda focus: (focus["id"] or "").startswith(f"{quiz}-0-"))
    for _ in question.choices:
        if course.focused()["id"] == f"{right_item}-input":
            break
        keyboard.press("ArrowDown")
    focus = course.focused()
    assert (focus["id"], focus["checked"]) == (f"{right_item}-input", True)
    keyboard.press("Tab")
    assert course.focused()["name"] == "Check my answers"
    keyboard.press("Space")
    assert course.quiz(quiz).locator("[role='status']").inner_text() == "Right."
    assert course.item_marks(quiz)[right_item] == {"correct"}

    # The exercise: Tab into its editor (out of the examples' editors on the way with Escape
    # then Tab), type the solution, Escape then Tab to Run, Enter; Tab to the check button.
    editor = course.ide_of(LESSON_EXERCISE)
    course.tab_to(lambda focus: focus["editor"] == editor)
    assert course.focused()["name"].startswith("Python code editor: Your turn: count the sign-ups")
    keyboard.press("Control+A")
    keyboard.insert_text(parse(EXERCISES / f"{LESSON_EXERCISE}.py").section("corr"))
    keyboard.press("Escape")
    keyboard.press("Tab")
    focus = course.focused()
    assert (focus["kind"], focus["ide"]) == ("play", editor)
    course.wait_for_run(lambda: keyboard.press("Enter"))
    assert "Error" not in course.terminal_text(editor)
    keyboard.press("Tab")
    assert course.focused()["kind"] == "check"
    course.wait_for_run(lambda: keyboard.press("Enter"))
    assert course.check_passed(editor)
    assert not course.focused()["fullscreen"]
