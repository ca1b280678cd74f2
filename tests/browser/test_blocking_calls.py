"""A call that would block the page never freezes it: a sleep that fits in the run's time limit
still sleeps (the lessons measure it), one that does not stops the run at once with a message
naming the call, its line and the limit; waits that nothing could end, threads, other programs
and the network each say in one line why they cannot work in the browser.

Freezes are measured by the page itself (CoursePage.probe_freezes): during the run it must have
answered within the run's limit plus half a second, and at once after it."""

from __future__ import annotations

import pytest

from tools.exercise_files import EXERCISES, parse

from .pmt import unwrapped

pytestmark = pytest.mark.browser

LESSON_5 = "lessons/5-pitfalls/"
SLOW_RECEIVER = "lessons/step5_slow_receiver"
DEFAULT_LIMIT = 3
MARGIN = 0.5
RAISE_THE_LIMIT = "A page author can allow longer runs with `run_limits: {seconds: N}` in the page's front matter."


def _answered_in_time(freeze, limit):
    assert freeze.during <= limit + MARGIN and freeze.after <= MARGIN, freeze


def _probed_run(course, editor):
    course.probe_freezes()
    return course.run(editor), course.freezes()


def test_the_lessons_slow_receiver_still_sleeps_and_its_time_is_measured(course):
    course.open(LESSON_5)
    editor = course.ide_of(SLOW_RECEIVER)
    output, freeze = _probed_run(course, editor)
    assert "save() took at least 0.3 s: True" in output, output
    _answered_in_time(freeze, DEFAULT_LIMIT)


def test_a_sleep_past_the_limit_stops_the_run_at_once_naming_the_sleep_its_line_and_the_limit(course):
    course.open(LESSON_5)
    editor = course.ide_of(SLOW_RECEIVER)
    code = parse(EXERCISES / f"{SLOW_RECEIVER}.py").section("code").replace("time.sleep(0.3)", "time.sleep(20)")
    course.set_code(editor, code)
    output, freeze = _probed_run(course, editor)
    line = code.splitlines().index("    time.sleep(20)  # pretend to resize a large image") + 1
    assert unwrapped(
        f"TimeLimitExceeded: Stopped at line {line}: time.sleep(20) would take this run past "
        f"the {DEFAULT_LIMIT} s a run may last on this page. {RAISE_THE_LIMIT}"
    ) in unwrapped(output), output
    assert f'File "<exec>", line {line}, in make_thumbnail' in output
    assert "infinite loop" not in output
    _answered_in_time(freeze, DEFAULT_LIMIT)
    assert course.code(editor) == code


def test_sleeps_in_async_receivers_that_save_waits_for_are_held_to_the_limit(course):
    course.open()
    course.page.evaluate("() => { courseRunLimits.seconds = 1 }")
    editor = course.ide_ids()[0]
    course.warm_up(editor)
    receiver = """\
import asyncio, time
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

class Photo(models.Model):
    title = models.CharField(max_length=50)

@receiver(post_save, sender=Photo)
async def make_thumbnail(sender, instance, **kwargs):
    await asyncio.sleep(0.1)
    print("thumbnail for", instance.title)
    {slow_part}

Photo.objects.create(title="sunset")
print("saved")
"""
    course.set_code(editor, receiver.format(slow_part="await asyncio.sleep(0.2)"))
    output, freeze = _probed_run(course, editor)
    assert "thumbnail for sunset\nsaved\n" in output, output
    for slow_part, stop in [("await asyncio.sleep(20)", "await asyncio.sleep(20)"),
                            ("time.sleep(20)", "time.sleep(20)")]:
        course.set_code(editor, receiver.format(slow_part=slow_part))
        output, freeze = _probed_run(course, editor)
        assert unwrapped(f"Stopped at line 13: {stop} would take this run past the 1 s") in unwrapped(output), output
        assert 'File "<exec>", line 13, in make_thumbnail' in output
        _answered_in_time(freeze, 1)


def test_a_sleep_in_a_terminal_command_is_held_to_the_limit_and_the_terminal_goes_on(course):
    course.open("lessons/6-internals/")
    [terminal] = course.standalone_terminal_ids()
    course.run_terminal_command(terminal, "import time")
    course.probe_freezes()
    course.run_terminal_command(terminal, "time.sleep(20)")
    freeze = course.freezes()
    course.run_terminal_command(terminal, "started = time.perf_counter(); time.sleep(0.3)")
    course.run_terminal_command(terminal, "print('slept at least 0.3 s:', time.perf_counter() - started >= 0.3)")
    shown = course.page.inner_text(f"#{terminal}").replace("\xa0", " ")
    assert unwrapped(f"Stopped at line 1: time.sleep(20) would take this run past the {DEFAULT_LIMIT} s") in unwrapped(shown), shown
    assert "slept at least 0.3 s: True" in shown
    _answered_in_time(freeze, DEFAULT_LIMIT)


WAITS = {
    "import threading\nthreading.Event().wait()":
        "RuntimeError: threading.Event.wait() on line 2 would wait forever",
    "import queue\nqueue.Queue().get()":
        "RuntimeError: queue.Queue.get() on line 2 would wait forever",
    "import queue\nqueue.Queue().get(timeout=20)":
        "Stopped at line 2: queue.Queue.get(), waiting 20 s, would take this run past the 1 s",
    "import threading, queue\nprint(threading.Event().wait(0.2))\ntry:\n    queue.Queue().get(timeout=0.2)\nexcept queue.Empty:\n    print('empty')":
        "False\nempty",
    "import select\nselect.select([], [], [], 20)":
        "Stopped at line 2: select.select(), waiting 20 s, would take this run past the 1 s",
}


def test_thread_waits_sleep_within_the_limit_and_a_wait_nothing_could_end_says_so(course):
    course.open()
    course.page.evaluate("() => { courseRunLimits.seconds = 1 }")
    editor = course.ide_ids()[0]
    course.warm_up(editor)
    for code, expected in WAITS.items():
        course.set_code(editor, code)
        output, freeze = _probed_run(course, editor)
        assert unwrapped(expected) in unwrapped(output), output
        _answered_in_time(freeze, 1)


NOT_IN_THE_BROWSER = {
    "import urllib.request\nurllib.request.urlopen('https://example.com/')":
        "urllib.request.urlopen() on line 2 needs the network, and Python in a page has no network access.",
    "import socket\nsocket.create_connection(('example.com', 80))":
        "socket.create_connection() on line 2 needs the network, and Python in a page has no network access.",
    "import subprocess\nsubprocess.run(['ls'])":
        "OSError: subprocess.run() on line 2 would start another program, and a page cannot run programs.",
    "import os\nos.system('ls')":
        "OSError: os.system() on line 2 would start another program, and a page cannot run programs.",
    "import threading\ndef send_email():\n    pass\nthreading.Thread(target=send_email).start()":
        "RuntimeError: threading.Thread.start() on line 4: the browser has no threads, so send_email() "
        "cannot run alongside your code here. In a Django project it would run in a new thread while "
        "your code goes on.",
}


@pytest.mark.changes_the_browser
def test_threads_other_programs_and_the_network_say_in_one_line_why_they_cannot_work_here(course):
    sockets = []
    course.page.on("websocket", lambda socket: sockets.append(socket.url))
    course.open()
    editor = course.ide_ids()[0]
    for code, expected in NOT_IN_THE_BROWSER.items():
        course.set_code(editor, code)
        output = course.run(editor)
        assert unwrapped(expected) in unwrapped(output), output
    assert sockets == []
    assert course.console_errors == []
