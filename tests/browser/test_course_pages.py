"""Every page of the course with editors, used as a learner uses it: it loads cleanly, each
example prints in the browser what it prints in CPython, and edited code survives a reload
(test_grading.py checks the graded exercises).

Pages come from the navigation in mkdocs.yml, so a new page is covered as soon as it is listed.
Each page is opened once for these tests, test_accessibility.py's and test_grading.py's (the
`opened_page` fixture), which use it in the order they are written, at a desktop's size.
"""

from __future__ import annotations

import pytest

from tools.course_pages import nav_pages
from tools.page_grading import editor_with
from tools.program_runs import run_programs

from .conftest import page_id

pytestmark = pytest.mark.browser

PAGES = [page for page in nav_pages() if page.ides()]


def compact(text: str) -> str:
    """Text without any whitespace: the terminal wraps long lines where CPython does not."""
    return "".join(text.split())


@pytest.fixture(scope="session")
def cpython_outputs():
    """What each example prints in CPython under signals_core, keyed by exercise name."""
    examples = {ide.exercise.name: ide.exercise.example_program
                for page in PAGES for ide in page.ides() if not ide.is_graded}
    return run_programs("signals_core", examples)


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_each_editor_starts_with_the_starter_code_of_its_exercise(learner):
    course, editors = learner
    for editor, ide in editors:
        starter = ide.exercise.section("code").strip()
        assert course.code(editor).startswith(starter), ide.exercise.name
        if ide.is_graded:  # with the public tests under it, as the CPython grading tests have it
            assert course.code(editor) == editor_with(ide.exercise, starter), ide.exercise.name


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_every_example_prints_in_the_page_what_it_prints_in_cpython(learner, cpython_outputs):
    course, editors = learner
    for editor, ide in editors:
        if ide.is_graded:
            continue
        expected = cpython_outputs[ide.exercise.name]
        course.bring_into_view(editor)
        shown = course.run(editor)
        assert compact(expected["stdout"]) in compact(shown), (ide.exercise.name, shown)
        rest = compact(shown).replace(compact(expected["stdout"]), "", 1)
        if expected["error"] is None:
            assert "Traceback" not in rest and "Error" not in rest, (ide.exercise.name, shown)
        else:
            assert compact(expected["error"]) in rest, (ide.exercise.name, shown)


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_edited_code_survives_a_reload(learner):
    course, editors = learner
    edited = {}
    for editor, _ in editors:
        course.bring_into_view(editor)
        course.page.click(f"#{editor}")
        course.page.keyboard.press("Control+End")
        course.page.keyboard.insert_text("\n# my own note\n")   # as a paste, without a run
        edited[editor] = course.code(editor)
    course.reload()
    assert {editor: course.code(editor) for editor in edited} == edited
    assert all("# my own note" in code for code in edited.values())


@pytest.mark.parametrize("opened_page", PAGES, ids=page_id, indirect=True)
def test_using_the_page_logs_no_console_error(learner):
    course, _ = learner
    assert course.console_errors == []


# Material draws Mermaid diagrams in a closed shadow root; opening it lets the test read the drawing.
OPEN_SHADOW_ROOTS = """
const attachShadow = Element.prototype.attachShadow
Element.prototype.attachShadow = function (init) { return attachShadow.call(this, {...init, mode: 'open'}) }
"""


@pytest.mark.changes_the_browser
def test_the_home_page_draws_the_signal_diagram_with_the_sites_own_mermaid(course):
    requested = []
    course.page.on("request", lambda request: requested.append(request.url))
    course.page.add_init_script(OPEN_SHADOW_ROOTS)
    page = course.open("", wait_for_pyodide=False)
    drawing = page.locator("div.mermaid svg")
    drawing.wait_for()
    labels = drawing.text_content()
    assert "Sender" in labels and "Dispatcher" in labels and "Receiver" in labels, labels
    assert [url for url in requested if "mermaid" in url] == [
        course.site_url + "vendor/mermaid/dist/mermaid.min.js"
    ]


def test_lesson_3_dispatch_trace_shows_who_reacted_to_order_placed(course):
    """Lesson 3 sends the learner to the trace to see which receivers reacted to order_placed."""
    course.open("lessons/3-decoupling/")
    editor = course.ide_ids()[0]
    course.run(editor)
    sends = [row["text"] for row in course.trace_rows(editor) if "dt-send" in row["classes"]]
    reactions = [row["text"] for row in course.trace_rows(editor) if "dt-receiver" in row["classes"]]
    assert len([text for text in sends if "order_placed" in text]) == 2, sends
    for name in ("email_confirmation", "record_revenue"):
        assert sum(name in text for text in reactions) == 2, reactions
