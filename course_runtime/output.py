"""What one run of learner code writes to `sys.stdout` and `sys.stderr`, capped, and shown once
the code has returned.

A million prints would bury the page, so a run keeps its output up to a limit, then says once
that the rest is cut: the rest of the run still happens, its output is just not shown. Sending
each print to the terminal costs milliseconds, and nothing on the page is redrawn while Python
runs anyway, so the run's output reaches the terminal in one piece when the code returns: the
learner sees the same output, much sooner. Both streams are caught, as a terminal shows both:
`print(..., file=sys.stderr)`, warnings, logging and `traceback.print_exc()` included.
"""

from __future__ import annotations

import io
import sys


class CappedOutput:
    """Output kept up to `max_lines` lines and `max_chars` characters, then one notice."""

    def __init__(self, max_lines: int, max_chars: int):
        self.max_lines, self.max_chars = max_lines, max_chars
        self.lines_left, self.chars_left = max_lines, max_chars
        self.kept: list[str] = []
        self.cut = False

    def write(self, text: str) -> None:
        if self.cut:
            return
        kept = self._take(text)
        self.kept.append(kept)
        if kept != text:
            self.cut = True
            self.kept.append(
                ("" if kept.endswith("\n") or not kept else "\n")
                + f"[output cut: this run printed more than {self.max_lines:,} lines or "
                f"{self.max_chars:,} characters; the rest is not shown]\n"
            )

    def _take(self, text: str) -> str:
        """The start of `text` that still fits, counted against what is left."""
        part = text[: max(self.chars_left, 0)]
        if part.count("\n") > self.lines_left:
            part = "".join(part.splitlines(keepends=True)[: self.lines_left])
        self.chars_left -= len(part)
        self.lines_left -= part.count("\n")
        return part

    def take_text(self) -> str:
        """What was kept since the last call."""
        text, self.kept = "".join(self.kept), []
        return text


class CappedStream(io.TextIOBase):
    """`sys.stdout` or `sys.stderr` while learner code runs: a text stream into a CappedOutput."""

    def __init__(self, output: CappedOutput, name: str):
        self._output = output
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    @property
    def encoding(self) -> str:
        return "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._output.write(text)
        return len(text)


def capped_print(output: CappedOutput, streams: tuple[CappedStream, ...]):
    """`print` for learner code, as Python's writes, except that once the output is cut, a
    print to the run's streams returns at once (a flood of a million prints then costs almost
    nothing). Written here rather than wrapped: the page's `print` is PMT's, which would also
    send each print straight to the terminal."""
    def print(*values, sep=" ", end="\n", file=None, flush=False):
        target = sys.stdout if file is None else file
        if target is None or output.cut and any(target is stream for stream in streams):
            return None
        for name, value in (("sep", sep), ("end", end)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be None or a string, not {type(value).__name__}")
        target.write((" " if sep is None else sep).join(map(str, values))
                     + ("\n" if end is None else end))
        if flush:
            target.flush()
        return None
    return print


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
