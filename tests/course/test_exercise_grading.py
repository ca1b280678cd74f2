"""Every graded exercise, graded in CPython as the page's check button grades it
(tools/page_grading.py runs the sections in the page's order): a correct answer passes however
the learner left the public tests under it, and a wrong one fails with the message meant for it.

Exercises are found in exercises/, so an exercise an author adds is covered here without being
listed; it must come with its classic mistakes (`<name>_MISTAKES.py`).
"""

from __future__ import annotations

import pytest

from tools.exercise_files import all_exercise_files
from tools.page_grading import TESTS_SEPARATOR, editor_with, grade

GRADED = [file for file in all_exercise_files() if file.is_graded]


def _editors(exercise) -> dict[str, str]:
    """The editor as learners leave it, for each case the tests below look at."""
    solution, tests = exercise.section("corr"), exercise.section("tests")
    editors = {
        "solution, tests kept": editor_with(exercise, solution),
        "solution, tests deleted": solution,
        "solution, tests line deleted": solution.rstrip("\n") + "\n\n" + tests,
        "solution, tests edited": editor_with(exercise, solution) + 'print("my own check")\n',
        "solution, tests commented out": solution.rstrip("\n") + TESTS_SEPARATOR + "".join(
            f"# {line}\n" for line in tests.splitlines()),
        "starter": editor_with(exercise, exercise.section("code")),
    }
    for number, mistake in enumerate(exercise.mistakes, 1):
        editors[f"mistake {number}"] = editor_with(exercise, mistake.code)
    return editors


@pytest.fixture(scope="module")
def verdicts():
    cases = {(exercise.name, case): (exercise, editor)
             for exercise in GRADED for case, editor in _editors(exercise).items()}
    return grade(cases)


def test_the_course_has_graded_exercises():
    assert len(GRADED) >= 18


@pytest.mark.parametrize("case", ["solution, tests kept", "solution, tests deleted",
                                  "solution, tests line deleted", "solution, tests edited",
                                  "solution, tests commented out"])
@pytest.mark.parametrize("exercise", GRADED, ids=lambda exercise: exercise.name)
def test_a_correct_answer_passes_whatever_is_left_of_the_tests_under_it(exercise, case, verdicts):
    verdict = verdicts[exercise.name, case]
    assert verdict.passed, verdict.message


@pytest.mark.parametrize("exercise", GRADED, ids=lambda exercise: exercise.name)
def test_the_starter_code_fails(exercise, verdicts):
    assert not verdicts[exercise.name, "starter"].passed


@pytest.mark.parametrize("exercise", GRADED, ids=lambda exercise: exercise.name)
def test_every_graded_exercise_comes_with_its_classic_mistakes(exercise):
    assert exercise.mistakes, f"write {exercise.path.stem}_MISTAKES.py beside {exercise.path.name}"


@pytest.mark.parametrize("exercise", GRADED, ids=lambda exercise: exercise.name)
def test_each_classic_mistake_fails_with_the_message_meant_for_it(exercise, verdicts):
    for number, mistake in enumerate(exercise.mistakes, 1):
        verdict = verdicts[exercise.name, f"mistake {number}"]
        assert not verdict.passed, f"mistake {number} passed"
        assert mistake.message in verdict.message, (number, verdict.message)


def test_a_public_test_failure_names_the_check_and_the_editor_line_it_is_on(verdicts):
    exercise = next(file for file in GRADED if file.name == "lessons/step1_count_signups")
    editor = editor_with(exercise, exercise.section("code"))
    line = editor.splitlines().index('assert signups == ["grace"], f"signups is {signups}"') + 1
    message = verdicts[exercise.name, "starter"].message
    assert f"A public test failed: line {line} of the editor." in message
    assert message.rstrip().endswith("AssertionError: signups is []"), message
    assert "<exec>" not in message and "<public tests>" not in message


def test_a_hidden_check_failure_shows_no_state_left_by_the_public_tests(verdicts):
    message = verdicts["lessons/step1_count_signups", "mistake 1"].message
    assert "A hidden check failed." in message
    assert "['linus', 'torvalds']" in message and "grace" not in message, message
