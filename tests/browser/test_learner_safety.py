"""Learner code cannot break the page: runaway loops and recursion, errors, output floods and
markup in output each end in a clear message, and the next Run works without a reload."""

import re

import pytest

from .pmt import unwrapped

pytestmark = pytest.mark.browser

HOME = ""
# An exercise whose hidden `env` section defines the User model the learner's code uses.
EXERCISE_WITH_SETUP_CODE = ("lessons/1-basics/", "lessons/step1_count_signups")

RECEIVER_THAT_SAVES_AGAIN = """\
import sys
sys.setrecursionlimit(20000)
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

class Article(models.Model):
    title = models.CharField(max_length=50)

@receiver(post_save, sender=Article)
def stamp_article(sender, instance, **kwargs):
    instance.save()

Article.objects.create(title="Hello")
"""


def _first_ide(course, path=HOME, seconds=None):
    course.open(path)
    if seconds is not None:
        course.page.evaluate("seconds => { courseRunLimits.seconds = seconds }", seconds)
    return course.ide_ids()[0]


def _next_run_works(course, editor):
    course.set_code(editor, "print('still', 'alive', 6 * 7)")
    return "still alive 42" in course.run(editor)


def test_an_infinite_loop_is_stopped_with_a_message_that_points_at_the_learners_line(course):
    editor = _first_ide(course, seconds=1)
    course.warm_up(editor)
    course.set_code(editor, "print('before')\ncount = 0\nwhile True:\n    count += 1\n")
    course.probe_freezes()
    output = course.run(editor)
    freeze = course.freezes()
    assert freeze.during <= 1.5 and freeze.after <= 0.5, freeze     # the limit, plus half a second
    assert "before" in output
    assert unwrapped("Stopped after 1 s: is there an infinite loop?") in unwrapped(output)
    assert re.search(r"runningline[34]when", unwrapped(output)), output   # the loop's lines
    assert _next_run_works(course, editor)


def test_an_infinite_loop_inside_a_receiver_is_stopped_too(course):
    editor = _first_ide(course, seconds=1)
    course.set_code(editor, "\n".join([
        "from django.dispatch import Signal, receiver",
        "tick = Signal()",
        "@receiver(tick)",
        "def spin(sender, **kwargs):",
        "    while True:",
        "        pass",
        "tick.send(sender=None)",
    ]))
    output = course.run(editor)
    assert "Stopped after 1 s" in output and "in spin" in output, output
    assert _next_run_works(course, editor)


def test_a_receiver_that_saves_again_ends_in_a_recursion_error_naming_the_receiver(course):
    editor = _first_ide(course)
    course.set_code(editor, RECEIVER_THAT_SAVES_AGAIN)
    output = course.run(editor)
    assert "RecursionError" in output, output
    assert unwrapped("kept calling itself through: line 12, in stamp_article") in unwrapped(output)
    assert unwrapped("saves the instance it was sent") in unwrapped(output)
    assert unwrapped("the recursion limit stays at 1000") in unwrapped(output)
    assert _next_run_works(course, editor)
    assert course.console_errors == []


def test_error_lines_count_from_the_learners_own_code_not_the_hidden_setup(course):
    page, exercise_name = EXERCISE_WITH_SETUP_CODE
    course.open(page)
    exercise = course.ide_of(exercise_name)
    course.set_code(exercise, "print('first line')\nprint('second line'\n")
    output = course.run(exercise)
    assert "SyntaxError" in output and 'File "<exec>", line 2' in output, output
    course.set_code(exercise, "\n".join([
        "from django.db.models.signals import post_save",
        "from django.dispatch import receiver",
        "@receiver(post_save, sender=User)",
        "def broken(sender, instance, **kwargs):",
        "    raise ValueError('receiver failed')",
        "User.objects.create(username='ada')",
    ]))
    output = course.run(exercise)
    assert 'File "<exec>", line 5, in broken' in output and "ValueError: receiver failed" in output


def test_a_flood_of_prints_is_cut_with_a_notice_and_the_page_stays_usable(course):
    editor = _first_ide(course)
    course.set_code(editor, "for n in range(1_000_000):\n    print('line', n)\nprint('done')")
    output = course.run(editor)
    assert "[output cut:" in output and "line 999" in output and "line 1000\n" not in output
    course.set_code(editor, "print('x' * 10**7)")
    assert "[output cut:" in course.run(editor)
    assert _next_run_works(course, editor)


@pytest.mark.changes_the_browser
def test_markup_in_output_is_shown_as_text_and_never_runs(course):
    dialogs = []
    course.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    editor = _first_ide(course)
    course.set_code(editor, "print('<img src=x onerror=alert(1)>')\nprint('[[;red;]x]')")
    output = course.run(editor)
    assert "<img src=x onerror=alert(1)>" in output and "[[;red;]x]" in output
    assert course.page.locator(f"#term_{editor} img").count() == 0
    assert dialogs == []


def test_a_runaway_terminal_command_is_stopped_and_the_terminal_keeps_working(course):
    editor = _first_ide(course, seconds=1)
    terminal = f"term_{editor}"
    course.run_terminal_command(terminal, "exec('while True: pass')")
    assert "Stopped after 1 s" in course.terminal_text(editor)
    course.run_terminal_command(terminal, "exec('for n in range(10**6): print(n)')")
    assert "[output cut:" in course.terminal_text(editor)
    course.run_terminal_command(terminal, "print('terminal', 'alive', 6 * 7)")
    assert "terminal alive 42" in course.terminal_text(editor)
