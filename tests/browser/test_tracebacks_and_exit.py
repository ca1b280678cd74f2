"""A traceback shows the learner's frames and signals_core's, never the page's own (the guards,
Pyodide's runners, PMT's terminal), and ends with the line Python prints; `sys.exit()` ends the
run quietly with its status, as a terminal shows it."""

from __future__ import annotations

import re

import pytest

from .pmt import unwrapped

pytestmark = pytest.mark.browser

# Files of the page that runs the code, which no learner's traceback should name.
PAGE_FILES = re.compile(r"course_runtime|python311\.zip/_?pyodide/|redirect_cmd")

RECEIVER_THAT_SPINS = """\
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

class Photo(models.Model):
    title = models.CharField(max_length=50)

@receiver(post_save, sender=Photo)
def make_thumbnail(sender, instance, **kwargs):
    while True:
        pass

Photo.objects.create(title="sunset")
"""

CHAINED = """\
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"no {key!r} here")

lookup({}, "ada")
"""


def _frames(output: str) -> list[str]:
    """The traceback's frames, as `file:line` (the terminal wraps long lines anywhere, so they
    are read from the text without its white space)."""
    return [":".join(frame) for frame in re.findall(r'File"([^"]+)",line(\d+)', unwrapped(output))]


def test_a_stopped_runs_traceback_names_the_learners_and_signals_cores_frames_only(course):
    course.open()
    course.page.evaluate("() => { courseRunLimits.seconds = 1 }")
    editor = course.ide_ids()[0]
    course.set_code(editor, RECEIVER_THAT_SPINS)
    output = course.run(editor)
    frames = _frames(output)
    assert frames[0] == "<exec>:13", output
    loop_line = frames[-1].removeprefix("<exec>:")
    assert loop_line in ("10", "11"), output    # the receiver's loop
    assert unwrapped(f"line {loop_line}, in make_thumbnail") in unwrapped(output)
    assert all(frame.startswith(("<exec>", "/home/pyodide/signals_core/")) for frame in frames), output
    assert any("signals_core" in frame for frame in frames), output
    assert not PAGE_FILES.search(unwrapped(output)), output
    assert re.search(r"TimeLimitExceeded:Stoppedafter1s:isthereaninfiniteloop\?"
                     r"Thecodewasrunningline1[01]whenitwasstopped\.$", unwrapped(output)), output


def test_a_chained_exception_shows_no_page_frames_in_either_traceback(course):
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, CHAINED)
    output = course.run(editor)
    assert "During handling of the above exception, another exception occurred:" in output, output
    assert _frames(output) == ["<exec>:3", "<exec>:7", "<exec>:5"], output
    assert not PAGE_FILES.search(unwrapped(output)), output
    assert unwrapped(output).endswith(unwrapped("ValueError: no 'ada' here"))
    course.run_terminal_command(f"term_{editor}", "lookup({}, 'bob')")
    in_terminal = course.terminal_text(editor)
    assert _frames(in_terminal)[-2:] == ["<console>:1", "<exec>:5"], in_terminal
    assert not PAGE_FILES.search(unwrapped(in_terminal)), in_terminal


def test_sys_exit_ends_the_run_quietly_with_its_status_in_an_ide_and_a_terminal(course):
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, "import sys\nprint('before')\nsys.exit(3)\nprint('after')")
    output = course.run(editor)
    assert output.splitlines() == ["Script started...", "before", "Exited with status 3"], output
    course.set_code(editor, "raise SystemExit('bye')")
    assert course.run(editor).splitlines()[1:] == ["bye", "Exited with status 1"]
    terminal = f"term_{editor}"
    course.run_terminal_command(terminal, "exit()")
    course.run_terminal_command(terminal, "print('the terminal', 'goes on')")
    shown = course.terminal_text(editor)
    assert unwrapped(">>> exit()Exited with status 0>>> print('the terminal', 'goes on')the terminal goes on") \
        in unwrapped(shown), shown
    assert "Traceback" not in shown
    assert course.console_errors == []
