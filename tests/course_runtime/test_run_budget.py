"""The time limit (course_runtime/run_budget.py): the page's SIGINT stops learner code, and only
learner code, with a message naming its line; a wait is allowed only if it fits the budget."""

from __future__ import annotations

import signal

import pytest

from course_runtime.run_budget import RunBudget, TimeLimitExceeded

RAISES_SIGINT = "signal.raise_signal(signal.SIGINT)"


class FakeSleep:
    def __init__(self):
        self.slept: list[float] = []

    def __call__(self, seconds):
        self.slept.append(seconds)


@pytest.fixture
def sleep():
    return FakeSleep()


@pytest.fixture
def budget(sleep):
    """A budget of 4 s with 1.5 s left, its stop handler installed while learner code runs."""
    budget = RunBudget(sleep)
    budget.start(4, lambda: 1.5)
    previous = signal.signal(signal.SIGINT, budget.stop_handler())
    yield budget
    signal.signal(signal.SIGINT, previous)


def _run_as_learner_code(budget, source: str):
    """Run `source` as PMT runs an IDE's code: compiled under the name "<exec>"."""
    with budget.running_learner_code():
        exec(compile(source, "<exec>", "exec"), {"signal": signal})


def test_the_stop_ends_a_loop_with_the_learners_line_in_the_message(budget):
    loop = f"n = 0\nwhile True:\n    n += 1\n    if n == 1000:\n        {RAISES_SIGINT}\n"
    with pytest.raises(TimeLimitExceeded) as stopped:
        _run_as_learner_code(budget, loop)
    assert str(stopped.value) == (
        "Stopped after 4 s: is there an infinite loop? The code was running line 5 when it was stopped."
    )


def test_an_except_exception_in_learner_code_cannot_swallow_the_stop(budget):
    loop = f"while True:\n    try:\n        {RAISES_SIGINT}\n    except Exception:\n        pass\n"
    with pytest.raises(TimeLimitExceeded):
        _run_as_learner_code(budget, loop)


def test_the_stop_is_named_like_a_built_in_error_in_tracebacks():
    assert TimeLimitExceeded.__module__ == "builtins"


def test_the_stop_waits_while_no_learner_code_runs(budget):
    signal.raise_signal(signal.SIGINT)      # from the test's own code: nothing to stop
    exec(compile(RAISES_SIGINT, "<exec>", "exec"), {"signal": signal})  # page code named "<exec>"
    with pytest.raises(TimeLimitExceeded):
        _run_as_learner_code(budget, RAISES_SIGINT)


def test_a_wait_that_fits_what_is_left_sleeps(budget, sleep):
    budget.wait(1.5, "time.sleep(1.5)", 3)
    assert sleep.slept == [1.5]


def test_a_wait_that_does_not_fit_stops_the_run_at_once_saying_how_to_allow_more(budget, sleep):
    with pytest.raises(TimeLimitExceeded) as stopped:
        budget.wait(1.6, "time.sleep(1.6)", 3)
    assert sleep.slept == []
    assert str(stopped.value) == (
        "Stopped at line 3: time.sleep(1.6) would take this run past the 4 s a run may last on "
        "this page. A page author can allow longer runs with `run_limits: {seconds: N}` in the "
        "page's front matter."
    )


def test_a_wait_once_the_budget_is_spent_stops_as_a_loop_does(budget):
    budget.start(4, lambda: -0.1)
    with pytest.raises(TimeLimitExceeded, match="Stopped after 4 s: is there an infinite loop?"):
        budget.wait(0, "time.sleep(0)", 7)
