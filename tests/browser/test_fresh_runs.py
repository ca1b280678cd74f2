"""Every Run starts clean: no receivers, names or model rows left over from an earlier run or
from another IDE of the page, exactly as each program would run on its own under Django."""

import pytest

from tools.exercise_files import EXERCISES, parse

pytestmark = pytest.mark.browser

LESSON = "lessons/1-basics/"
WELCOME_EMAIL = "lessons/step1_welcome_email"
COUNT_SIGNUPS = "lessons/step1_count_signups"   # its hidden `env` section defines User and signups

CONNECTS_A_RECEIVER_TO_EVERY_SAVE = """\
from django.db.models.signals import post_save
leftover_name = "from an earlier run"
post_save.connect(lambda sender, **kwargs: print("leftover receiver heard", sender.__name__), weak=False)
print("connected")
"""

SAVES_A_MODEL = """\
from django.db import models
class Note(models.Model):
    text = models.CharField(max_length=20)
note = Note.objects.create(text="hi")
print("pk", note.pk, "rows", Note.objects.count())
print("sees leftover_name:", "leftover_name" in globals())
"""


def _output_of_run(course, editor):
    """What the run printed, without PMT's own start and end lines."""
    lines = course.run(editor).splitlines()
    return [line for line in lines if line not in ("Script started...", "Ended without error.")]


def test_running_an_example_twice_prints_the_same_text_twice(course):
    course.open(LESSON)
    editor = course.ide_of(WELCOME_EMAIL)
    first = _output_of_run(course, editor)
    assert "E-mails in the outbox: 1" in first
    assert _output_of_run(course, editor) == first


def test_a_name_defined_by_an_earlier_run_is_gone(course):
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, "try:\n    n += 1\nexcept NameError:\n    n = 0\nprint('n is', n)")
    assert _output_of_run(course, editor) == ["n is 0"]
    assert _output_of_run(course, editor) == ["n is 0"]


def test_a_run_neither_hears_the_receivers_nor_sees_the_names_of_an_earlier_run(course):
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, CONNECTS_A_RECEIVER_TO_EVERY_SAVE)
    assert _output_of_run(course, editor) == ["connected"]
    course.set_code(editor, SAVES_A_MODEL)
    assert _output_of_run(course, editor) == ["pk 1 rows 1", "sees leftover_name: False"]


def test_two_ides_of_a_page_do_not_share_receivers_names_or_rows(course):
    course.open(LESSON)
    first, second = course.ide_ids()[:2]
    course.set_code(first, CONNECTS_A_RECEIVER_TO_EVERY_SAVE)
    course.set_code(second, SAVES_A_MODEL)
    assert _output_of_run(course, first) == ["connected"]
    assert _output_of_run(course, second) == ["pk 1 rows 1", "sees leftover_name: False"]
    course.set_code(first, SAVES_A_MODEL)
    assert _output_of_run(course, first) == ["pk 1 rows 1", "sees leftover_name: False"]


def test_after_a_run_the_ides_terminal_still_sees_its_names_receivers_and_rows(course):
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, SAVES_A_MODEL + "from django.db.models.signals import post_save\n"
                    "post_save.connect(lambda sender, **kwargs: None, sender=Note, weak=False)\n")
    course.run(editor)
    course.run_terminal_command(
        f"term_{editor}", "print('terminal sees', note.text, Note.objects.count(), post_save.has_listeners(Note))"
    )
    assert "terminal sees hi 1 True" in course.terminal_text(editor)


def test_an_exercise_setup_runs_again_for_every_run(course):
    course.open(LESSON)
    editor = course.ide_of(COUNT_SIGNUPS)
    solution = parse(EXERCISES / f"{COUNT_SIGNUPS}.py").section("corr")
    course.set_code(editor, solution + "\nUser.objects.create(username='ada')\nprint(signups, User.objects.first().pk)\n")
    first = _output_of_run(course, editor)
    assert first[0] == "['ada'] 1"   # then PMT's report on the visible tests
    assert _output_of_run(course, editor) == first


def test_an_ide_inside_shares_page_state_keeps_what_earlier_runs_left(course):
    course.open()
    editor = course.ide_ids()[0]
    course.page.evaluate("id => document.getElementById('global_' + id).classList.add('shares-page-state')", editor)
    course.set_code(editor, "try:\n    n += 1\nexcept NameError:\n    n = 0\nprint('n is', n)")
    assert _output_of_run(course, editor) == ["n is 0"]
    assert _output_of_run(course, editor) == ["n is 1"]


def test_the_pages_terminal_keeps_its_own_program_apart_from_the_ides(course):
    course.open("lessons/6-internals/")
    [terminal] = course.standalone_terminal_ids()
    editor = course.ide_ids()[0]
    course.run_terminal_command(terminal, "from django.db.models.signals import post_save")
    course.run_terminal_command(terminal, "from_terminal = lambda sender, **kwargs: print('terminal receiver heard', sender.__name__)")
    course.run_terminal_command(terminal, "post_save.connect(from_terminal)")
    course.set_code(editor, SAVES_A_MODEL + "print('sees from_terminal:', 'from_terminal' in globals())\n")
    assert _output_of_run(course, editor) == [
        "pk 1 rows 1", "sees leftover_name: False", "sees from_terminal: False",
    ]
    course.run_terminal_command(terminal, "print('still connected:', len(post_save.receivers), from_terminal.__name__)")
    assert "still connected: 1 <lambda>" in course.page.inner_text(f"#{terminal}").replace("\xa0", " ")
