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

import re
import sys
import traceback
from dataclasses import dataclass

from .tracebacks import learner_frames, learner_traceback

# PMT's line between the learner's code and the public tests (CONFIG.lang.tests); the page
# passes the pattern PMT itself uses.
TESTS_LINE = r"^#\s*Tests"

EDITOR_FILE = "<exec>"              # PMT runs the editor's code under this name
PUBLIC_TESTS_FILE = "<public tests>"
HIDDEN_CHECKS_FILE = "<hidden checks>"
# Every other "<...>" file of a check is hidden from the learner: the hidden checks, the
# exercise's set-up ("<env>").


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


def _as_the_learner_sees_it(editor: Editor, public_tests: str):
    """How each frame of a check is shown: the editor's and the public tests' by their lines in
    the editor (or in the exercise's tests, when the editor no longer shows them as they are);
    those of the hidden checks and of the exercise's set-up not at all."""
    program_lines, tests_lines = editor.program.split("\n"), public_tests.split("\n")

    def shown(frame: traceback.FrameSummary) -> traceback.FrameSummary | None:
        if frame.filename == EDITOR_FILE:
            return traceback.FrameSummary("editor", frame.lineno, frame.name,
                                          line=_source_line(program_lines, frame.lineno))
        if frame.filename == PUBLIC_TESTS_FILE:
            line = _source_line(tests_lines, frame.lineno)
            if editor.tests_line is None:
                return traceback.FrameSummary("public tests", frame.lineno, frame.name, line=line)
            return traceback.FrameSummary("editor", editor.tests_line + frame.lineno - 1,
                                          frame.name, line=line)
        return None if frame.filename.startswith("<") else frame
    return shown


def _headline(step: str, frames: list[traceback.FrameSummary]) -> str:
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
    then the error's traceback with only the frames of the learner's own code (and of the
    library it calls), and the last line Python prints for it. `error` is by default the error
    that has just reached the page (`sys.last_value`)."""
    error = error if error is not None else sys.last_value
    shown = _as_the_learner_sees_it(split_editor(editor_code, public_tests, tests_line), public_tests)
    frames = learner_frames(traceback.extract_tb(error.__traceback__), shown)
    details = (learner_traceback(error, shown) if frames
               else "".join(traceback.format_exception_only(type(error), error)))
    return f"{_headline(step, frames)}\n{details}".rstrip("\n")
