"""Grade exercises in CPython as the page's check button does (docs/assets/javascripts/grading.js),
so the tests can prove, for every graded exercise, that a correct answer passes however the
learner left the tests under it and that a wrong one fails with the message meant for it.

The page's order, each part compiled under the file name the page gives it:
1. a fresh program: the exercise's `env`, the learner's program (course_runtime.grading
   decides what in the editor that is), then the public tests once;
2. another fresh program: `env`, the learner's program again, then the hidden checks.
A failure is described by course_runtime.grading, as the page describes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from course_runtime.grading import (EDITOR_FILE, HIDDEN_CHECKS_FILE, PUBLIC_TESTS_FILE,
                                    split_editor)
from tools.exercise_files import ExerciseFile
from tools.program_runs import run_programs

# What PMT puts between the starter code and the public tests (CONFIG.lang.tests.msg, English).
TESTS_SEPARATOR = "\n\n# Tests\n\n"


def editor_with(exercise: ExerciseFile, code: str) -> str:
    """The editor as PMT fills it, with `code` written in place of the starter."""
    return code.strip("\n") + TESTS_SEPARATOR + exercise.section("tests").strip("\n") + "\n"


@dataclass(frozen=True)
class Verdict:
    passed: bool
    message: str  # what the learner reads when a check fails ("" when it passes)


# Runs one part of the grading in the program's namespace, as the page runs it: the learner's
# program under PMT's "<exec>", a failing check told as course_runtime.grading tells it.
_RUNNER = """
from course_runtime.grading import describe_failure as _describe
for _file, _source, _step in {parts!r}:
    try:
        exec(compile(_source, _file, "exec"), globals())
    except BaseException as _error:
        if _step is None:
            raise
        raise AssertionError(_describe(_step, {editor!r}, {tests!r}, error=_error)) from None
"""


def _program(exercise: ExerciseFile, editor: str, check_file: str, step: str) -> str:
    program = split_editor(editor, exercise.section("tests")).program
    checks = exercise.section("tests" if step == "public" else "secrets")
    parts = [("<env>", exercise.section("env"), None), (EDITOR_FILE, program, None),
             (check_file, checks, step)]
    if step == "hidden":
        parts[1] = (EDITOR_FILE, program, step)  # a failure now is one of the hidden checks'
    return _RUNNER.format(parts=parts, editor=editor, tests=exercise.section("tests"))


def grade(cases: dict[str, tuple[ExerciseFile, str]]) -> dict[str, Verdict]:
    """The page's verdict on each editor content: {key: Verdict} for {key: (exercise, editor)}."""
    programs = {}
    for key, (exercise, editor) in cases.items():
        programs[f"{key}:public"] = _program(exercise, editor, PUBLIC_TESTS_FILE, "public")
        programs[f"{key}:hidden"] = _program(exercise, editor, HIDDEN_CHECKS_FILE, "hidden")
    results = run_programs("signals_core", programs)
    verdicts = {}
    for key in cases:
        error = results[f"{key}:public"]["error"] or results[f"{key}:hidden"]["error"]
        verdicts[key] = Verdict(error is None, error or "")
    return verdicts
