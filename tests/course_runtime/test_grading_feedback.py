"""course_runtime.grading: what in the editor is the learner's program, and how a failed check
is told in the learner's terms."""

from __future__ import annotations

import pytest

from course_runtime.grading import (EDITOR_FILE, HIDDEN_CHECKS_FILE, PUBLIC_TESTS_FILE,
                                    describe_failure, split_editor)

PROGRAM = "signups = []\n\ndef record(name):\n    signups.append(name.upper())"
TESTS = 'record("ada")\nassert signups == ["ADA"], f"signups is {signups}"'
EDITOR = PROGRAM + "\n\n# Tests\n\n" + TESTS + "\n"
TESTS_START = EDITOR.splitlines().index('record("ada")') + 1


def test_the_program_ends_above_the_tests_line():
    editor = split_editor(EDITOR, TESTS)
    assert editor.program.rstrip() == PROGRAM
    assert editor.tests_line == TESTS_START


def test_tests_edited_under_the_tests_line_are_left_out_without_a_line_to_name():
    editor = split_editor(EDITOR.replace('"ada"', '"grace"'), TESTS)
    assert editor.program.rstrip() == PROGRAM
    assert editor.tests_line is None


def test_the_tests_line_is_found_however_it_is_spaced_or_cased():
    editor = split_editor(PROGRAM + "\n#tests\n" + TESTS, TESTS)
    assert editor.program.rstrip() == PROGRAM


def test_tests_left_at_the_end_without_their_tests_line_are_left_out_too():
    editor = split_editor(PROGRAM + "\n\n" + TESTS + "\n", TESTS)
    assert editor.program.rstrip() == PROGRAM


def test_with_the_tests_deleted_the_whole_editor_is_the_program():
    assert split_editor(PROGRAM, TESTS).program == PROGRAM


def test_a_site_may_use_its_own_tests_line():
    editor = split_editor(PROGRAM + "\n# Checks\n" + TESTS, TESTS, tests_line=r"^#\s*Checks")
    assert editor.program.rstrip() == PROGRAM


def _failure(step: str, editor: str, check_file: str, checks: str) -> str:
    """Run the editor's program, then `checks`, as the page does; describe the failure."""
    namespace: dict = {}
    program = split_editor(editor, TESTS).program
    exec(compile(program, EDITOR_FILE, "exec"), namespace)
    with pytest.raises(BaseException) as failure:
        exec(compile(checks, check_file, "exec"), namespace)
    return describe_failure(step, editor, TESTS, error=_as_the_page_hands_it(failure.value))


def _as_the_page_hands_it(error: BaseException) -> BaseException:
    """The error without this module's own frame, which the page's runner does not have."""
    return error.with_traceback(error.__traceback__.tb_next)


def test_a_failed_public_test_is_named_by_its_line_in_the_editor():
    broken = EDITOR.replace("name.upper()", "name")
    message = _failure("public", broken, PUBLIC_TESTS_FILE, TESTS)
    assert message.splitlines()[0] == f"A public test failed: line {TESTS_START + 1} of the editor."
    assert f'File "editor", line {TESTS_START + 1}, in <module>' in message
    assert 'assert signups == ["ADA"], f"signups is {signups}"' in message
    assert message.splitlines()[-1] == "AssertionError: signups is ['ada']"


def test_once_the_tests_are_edited_a_failed_one_is_named_by_its_line_in_the_exercise():
    broken = PROGRAM.replace("name.upper()", "name") + "\n"
    message = _failure("public", broken, PUBLIC_TESTS_FILE, TESTS)
    assert message.splitlines()[0] == "A public test failed: line 2 of the exercise's public tests."
    assert 'File "public tests", line 2, in <module>' in message


def test_an_error_in_the_learners_function_shows_its_editor_line():
    broken = EDITOR.replace("name.upper()", "name.title_case()")
    message = _failure("public", broken, PUBLIC_TESTS_FILE, TESTS)
    assert 'File "editor", line 4, in record' in message
    assert "signups.append(name.title_case())" in message
    assert message.splitlines()[-1] == "AttributeError: 'str' object has no attribute 'title_case'"


def test_a_failed_hidden_check_shows_its_message_and_none_of_its_code():
    hidden = 'record("linus")\nassert signups[-1] == "LINUS!", f"the last signup is {signups[-1]}"'
    message = _failure("hidden", EDITOR, HIDDEN_CHECKS_FILE, hidden)
    assert message.splitlines() == ["A hidden check failed.",
                                    "AssertionError: the last signup is LINUS"]


def test_a_hidden_check_that_makes_the_learners_code_fail_shows_only_the_learners_frames():
    hidden = "def _check():\n    record(None)\n_check()"
    message = _failure("hidden", EDITOR, HIDDEN_CHECKS_FILE, hidden)
    assert 'File "editor", line 4, in record' in message
    assert "_check" not in message and "hidden" not in message.splitlines()[-1]
    assert message.splitlines()[-1] == "AttributeError: 'NoneType' object has no attribute 'upper'"


def test_the_dispatchers_frames_are_shown_but_not_the_page_only_trace():
    from signals_core import Signal, trace

    editor = ("from django.dispatch import Signal\nping = Signal()\n"
              "def hear(sender, **kwargs):\n    raise KeyError('x')\nping.connect(hear)\n")
    namespace: dict = {"Signal": Signal}
    exec(compile(editor.replace("from django.dispatch import Signal\n", "\n"), EDITOR_FILE,
                 "exec"), namespace)
    with trace.recording(), pytest.raises(KeyError) as failure:
        exec(compile("ping.send(sender=None)", PUBLIC_TESTS_FILE, "exec"), namespace)
    message = describe_failure("public", editor, "ping.send(sender=None)",
                               error=_as_the_page_hands_it(failure.value))
    assert 'signals_core/dispatcher.py", line' in message
    assert "trace.py" not in message
