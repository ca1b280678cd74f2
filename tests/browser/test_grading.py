"""The check button of every graded exercise, pressed as a learner presses it: the solution
written where the starter is passes with the tests under it kept or deleted, the starter fails,
and each classic mistake fails with the message meant for it, told in the learner's terms.

Pages come from the navigation, exercises from their editors: a new graded exercise is covered
as soon as a page shows it (tests/course/test_grading.py makes it bring its mistakes).
"""

from __future__ import annotations

import pytest

from tools.course_pages import nav_pages
from tools.page_grading import editor_with

from .conftest import page_id

pytestmark = pytest.mark.browser

PAGES_WITH_GRADED = [page for page in nav_pages() if any(ide.is_graded for ide in page.ides())]
STEP_1 = next(page for page in PAGES_WITH_GRADED if page.url == "lessons/1-basics/")


def compact(text: str) -> str:
    """Text without any whitespace: the terminal wraps long lines where Python does not."""
    return "".join(text.split())


def graded_editors(learner):
    course, editors = learner
    for editor, ide in editors:
        if ide.is_graded:
            course.bring_into_view(editor)
            yield course, editor, ide.exercise


def check_with(course, editor, code) -> tuple[bool, str]:
    course.paste_code(editor, code)
    passed = course.check(editor)
    return passed, course.terminal_text(editor)


@pytest.mark.parametrize("opened_page", PAGES_WITH_GRADED, ids=page_id, indirect=True)
def test_the_starter_code_fails_and_each_classic_mistake_fails_with_its_message(learner):
    for course, editor, exercise in graded_editors(learner):
        passed, _ = check_with(course, editor, editor_with(exercise, exercise.section("code")))
        assert not passed, f"{exercise.name}: the starter passed"
        for mistake in exercise.mistakes:
            passed, shown = check_with(course, editor, editor_with(exercise, mistake.code))
            assert not passed, f"{exercise.name}: a mistake passed"
            assert compact(mistake.message) in compact(shown), (exercise.name, shown)
            assert "<exec>" not in shown and "<public tests>" not in shown, shown


@pytest.mark.parametrize("opened_page", PAGES_WITH_GRADED, ids=page_id, indirect=True)
def test_the_solution_passes_with_the_tests_under_it_kept_or_deleted(learner):
    for course, editor, exercise in graded_editors(learner):
        solution = exercise.section("corr")
        for case, code in {"tests kept": editor_with(exercise, solution),
                           "tests deleted": solution}.items():
            passed, shown = check_with(course, editor, code)
            assert passed, (exercise.name, case, shown)
            assert course.code(editor).strip() == code.strip(), "the check changed the editor"


@pytest.mark.parametrize("opened_page", [STEP_1], ids=page_id, indirect=True)
def test_a_failed_public_test_names_the_editor_line_the_learner_sees_it_on(learner):
    course, editors = learner
    editor, ide = next((editor, ide) for editor, ide in editors if ide.is_graded)
    course.bring_into_view(editor)
    starter = editor_with(ide.exercise, ide.exercise.section("code"))
    line = starter.splitlines().index('assert signups == ["grace"], f"signups is {signups}"') + 1
    assert not check_with(course, editor, starter)[0]
    shown = course.terminal_text(editor)
    assert compact(f"A public test failed: line {line} of the editor.") in compact(shown), shown
    assert compact("AssertionError: signups is []") in compact(shown), shown


@pytest.mark.parametrize("opened_page", [STEP_1], ids=page_id, indirect=True)
def test_after_a_check_the_terminal_and_the_trace_show_the_learners_program_not_the_hidden_checks(
        learner):
    course, editors = learner
    editor, ide = next((editor, ide) for editor, ide in editors if ide.is_graded)
    course.bring_into_view(editor)
    assert check_with(course, editor, editor_with(ide.exercise, ide.exercise.section("corr")))[0]
    sends = [row["text"] for row in course.trace_rows(editor) if "dt-send" in row["classes"]]
    assert len([text for text in sends if "post_save" in text]) == 1, sends
    course.run_terminal_command(f"term_{editor}", "print(sorted(u.username for u in User.objects.all()))")
    assert "['grace']" in course.terminal_text(editor)
