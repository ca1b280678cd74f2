"""Learner code runs as a program (course_runtime/learner_runs.py, page_loop.py): asyncio code
runs to completion within the run's budget, as CPython runs it, also while an event loop is
already running (always so in Pyodide); `sys.exit()` ends the program with its status."""

from __future__ import annotations

import asyncio

import pytest

from course_runtime.learner_runs import ProgramExit, exit_message
from course_runtime.run_budget import TimeLimitExceeded

PINGS = """\
import asyncio
from signals_core import Signal

ping = Signal()
ping.connect(lambda sender, **kwargs: f"sync pong to {sender}", weak=False)

async def pong(sender, **kwargs):
    await asyncio.sleep(0.01)
    return f"pong to {sender}"

ping.connect(pong)

async def main():
    pongs = await asyncio.gather(ping.asend(sender="a"), ping.asend(sender="b"))
    print([[response for _, response in responses] for responses in pongs])
"""
PRINTED = "[['sync pong to a', 'pong to a'], ['sync pong to b', 'pong to b']]\n"


@pytest.mark.parametrize("start", [
    "asyncio.run(main())",
    "asyncio.get_event_loop().run_until_complete(main())",
    "await main()",
])
def test_async_code_runs_to_completion_however_it_is_started(page, start):
    outcome = page.run(f"{PINGS}\n{start}\nprint('done')\n")
    assert outcome.error is None, outcome.traceback
    assert outcome.printed == PRINTED + "done\n"


def test_send_runs_async_receivers_that_sleep_to_completion(page):
    outcome = page.run(f"{PINGS}\nprint([response for _, response in ping.send(sender='c')])")
    assert outcome.printed == "['sync pong to c', 'pong to c']\n"


def test_asyncio_run_works_while_an_event_loop_is_running_as_in_pyodide(page):
    async def page_with_a_running_loop():
        return page.run(f"{PINGS}\nasyncio.run(main())")

    outcome = asyncio.run(page_with_a_running_loop())
    assert outcome.error is None and outcome.printed == PRINTED


def test_an_await_past_the_budget_stops_the_run_at_the_learners_await(page):
    outcome = page.run("import asyncio\nasync def main():\n    await asyncio.sleep(20)\nasyncio.run(main())")
    assert isinstance(outcome.error, TimeLimitExceeded)
    assert str(outcome.error).startswith("Stopped at line 3: await asyncio.sleep(20) would take this run past")
    assert 'File "<exec>", line 3, in main' in outcome.traceback


def test_an_await_nothing_could_end_says_it_would_wait_forever(page):
    outcome = page.run("import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())")
    assert isinstance(outcome.error, RuntimeError)
    assert str(outcome.error).startswith("the await on line 3 would wait forever")


def test_asyncio_to_thread_runs_the_function_inline(page):
    outcome = page.run("import asyncio\nasync def main():\n    return await asyncio.to_thread(sum, [1, 2])\nprint(asyncio.run(main()))")
    assert outcome.printed == "3\n"


def test_sys_exit_ends_the_program_with_its_status_and_no_more_of_it_runs(page):
    outcome = page.run("import sys\nprint('before')\nsys.exit(3)\nprint('after')")
    assert outcome.printed == "before\n"
    assert isinstance(outcome.error, ProgramExit) and str(outcome.error) == "Exited with status 3"


@pytest.mark.parametrize("code, message", [
    (None, "Exited with status 0"), (0, "Exited with status 0"), (2, "Exited with status 2"),
    (True, "Exited with status 1"), ("bye", "bye\nExited with status 1"),
])
def test_the_exit_message_is_what_a_terminal_shows(code, message):
    assert exit_message(code) == message


def test_learner_code_is_compiled_without_course_runtimes_future_imports(page):
    # Annotations are evaluated, as in a script (course_runtime's modules postpone theirs).
    assert isinstance(page.run("def f(x: undefined_name): pass").error, NameError)
