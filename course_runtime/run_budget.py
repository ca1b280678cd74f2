"""The time limit of one run of learner code, and how a run that goes over it is stopped.

PMT runs learner code on the page's main thread, where nothing else happens until it returns.
The page's JavaScript (learner_guards.js) keeps the clock: once the run is over its budget, it
raises SIGINT through Pyodide's interrupt buffer, and the handler made here turns that into
`TimeLimitExceeded`, naming the learner's line. A call that would block for longer than what is
left (`time.sleep(20)` on a 3 s page) cannot be interrupted that way: the browser's sleep does
not return until it is done. So the guards ask `RunBudget.wait` first, which sleeps only what
fits and otherwise stops the run at once, saying which call on which line did not fit.
"""

from __future__ import annotations

import contextlib
import math

from .learner_frames import learner_line


class TimeLimitExceeded(BaseException):
    """A run went over its time budget. A BaseException, like KeyboardInterrupt, so that an
    `except Exception:` in learner code cannot swallow it and keep looping."""


# Shown as plain `TimeLimitExceeded: ...` at the end of a traceback, like a built-in error.
TimeLimitExceeded.__module__ = "builtins"

RAISE_THE_LIMIT = ("A page author can allow longer runs with `run_limits: {seconds: N}` in "
                   "the page's front matter.")


def loop_message(limit: float, line: int) -> str:
    return (f"Stopped after {limit:g} s: is there an infinite loop? "
            f"The code was running line {line} when it was stopped.")


def over_budget_message(what: str, line: int | None, limit: float) -> str:
    """`what` (e.g. "time.sleep(20)") on `line` would not end before the run's time limit."""
    where = f"Stopped at line {line}: " if line is not None else "Stopped: "
    return (f"{where}{what} would take this run past the {limit:g} s a run may last on this "
            f"page. {RAISE_THE_LIMIT}")


class RunBudget:
    """How long the run in progress may last (`limit`, in seconds) and how much of that is left,
    as the page's clock says (`remaining`, a function the page hands over when a run starts)."""

    def __init__(self, real_sleep):
        self._sleep = real_sleep
        self.limit = 0.0
        self._remaining = lambda: math.inf
        self._learner_code = 0

    def start(self, limit: float, remaining) -> None:
        self.limit, self._remaining = limit, remaining
        self._learner_code = 0

    @contextlib.contextmanager
    def running_learner_code(self):
        """Learner code runs in this block: only then may the stop handler stop the run. (PMT's
        own code runs under the same file name as an IDE's, "<exec>", and a run's set-up may be
        slow the first time, importing modules.)"""
        self._learner_code += 1
        try:
            yield
        finally:
            self._learner_code -= 1

    def wait(self, seconds: float, what: str, line: int | None) -> None:
        """Block for `seconds` if that fits in what is left of the run; else stop the run now,
        rather than freeze the page until the limit and stop it there."""
        left = float(self._remaining())
        if left <= 0 and line is not None:
            raise TimeLimitExceeded(loop_message(self.limit, line))
        if seconds > left:
            raise TimeLimitExceeded(over_budget_message(what, line, self.limit))
        self._sleep(seconds)

    def stop_handler(self):
        """The SIGINT handler: stop the run with a message in the learner's terms, when learner
        code is running (a learner's frame is on the stack, inside `running_learner_code`); the
        page asks again until it is. Raised anywhere else (in PMT's set-up, Pyodide's console or
        asyncio, once learner code has returned), it would break them for the next run. It
        keeps what it needs from now: the learner's code may delete names in this module."""
        line_of, message, stop = learner_line, loop_message, TimeLimitExceeded

        def stop_run(signum, frame):
            line = line_of(frame) if self._learner_code else None
            if line is not None:
                raise stop(message(self.limit, line))
        return stop_run
