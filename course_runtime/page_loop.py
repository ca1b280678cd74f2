"""asyncio for learner code, run to completion on the page, within the run's time budget.

Pyodide's own event loop (WebLoop) is always "running": it hands every callback to the browser
and returns at once. So `asyncio.run(main())` refuses to start ("cannot be called from a running
event loop") and `loop.run_until_complete(main())` returns before `main()` has run. Learner code
therefore runs with that loop set aside, and with a policy whose loops are `PageLoop`s: an
ordinary asyncio loop that has no files or sockets to watch, so when it waits for its next timer
(`await asyncio.sleep(0.1)`) it sleeps that long, through the run's budget. The code then does
what it does under CPython, printing the same, and a wait that cannot fit in the budget stops
the run with a message naming the learner's line.
"""

from __future__ import annotations

import asyncio
import contextlib
from asyncio import events
from dataclasses import dataclass

from .learner_frames import LEARNER_FILES, on_line

FOREVER = ("would wait forever: while Python runs, nothing can wake it up in the browser (there "
           "are no other threads, and a network reply cannot arrive).")


@dataclass
class Waiting:
    """What learner code awaits when the loop has nothing to do but wait: a description for
    messages (`await asyncio.sleep(20)`), its line, and the future it awaits, if any."""
    what: str = "the await"
    line: int | None = None
    future: asyncio.Future | None = None


def _await_chain(coroutine) -> list:
    """The frames of `coroutine` and of the coroutines it awaits, outermost first."""
    frames = []
    while getattr(coroutine, "cr_frame", None) is not None:
        frames.append(coroutine.cr_frame)
        coroutine = coroutine.cr_await
    return frames


def waiting_learner_code(loop, timer_args: tuple) -> Waiting:
    """What a task of `loop` awaits in learner code: the task the next timer (its arguments
    given) will wake up, else any task with learner code."""
    found = Waiting()
    for task in asyncio.all_tasks(loop):
        frames = _await_chain(task.get_coro())
        learner = [frame for frame in frames if frame.f_code.co_filename in LEARNER_FILES]
        if not learner:
            continue
        what = "the await"
        if frames[-1].f_code is asyncio.sleep.__code__:
            what = f"await asyncio.sleep({frames[-1].f_locals.get('delay')!r})"
        future = task._fut_waiter    # the future the task waits on (asyncio's own record)
        if found.line is None or any(arg is future for arg in timer_args if future):
            found = Waiting(what, learner[-1].f_lineno, future)
    return found


class _NoFiles:
    """The selector of a PageLoop: no file or socket is ever registered, so waiting for events
    is waiting for the next timer, or forever. A wait that cannot happen fails the future the
    learner's code awaits, so that the error surfaces at their `await`, as in CPython."""

    def __init__(self, loop: PageLoop):
        self._loop = loop

    def select(self, timeout):
        if timeout is None or timeout > 0:
            scheduled = self._loop._scheduled
            waiting = waiting_learner_code(self._loop, scheduled[0]._args if scheduled else ())
            try:
                if timeout is None:
                    raise RuntimeError(f"{waiting.what}{on_line(waiting.line)} {FOREVER}")
                self._loop.wait(timeout, waiting.what, waiting.line)
            except BaseException as error:
                if waiting.future is None or waiting.future.done():
                    raise
                waiting.future.set_exception(error)
        return []

    def close(self):
        pass


class PageLoop(asyncio.BaseEventLoop):
    """An asyncio event loop that runs on the page: timers and callbacks, no I/O. `wait` blocks
    for a number of seconds within the run's budget (RunBudget.wait)."""

    def __init__(self, wait):
        super().__init__()
        self.wait = wait
        self._selector = _NoFiles(self)

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass    # call_soon_threadsafe's wake-up: there is no other thread to wake it from

    def run_in_executor(self, executor, func, *args):
        """No threads in the browser: run `func` now and hand back its outcome, as signals_core
        runs the sync receivers that Django hands to a thread (asyncio.to_thread works)."""
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except Exception as error:
            future.set_exception(error)
        return future


class PageLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """CPython's default policy, with PageLoops: `asyncio.run` and `asyncio.get_event_loop()`
    behave as they do in a script."""

    def __init__(self, wait):
        super().__init__()
        self._wait = wait
        self._loops: list[PageLoop] = []

    def _loop_factory(self):
        loop = PageLoop(self._wait)
        self._loops.append(loop)
        return loop

    def close(self) -> None:
        """Close the loops the learner's code left open (`asyncio.run` closes its own)."""
        for loop in self._loops:
            if not loop.is_closed() and not loop.is_running():
                loop.close()


@contextlib.contextmanager
def page_event_loop(wait):
    """While learner code runs: no running loop, PageLoops for new ones; then Pyodide's back.
    (What the way back needs is taken first: the learner's code may delete names here.)"""
    set_running_loop, set_policy = events._set_running_loop, events.set_event_loop_policy
    running, policy = events._get_running_loop(), events.get_event_loop_policy()
    page_policy = PageLoopPolicy(wait)
    set_running_loop(None)
    set_policy(page_policy)
    try:
        yield page_policy
    finally:
        page_policy.close()
        set_policy(policy)
        set_running_loop(running)
