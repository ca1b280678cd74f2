"""The calls a learner may reach for that would block the page, or cannot work in a browser, for
learner code: each either works within the run's time budget or says in one line why not.

- `time.sleep`, and the waits of `threading` (`Event.wait`, `Queue.get`, `Condition.wait`, ...)
  and `select.select` with nothing to watch: they sleep when the wait fits in what is left of
  the run's budget; otherwise the run stops now, with a message naming the call, its line and
  the limit. In Pyodide a sleep blocks the whole tab and cannot be interrupted, so it must
  never start when it would not fit. A thread wait without a timeout would wait forever: no
  other thread exists that could wake it up.
- Threads, other programs (`subprocess`, `os.system`, `multiprocessing`) and the network
  (sockets, `urllib`): they cannot work in the browser, and say so. (Unchecked, a socket would
  even try to reach the host through a WebSocket.)
- `os._exit()` ends the program as `sys.exit()` does, and `os.abort()` as an abort would,
  instead of taking Pyodide down with them.
"""

from __future__ import annotations

import _signal
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time

from .learner_frames import learner_call, on_line
from .learner_runs import ProgramExit, exit_message
from .page_loop import FOREVER
from .patches import Patches

NO_THREADS = ("the browser has no threads, so {target}() cannot run alongside your code here. "
              "In a Django project it would run in a new thread while your code goes on.")
NO_PROGRAMS = "would start another program, and a page cannot run programs."
NO_NETWORK = "needs the network, and Python in a page has no network access."
SIGINT_IS_THE_PAGES = ("this page stops a run that goes over its time limit through SIGINT, so "
                       "its handler cannot be changed here.")


def _called(guard_name: str) -> tuple[str, int | None]:
    """What the learner's line called to reach the guard that calls this, and that line."""
    return learner_call(sys._getframe(2), guard_name)


def _is_duration(seconds) -> bool:
    """A duration a sleep can be measured against (else the real call raises Python's error)."""
    return isinstance(seconds, (int, float)) and seconds >= 0


def guarded_sleep(budget, real_sleep):
    def sleep(seconds):
        if not _is_duration(seconds):
            return real_sleep(seconds)
        what, line = _called(f"time.sleep({seconds!r})")
        budget.wait(seconds, what, line)
    return sleep


def _wait_out(budget, timeout, what: str, line: int | None) -> None:
    """A wait that only its timeout can end, as no other thread exists: sleep it out within the
    budget, or, with no timeout, say that it would never end."""
    if timeout is None:
        raise RuntimeError(f"{what}{on_line(line)} {FOREVER}")
    # Queue.get and Event.wait pass on what is left of the learner's timeout (19.9999 for 20).
    budget.wait(max(timeout, 0), f"{what}, waiting {round(timeout, 2):g} s,", line)


def guarded_condition_wait(budget):
    """`Condition.wait`, which `Event.wait`, `Queue.get`/`put`, `Semaphore.acquire` and
    `Barrier.wait` wait through."""
    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        _wait_out(budget, timeout, *_called("threading.Condition.wait()"))
        return False
    return wait


def guarded_select(budget, real_select):
    """`select.select`: with nothing to watch, a sleep (its usual use in scripts)."""
    def select_(rlist, wlist, xlist, timeout=None):
        if rlist or wlist or xlist:
            return real_select(rlist, wlist, xlist, timeout)
        _wait_out(budget, timeout, *_called("select.select()"))
        return [], [], []
    select_.__name__ = "select"
    return select_


def refused(guard_name: str, error_type, reason: str):
    def refuse(*args, **kwargs):
        what, line = _called(guard_name)
        raise error_type(f"{what}{on_line(line)} {reason}")
    refuse.__name__ = guard_name.rsplit(".", 1)[-1].rstrip("()")
    return refuse


def no_threads(self):
    """`Thread.start`, which would otherwise fail with "can't start new thread"."""
    what, line = _called("threading.Thread.start()")
    target = getattr(self, "_target", None)
    name = getattr(target, "__name__", None) or f"{type(self).__name__}.run"
    raise RuntimeError(f"{what}{on_line(line)}: {NO_THREADS.format(target=name)}")


def exit_now(status):
    raise ProgramExit(exit_message(status))


def abort():
    raise ProgramExit("Aborted (os.abort())\nExited with status 134")


def guarded_signal(real_signal):
    def signal_(signalnum, handler):
        if signalnum == signal.SIGINT:
            what, line = _called("signal.signal()")
            raise RuntimeError(f"{what}{on_line(line)}: {SIGINT_IS_THE_PAGES}")
        return real_signal(signalnum, handler)
    signal_.__name__ = "signal"
    return signal_


def network_patches(urllib_request) -> Patches:
    # Without `ssl` in Pyodide, https:// would fail with "unknown url type" before any socket.
    return Patches((urllib_request, "urlopen",
                    refused("urllib.request.urlopen()", ConnectionError, NO_NETWORK)))


def blocking_call_patches(budget) -> Patches:
    """The replacements, made from the real functions as they are now (course_runtime is
    imported before any learner code runs)."""
    return Patches(
        (time, "sleep", guarded_sleep(budget, time.sleep)),
        (threading.Condition, "wait", guarded_condition_wait(budget)),
        (select, "select", guarded_select(budget, select.select)),
        (threading.Thread, "start", no_threads),
        (subprocess, "Popen", refused("subprocess.Popen()", OSError, NO_PROGRAMS)),
        (os, "system", refused("os.system()", OSError, NO_PROGRAMS)),
        (os, "fork", refused("os.fork()", OSError, NO_PROGRAMS)),
        (os, "_exit", exit_now),
        (os, "abort", abort),
        (socket, "getaddrinfo", refused("socket.getaddrinfo()", ConnectionError, NO_NETWORK)),
        (socket, "gethostbyname", refused("socket.gethostbyname()", ConnectionError, NO_NETWORK)),
        (socket.socket, "connect", refused("socket.connect()", ConnectionError, NO_NETWORK)),
        (socket.socket, "connect_ex", refused("socket.connect_ex()", ConnectionError, NO_NETWORK)),
        (_signal, "signal", guarded_signal(_signal.signal)),
    )
