"""Running learner code under the guards in CPython, as the page does: arm, run the code as an
IDE's Run (compiled as "<exec>"), disarm. The browser tests prove the same on a real page."""

from __future__ import annotations

import io
import signal
import sys
from dataclasses import dataclass

import pytest

from course_runtime import guards, learner_runs
from course_runtime.tracebacks import learner_traceback

LIMIT = 3
# Held from the start, as the page holds them: learner code may replace their module's names.
ARM, DISARM, BUDGET, CODE_RUNNER = guards.arm, guards.disarm, guards.budget, learner_runs.code_runner


@dataclass
class Outcome:
    printed: str                    # what reached the terminal once the code returned
    error: BaseException | None     # what the code raised, past the guards
    traceback: str | None           # the learner's traceback of it


class Page:
    """Runs programs as a page runs a learner's IDE code, with `seconds_left` of the run's
    budget on the page's clock whenever the guards ask."""

    def __init__(self):
        self.seconds_left = 2.0
        self.namespace: dict = {}

    def clock(self) -> float:
        return self.seconds_left

    def run(self, source: str, max_lines: int = 1000, max_chars: int = 50_000) -> Outcome:
        run_code = CODE_RUNNER(self.namespace, BUDGET)
        terminal, sys.stdout = sys.stdout, io.StringIO()
        error = None
        try:
            ARM(LIMIT, max_lines, max_chars, self.clock)
            try:
                run_code(source)
            except BaseException as raised:
                # As the page sees it: its JavaScript calls run_code, no Python frame above it.
                error = raised.with_traceback(raised.__traceback__.tb_next)
            finally:
                DISARM()
            printed = sys.stdout.getvalue()
        finally:
            sys.stdout = terminal
        return Outcome(printed, error, error and learner_traceback(error))


@pytest.fixture
def page():
    """A page; the test process gets its SIGINT handler back afterwards (the page keeps the
    guards' handler installed)."""
    handler = signal.getsignal(signal.SIGINT)
    yield Page()
    signal.signal(signal.SIGINT, handler)
