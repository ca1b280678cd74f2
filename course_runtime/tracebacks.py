"""A traceback as the learner's program would print it: their frames, signals_core's and the
standard library's, never those of the page that runs it (course_runtime, Pyodide's runners,
PMT's terminal). The last line stays the one Python prints.

PMT drops the frames above the learner's code in the first traceback it shows, but not in a
chained one ("During handling of the above exception..."), and never the frames below it: the
guards' own (a stopped run's signal handler, a sleep that did not fit).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import traceback

from .learner_frames import is_course_runtime


def _package_dir(name: str) -> str | None:
    spec = importlib.util.find_spec(name)
    return None if spec is None or not spec.origin else os.path.dirname(spec.origin) + os.sep


# Pyodide's own packages: its code runners and console (absent under CPython).
PYODIDE_DIRS = tuple(path for path in map(_package_dir, ("_pyodide", "pyodide")) if path)


# signals_core's recorder of the Dispatch trace: the page's, never run under Django.
PAGE_ONLY_SIGNALS_CORE = os.sep + os.path.join("signals_core", "trace.py")


def is_page_frame(frame: traceback.FrameSummary) -> bool:
    return (is_course_runtime(frame.filename)
            or frame.filename.startswith(PYODIDE_DIRS)
            or frame.filename.endswith(PAGE_ONLY_SIGNALS_CORE)
            # PMT's terminal passes each command to Pyodide's console from a function of its own.
            or (frame.filename == "<exec>" and frame.name == "redirect_cmd"))


def learner_frames(stack, shown=None) -> list[traceback.FrameSummary]:
    """The frames of `stack` the learner sees: no page frame, and each passed through `shown`
    (which may rename a frame, or hide it by returning None) when given."""
    frames = [frame for frame in stack if not is_page_frame(frame)]
    if shown is not None:
        frames = [frame for frame in map(shown, frames) if frame is not None]
    return frames


def _without_page_frames(summary: traceback.TracebackException, seen: set[int], shown) -> None:
    if id(summary) in seen:
        return
    seen.add(id(summary))
    summary.stack = traceback.StackSummary.from_list(learner_frames(summary.stack, shown))
    for chained in (summary.__cause__, summary.__context__, *(summary.exceptions or ())):
        if chained is not None:
            _without_page_frames(chained, seen, shown)


HEADER = "Traceback (most recent call last):\n"


def learner_traceback(error: BaseException, shown=None) -> str:
    """`error`'s traceback without the page's frames; `shown` as for `learner_frames`."""
    summary = traceback.TracebackException.from_exception(error)
    had_frames = bool(summary.stack)
    _without_page_frames(summary, set(), shown)
    text = "".join(summary.format())
    # An error raised in the page's own code (say, a guard the learner's code broke) keeps the
    # first line of a traceback, which PMT looks for; a SyntaxError says where it is itself.
    if had_frames and not summary.stack and not isinstance(error, SyntaxError):
        return HEADER + text
    return text


def learner_traceback_for(message: str) -> str | None:
    """The learner's traceback of the error the page has just received as `message` (the text
    of the PythonError Pyodide hands to JavaScript, which Pyodide also keeps as
    `sys.last_value`); None when `message` is not that error's."""
    error = getattr(sys, "last_value", None)
    if error is None or "".join(traceback.format_exception(error)) != message:
        return None
    return learner_traceback(error)
