"""Running a piece of learner code as a program: an IDE's code (`run_code`) or a terminal command
(Pyodide's console, through `console_run_async`).

Both run with the page's event loop set aside (page_loop.py), so that `asyncio.run(main())`
works; code that awaits at top level (allowed in both, as in `python -m asyncio`) runs to
completion on a PageLoop before the run ends, rather than on Pyodide's loop after it. And
`sys.exit()` ends the run quietly, as it ends a program, with no traceback: `ProgramExit`.
"""

from __future__ import annotations

import ast
import inspect

from .learner_frames import LEARNER_FILES
from .page_loop import page_event_loop
from .patches import Patches


class ProgramExit(BaseException):
    """The learner's program ended with `sys.exit()` (or `os._exit()`); the page shows only its
    message. Not a SystemExit itself: Pyodide's loop lets a SystemExit escape from a terminal
    command's task into the browser, as an uncaught error, instead of ending the command."""


ProgramExit.__module__ = "builtins"


def exit_message(code) -> str:
    """What a terminal shows when a program exits with `sys.exit(code)`: a message given
    instead of a status goes to stderr and the status is 1."""
    if code is None or isinstance(code, int):
        return f"Exited with status {int(code or 0)}"
    return f"{code}\nExited with status 1"


def run_program(code, run, budget):
    """`run()` executes `code` (compiled for top-level await); a coroutine it returns is run to
    completion on a PageLoop, whose timers wait within the run's `budget` (a RunBudget). (What
    the way out needs is taken first: the learner's code may delete names here.)"""
    program_exit, message = ProgramExit, exit_message
    is_coroutine = code.co_flags & inspect.CO_COROUTINE
    try:
        with budget.running_learner_code(), page_event_loop(budget.wait) as policy:
            result = run()
            if is_coroutine:
                return policy.get_event_loop().run_until_complete(result)
            return result
    except SystemExit as exit_:
        raise program_exit(message(exit_.code)) from None


def code_runner(namespace, budget):
    """`run_code(source)`: what an IDE's Run executes, in `namespace` (the page's `__main__`)."""
    def run_code(source: str, filename: str = "<exec>") -> None:
        code = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                       dont_inherit=True)
        run_program(code, lambda: eval(code, namespace), budget)
    return run_code


def console_run_async(original_run_async, budget):
    """`CodeRunner.run_async` for Pyodide's console while learner code runs: a command typed in
    a terminal runs as `run_code` runs an IDE's code (the page's own code keeps Pyodide's)."""
    async def run_async(self, globals=None, locals=None):
        code = self.code
        if code is None or code.co_filename not in LEARNER_FILES:
            return await original_run_async(self, globals, locals)
        if code.co_flags & inspect.CO_COROUTINE:
            return run_program(code, lambda: original_run_async(self, globals, locals), budget)
        return run_program(code, lambda: self.run(globals, locals), budget)
    return run_async


def console_patches(budget) -> Patches:
    """The console's runner replaced while learner code runs (only in Pyodide)."""
    try:
        from _pyodide._base import CodeRunner
    except ImportError:
        return Patches()
    return Patches((CodeRunner, "run_async", console_run_async(CodeRunner.run_async, budget)))
