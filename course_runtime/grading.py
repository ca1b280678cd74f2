"""Grading an exercise as the page runs it: what in the editor is the learner's program, and
what to tell the learner when a check fails.

The editor shows the learner's code, PMT's `# Tests` line, then the public tests. The check
button (docs/assets/javascripts/grading.js) grades the learner's program, whatever the learner
left of the tests under it:

1. the program (the editor down to the `# Tests` line) runs as the exercise's fresh program;
2. the public tests run once, after it;
3. the hidden checks run in a program of their own: the exercise's set-up and the learner's
   program again, then the checks, so no side effect of the public tests (a created row, an
   appended list entry) reaches them.

Each part runs under a file name of its own, so a failure can be told in the learner's terms:
which check failed, and the lines of the learner's own editor, never those of a hidden section.
"""

from __future__ import annotations

import linecache
import re
import sys
import traceback
from dataclasses import dataclass

# PMT's line between the learner's code and the public tests (CONFIG.lang.tests); the page
# passes the pattern PMT itself uses.
TESTS_LINE = r"^#\s*Tests"

EDITOR_FILE = "<exec>"              # PMT runs the editor's code under this name
PUBLIC_TESTS_FILE = "<public tests>"
HIDDEN_CHECKS_FILE = "<hidden checks>"
# signals_core's recorder of the Dispatch trace runs only on the page, never under Django.
PAGE_ONLY = "/signals_core/trace.py"


@dataclass(frozen=True)
class Editor:
    """The editor as the learner left it.

    program: the code that is graded.
    tests_line: the editor line where the public tests start, when the editor still shows
        them unchanged under the `# Tests` line (so their lines can be named in the editor).
    """

    program: str
    tests_line: int | None


def split_editor(editor_code: str, public_tests: str, tests_line: str = TESTS_LINE) -> Editor:
    """Separate the learner's program from the public tests the editor shows under it.

    Everything from the `# Tests` line down belongs to the tests, kept or edited. With that
    line deleted, public tests still pasted at the end of the code are left out too: run with
    the program, they would run twice."""
    lines = editor_code.split("\n")
    marker = re.compile(tests_line, re.IGNORECASE)
    at = next((i for i, line in enumerate(lines) if marker.match(line)), None)
    if at is not None:
        shown = lines[at + 1:]
        if not _same_lines("\n".join(shown), public_tests):
            return Editor("\n".join(lines[:at]), None)
        # Line 1 of the tests is the editor's first line of them, blank lines aside.
        first = at + 2 + _leading_blank_lines(shown) - _leading_blank_lines(public_tests.split("\n"))
        return Editor("\n".join(lines[:at]), first)
    code, tests = editor_code.rstrip(), public_tests.strip()
    if tests and code.endswith(tests):
        return Editor(code[: -len(tests)], None)
    return Editor(editor_code, None)


def _leading_blank_lines(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), len(lines))


def _same_lines(a: str, b: str) -> bool:
    return [line.rstrip() for line in a.strip().splitlines()] == [
        line.rstrip() for line in b.strip().splitlines()]


def _source_line(lines: list[str], number: int) -> str:
    return lines[number - 1].strip() if 0 < number <= len(lines) else ""


def _learner_frames(tb, editor: Editor, public_tests: str) -> list[traceback.FrameSummary]:
    """The frames a learner can read: their own editor's (with its line numbers) and the
    dispatcher's and model layer's; never a hidden section's or the page's machinery."""
    program_lines = editor.program.split("\n")
    tests_lines = public_tests.split("\n")
    shown = []
    for frame in traceback.extract_tb(tb):
        if frame.filename == EDITOR_FILE:
            shown.append(traceback.FrameSummary(
                "editor", frame.lineno, frame.name, line=_source_line(program_lines, frame.lineno)))
        elif frame.filename == PUBLIC_TESTS_FILE:
            line = _source_line(tests_lines, frame.lineno)
            if editor.tests_line is None:
                shown.append(traceback.FrameSummary("public tests", frame.lineno, frame.name, line=line))
            else:
                shown.append(traceback.FrameSummary(
                    "editor", editor.tests_line + frame.lineno - 1, frame.name, line=line))
        elif "/signals_core/" in frame.filename and not frame.filename.endswith(PAGE_ONLY):
            short = frame.filename[frame.filename.rindex("/signals_core/") + 1:]
            source = linecache.getline(frame.filename, frame.lineno).strip()
            shown.append(traceback.FrameSummary(short, frame.lineno, frame.name, line=source))
    return shown


def _headline(step: str, frames, editor: Editor) -> str:
    if step == "hidden":
        return "A hidden check failed."
    test_frame = next((f for f in frames if f.name == "<module>"), None)
    if test_frame is None:
        return "A public test failed."
    where = "the editor" if test_frame.filename == "editor" else "the exercise's public tests"
    return f"A public test failed: line {test_frame.lineno} of {where}."


def describe_failure(step: str, editor_code: str, public_tests: str,
                     tests_line: str = TESTS_LINE, error: BaseException | None = None) -> str:
    """What the learner reads when a check fails: which kind of check ("public" or "hidden"),
    the frames of their own code, and the last line Python prints for the error (by default
    the error that just reached the page, `sys.last_value`)."""
    error = error if error is not None else sys.last_value
    editor = split_editor(editor_code, public_tests, tests_line)
    frames = _learner_frames(error.__traceback__, editor, public_tests)
    parts = [_headline(step, frames, editor) + "\n"]
    if frames:
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.StackSummary.from_list(frames).format())
    parts.extend(traceback.format_exception_only(type(error), error))
    return "".join(parts).rstrip("\n")
