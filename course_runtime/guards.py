"""Guards around one run of learner code in the page's shared Python interpreter.

PMT runs learner code on the page's main thread, so a `while True: pass` would freeze the tab,
a `time.sleep(20)` would too, and a million prints would bury it. The page's JavaScript
(learner_guards.js) arms these guards before each piece of code runs and disarms them after:

- a time limit (run_budget.py): the page raises SIGINT once the run is over its budget, and the
  calls that would block for longer than what is left are refused (blocking_calls.py);
- a recursion limit that learner code cannot raise (recursion_limit.py);
- an output cap (output.py): what the run writes is kept up to a limit and reaches the
  terminal when the code returns;
- asyncio that runs to completion within the run (page_loop.py, learner_runs.py), and
  `sys.exit()` that ends the run quietly;
- and all of it put back at each arm and disarm, whatever the learner's code did to it
  (tamper_proof.py).

The page calls `arm`, `disarm`, `run_code` and `learner_traceback_for`, holding them from the
start; `arm`, `disarm` and `learner_traceback_for` first put course_runtime back as it was
imported.
"""

from __future__ import annotations

import _signal
import builtins
import signal
import sys
import time

from . import scopes
from .blocking_calls import blocking_call_patches, network_patches
from .learner_runs import code_runner, console_patches
from .output import (FLUSH_CHUNK_CHARS, CappedOutput, CappedStream, capped_print,
                     chunks_of_lines)
from .patches import PatchedOnImport, Patches
from .recursion_limit import SAFE_RECURSION_LIMIT, capped_setrecursionlimit
from .run_budget import RunBudget
from .tamper_proof import KeptModules, Snapshot
from .tracebacks import learner_traceback_for as _learner_traceback_for

_real_setrecursionlimit = sys.setrecursionlimit
_real_signal = _signal.signal

budget = RunBudget(time.sleep)
_stop_run = budget.stop_handler()
_always = (blocking_call_patches(budget), console_patches(budget),
           PatchedOnImport("urllib.request", network_patches))


class Run:
    """What the run in progress changed, to be undone when it ends."""
    patches = Patches()
    output: CappedOutput | None = None
    terminal_print = None


run = Run()


def _arm(seconds: float, max_lines: int, max_chars: int, remaining) -> None:
    """Set the guards up for the piece of code about to run. `remaining()` is the page's clock:
    how many seconds of the run's budget are left."""
    run.patches.restore()
    budget.start(seconds, remaining)
    _real_signal(signal.SIGINT, _stop_run)
    _real_setrecursionlimit(SAFE_RECURSION_LIMIT)
    output = CappedOutput(max_lines, max_chars)
    streams = (CappedStream(output, "<stdout>"), CappedStream(output, "<stderr>"))
    run.output, run.terminal_print = output, builtins.__dict__.get("print")
    run.patches = Patches(
        (sys, "stdout", streams[0]),
        (sys, "stderr", streams[1]),
        (builtins, "print", capped_print(output, streams)),
        (sys, "setrecursionlimit", capped_setrecursionlimit(_real_setrecursionlimit)),
    )
    for patches in (run.patches, *_always):
        patches.install()
    _kept_modules.install()


def _disarm() -> None:
    """Put back what the run replaced, then show what it printed (its code has returned, or
    stopped)."""
    _kept_modules.remove()
    for patches in (*_always, run.patches):
        patches.restore()
    _real_setrecursionlimit(SAFE_RECURSION_LIMIT)
    output, run.output = run.output, None
    if output is not None and callable(run.terminal_print):
        for chunk in chunks_of_lines(output.take_text(), FLUSH_CHUNK_CHARS):
            run.terminal_print(chunk, end="")


def _tamper_proof(function, restore):
    def entry_point(*args):
        restore()
        return function(*args)
    entry_point.__name__ = function.__name__.lstrip("_")
    entry_point.__doc__ = function.__doc__
    return entry_point


_snapshot = Snapshot()
_kept_modules = KeptModules(_snapshot)
arm = _tamper_proof(_arm, _snapshot.restore)
disarm = _tamper_proof(_disarm, _snapshot.restore)
# Called between arm and disarm, when course_runtime was just put back.
run_code = code_runner(scopes.programs.namespace, budget)
learner_traceback_for = _tamper_proof(_learner_traceback_for, _snapshot.restore)
_snapshot.take()    # last, once every name of course_runtime is in place
