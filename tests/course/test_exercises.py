"""Every example and exercise of the course, in CPython and under real Django 5.2.

The same files the pages show are run here: under signals_core (as in the browser) and under
Django, each as a fresh program. What the site teaches is what Django does: both must print the
same output and end the same way.
"""

from __future__ import annotations

import ast

import pytest

from tools.exercise_files import all_exercise_files
from tools.program_runs import run_programs, seen_by_the_learner

FILES = all_exercise_files()
GRADED = [file for file in FILES if file.is_graded]


def _shown_program(file):
    """What a learner sees run: the example itself, or an exercise's checked solution."""
    return file.solution_program if file.is_graded else file.example_program


@pytest.fixture(scope="module")
def under_signals_core():
    programs = {file.name: _shown_program(file) for file in FILES}
    programs |= {f"{file.name}:starter": file.starter_program for file in GRADED}
    return run_programs("signals_core", programs)


@pytest.fixture(scope="module")
def under_django():
    return run_programs("django", {file.name: _shown_program(file) for file in FILES})


def test_the_course_has_examples_and_graded_exercises():
    assert len(FILES) >= 1 and len(GRADED) >= 1


@pytest.mark.parametrize("file", FILES, ids=lambda file: file.name)
def test_prints_the_same_under_signals_core_and_django(file, under_signals_core, under_django):
    assert seen_by_the_learner(under_signals_core[file.name]) == (
        seen_by_the_learner(under_django[file.name]))


@pytest.mark.parametrize("file", GRADED, ids=lambda file: file.name)
def test_solution_passes_the_visible_and_hidden_tests(file, under_signals_core, under_django):
    assert under_signals_core[file.name]["error"] is None
    assert under_django[file.name]["error"] is None


@pytest.mark.parametrize("file", GRADED, ids=lambda file: file.name)
def test_starter_code_fails_the_hidden_tests(file, under_signals_core):
    assert under_signals_core[f"{file.name}:starter"]["error"] is not None


@pytest.mark.parametrize("file", GRADED, ids=lambda file: file.name)
def test_every_hidden_assert_explains_itself(file):
    asserts = [node for node in ast.walk(ast.parse(file.section("secrets")))
               if isinstance(node, ast.Assert)]
    assert asserts, "an exercise needs hidden asserts"
    assert [ast.unparse(node) for node in asserts if node.msg is None] == []
