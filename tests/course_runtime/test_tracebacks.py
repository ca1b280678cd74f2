"""Tracebacks as the learner's program would print them (course_runtime/tracebacks.py): no frame
of the page that runs it, in any exception of a chain; Python's own last line."""

from __future__ import annotations

import os
import sys
import traceback

from course_runtime.learner_frames import COURSE_RUNTIME_DIR
from course_runtime.tracebacks import learner_traceback, learner_traceback_for

CHAINED_FROM_A_GUARD = """\
import time
def nap():
    try:
        {}['missing']
    except KeyError:
        time.sleep(20)
nap()
"""


def test_no_frame_of_course_runtime_appears_in_any_exception_of_a_chain(page):
    outcome = page.run(CHAINED_FROM_A_GUARD)
    full = "".join(traceback.format_exception(outcome.error))
    assert COURSE_RUNTIME_DIR in full
    assert COURSE_RUNTIME_DIR not in outcome.traceback
    assert "During handling of the above exception" in outcome.traceback
    assert outcome.traceback.count('File "<exec>"') == 3
    assert outcome.traceback.splitlines()[-1] == (
        f"TimeLimitExceeded: {outcome.error}")


def test_a_syntax_error_shows_as_python_shows_it(page):
    text = page.run("print('first')\nprint('second'\n").traceback
    assert text.startswith('  File "<exec>", line 2') and "SyntaxError: '(' was never closed" in text


def test_an_error_raised_and_caught_in_the_page_alone_keeps_the_first_line_of_a_traceback():
    namespace = {}
    exec(compile("def run():\n    try:\n        raise ValueError('from the page')\n"
                 "    except ValueError as error:\n        return error\n",
                 os.path.join(COURSE_RUNTIME_DIR, "a_page_module.py"), "exec"), namespace)
    assert learner_traceback(namespace["run"]()) == (
        "Traceback (most recent call last):\nValueError: from the page\n")


def test_the_page_gets_the_learners_traceback_only_for_the_error_it_was_handed(page, monkeypatch):
    error = page.run(CHAINED_FROM_A_GUARD).error
    monkeypatch.setattr(sys, "last_value", error, raising=False)
    handed = "".join(traceback.format_exception(error))
    assert learner_traceback_for(handed) == learner_traceback(error)
    assert learner_traceback_for("PythonError: another one") is None
