"""Which frames of a stack are the learner's code, and what the learner's line was calling:
the guards name that line and that call in their messages, and tracebacks keep those frames."""

from __future__ import annotations

import os

# Code typed in an IDE runs as "<exec>", a terminal command as "<console>".
LEARNER_FILES = ("<exec>", "<console>")

COURSE_RUNTIME_DIR = os.path.dirname(os.path.abspath(__file__))


def is_course_runtime(filename: str) -> bool:
    return filename.startswith(COURSE_RUNTIME_DIR + os.sep)


def innermost_learner_frame(frame):
    """`frame` if it runs learner code, else the nearest frame that called it and does (the
    loop may be inside signals_core, called from a learner's receiver); None if none does."""
    while frame is not None:
        if frame.f_code.co_filename in LEARNER_FILES:
            return frame
        frame = frame.f_back
    return None


def learner_line(frame) -> int | None:
    found = innermost_learner_frame(frame)
    return None if found is None else found.f_lineno


def learner_call(frame, guard_name: str) -> tuple[str, int | None]:
    """What the learner's line called to reach `frame`, and that line: `guard_name` when the
    line called the guard itself (`time.sleep(20)`), else the function it called, by its
    module and qualified name (`queue.Queue.get()`, which waits in a guard further down)."""
    called = None
    while frame is not None and frame.f_code.co_filename not in LEARNER_FILES:
        called, frame = frame, frame.f_back
    if frame is None:
        return guard_name, None
    if called is None or is_course_runtime(called.f_code.co_filename):
        return guard_name, frame.f_lineno
    module = called.f_globals.get("__name__", "")
    return f"{module}.{called.f_code.co_qualname}()", frame.f_lineno


def on_line(line: int | None) -> str:
    """Where the call a message names happened, as ` on line 4`; empty when no learner line is
    known (the call came from a page's hidden set-up code)."""
    return "" if line is None else f" on line {line}"
