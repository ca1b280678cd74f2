"""Guards around one run of learner code in the page's shared Python interpreter.

PMT runs learner code on the page's main thread, so a `while True: pass` would freeze the tab
and a million prints would bury it. The page's JavaScript (learner_guards.js) arms these guards
before each piece of code runs and disarms them after:

- a time limit: once the run is over its budget, the JavaScript raises SIGINT through Pyodide's
  interrupt buffer and `stop_run` turns it into `TimeLimitExceeded`, naming the learner's line;
- a recursion limit that learner code cannot raise: past about 1,000 frames the browser's own
  stack overflows and Pyodide dies until the page is reloaded, so RecursionError must come first;
- an output cap: `CappedPrint` keeps output up to a limit, says once that the rest is cut, and
  passes what it kept to the terminal when the code returns.
"""

from __future__ import annotations

import builtins
import signal
import sys

# Code typed in an IDE runs as "<exec>", a terminal command as "<console>".
LEARNER_FILES = ("<exec>", "<console>")


class TimeLimitExceeded(BaseException):
    """A run went over its time budget. A BaseException, like KeyboardInterrupt, so that an
    `except Exception:` in learner code cannot swallow it and keep looping."""


# Shown as plain `TimeLimitExceeded: ...` at the end of a traceback, like a built-in error.
TimeLimitExceeded.__module__ = "builtins"


def learner_line(frame) -> int | None:
    """The line of learner code that was running in `frame` or in the nearest frame that
    called it (the loop may be inside signals_core, called from a learner's receiver)."""
    while frame is not None:
        if frame.f_code.co_filename in LEARNER_FILES:
            return frame.f_lineno
        frame = frame.f_back
    return None


def time_limit_message(seconds: float, line: int) -> str:
    return (f"Stopped after {seconds:g} s: is there an infinite loop? "
            f"The code was running line {line} when it was stopped.")


def install_time_limit(seconds: float) -> None:
    """Make SIGINT stop the run with a message in the learner's terms, when learner code is
    running: the page asks again until it is. Raised anywhere else (in Pyodide's console or
    asyncio, once learner code has returned), it would break them for the next run."""
    def stop_run(signum, frame):
        line = learner_line(frame)
        if line is not None:
            raise TimeLimitExceeded(time_limit_message(seconds, line))

    signal.signal(signal.SIGINT, stop_run)


# Pyodide's own default, and the deepest it survives for every kind of call (measured: plain
# recursion through `f(**kwargs)` kills Pyodide 0.25 at a limit of 1,500).
SAFE_RECURSION_LIMIT = 1000
_setrecursionlimit = sys.setrecursionlimit


def setrecursionlimit(limit: int) -> None:
    """`sys.setrecursionlimit` for learner code: lower is fine, higher stays at the safe limit."""
    if limit > SAFE_RECURSION_LIMIT:
        print(f"Note: the recursion limit stays at {SAFE_RECURSION_LIMIT} here; a deeper stack "
              "would crash Python in the browser.")
    _setrecursionlimit(min(limit, SAFE_RECURSION_LIMIT))


class CappedPrint:
    """A `print` that keeps at most `max_lines` lines and `max_chars` characters of output, then
    one notice: the rest of the run still happens, its output is just not shown.

    What is kept is passed on in one piece by `flush()`, once the code has returned. Sending each
    print to the terminal costs milliseconds, and nothing on the page is redrawn while Python runs
    anyway, so a learner sees the same output, much sooner."""

    def __init__(self, print_, max_lines: int, max_chars: int):
        self._print = print_
        self.max_lines, self.max_chars = max_lines, max_chars
        self.lines_left, self.chars_left = max_lines, max_chars
        self.kept: list[str] = []
        self.cut = False

    def __call__(self, *values, sep=" ", end="\n", file=None, flush=False):
        if file is not None:
            return self._print(*values, sep=sep, end=end, file=file, flush=flush)
        if self.cut:
            return None
        text = (" " if sep is None else sep).join(map(str, values)) + ("\n" if end is None else end)
        kept = self._take(text)
        self.kept.append(kept)
        if kept != text:
            self.cut = True
            self.kept.append(
                ("" if kept.endswith("\n") or not kept else "\n")
                + f"[output cut: this run printed more than {self.max_lines:,} lines or "
                f"{self.max_chars:,} characters; the rest is not shown]\n"
            )
        return None

    def _take(self, text: str) -> str:
        """The start of `text` that still fits, counted against what is left."""
        part = text[: max(self.chars_left, 0)]
        if part.count("\n") > self.lines_left:
            part = "".join(part.splitlines(keepends=True)[: self.lines_left])
        self.chars_left -= len(part)
        self.lines_left -= part.count("\n")
        return part

    def flush(self) -> None:
        text, self.kept = "".join(self.kept), []
        for chunk in chunks_of_lines(text, FLUSH_CHUNK_CHARS):
            self._print(chunk, end="")


# PMT shortens any single message over 1,750 characters to its head and tail (a safeguard for
# huge one-line values): kept output goes to the terminal in whole lines, in pieces below that.
FLUSH_CHUNK_CHARS = 1_000


def chunks_of_lines(text: str, size: int) -> list[str]:
    """`text` cut into pieces of whole lines, each under `size` characters where lines allow."""
    chunks, current = [], ""
    for line in text.splitlines(keepends=True):
        if current and len(current) + len(line) > size:
            chunks.append(current)
            current = ""
        current += line
    return chunks + [current] if current else chunks


def arm(seconds: float, max_lines: int, max_chars: int) -> None:
    """Set the guards up for the piece of code about to run."""
    install_time_limit(seconds)
    _setrecursionlimit(SAFE_RECURSION_LIMIT)
    sys.setrecursionlimit = setrecursionlimit
    builtins.print = CappedPrint(builtins.print, max_lines, max_chars)


def disarm() -> None:
    """Show what the code printed (its code has returned, or stopped)."""
    if isinstance(builtins.print, CappedPrint):
        builtins.print.flush()
