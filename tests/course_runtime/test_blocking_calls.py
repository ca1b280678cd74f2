"""Calls that would block the page or cannot work in a browser, under the guards
(course_runtime/blocking_calls.py): each works within the run's budget or says why not."""

from __future__ import annotations

import time

import pytest

from course_runtime.learner_runs import ProgramExit
from course_runtime.run_budget import TimeLimitExceeded

SLOW_RECEIVER = """\
import time
from signals_core import Signal
photo_saved = Signal()

def make_thumbnail(sender, **kwargs):
    time.sleep({seconds})

photo_saved.connect(make_thumbnail)
started = time.perf_counter()
photo_saved.send(sender=None)
print("took at least {seconds} s:", time.perf_counter() - started >= {seconds})
"""


def test_a_sleep_that_fits_sleeps_for_real_and_perf_counter_measures_it(page):
    outcome = page.run(SLOW_RECEIVER.format(seconds=0.05))
    assert outcome.error is None and outcome.printed == "took at least 0.05 s: True\n"


def test_a_sleep_that_does_not_fit_stops_the_run_at_once_naming_the_sleep_and_its_line(page):
    started = time.perf_counter()
    outcome = page.run(SLOW_RECEIVER.format(seconds=20))
    assert time.perf_counter() - started < 1
    assert isinstance(outcome.error, TimeLimitExceeded)
    assert str(outcome.error).startswith("Stopped at line 6: time.sleep(20) would take this run past the 3 s")
    assert 'File "<exec>", line 6, in make_thumbnail' in outcome.traceback


@pytest.mark.parametrize("source, message", [
    ("import threading\nthreading.Event().wait()", "threading.Event.wait() on line 2 would wait forever"),
    ("import queue\nqueue.Queue().get()", "queue.Queue.get() on line 2 would wait forever"),
    ("import threading\nbarrier = threading.Barrier(2)\nbarrier.wait()", "threading.Barrier.wait() on line 3 would wait forever"),
    ("import select\nselect.select([], [], [])", "select.select() on line 2 would wait forever"),
])
def test_a_wait_only_another_thread_could_end_says_it_would_wait_forever(page, source, message):
    outcome = page.run(source)
    assert isinstance(outcome.error, RuntimeError) and str(outcome.error).startswith(message)


def test_waits_with_a_timeout_that_fits_time_out_as_in_cpython(page):
    outcome = page.run("import queue, threading\nprint(threading.Event().wait(0.01))\n"
                       "try:\n    queue.Queue().get(timeout=0.01)\nexcept queue.Empty:\n    print('empty')")
    assert outcome.printed == "False\nempty\n"


def test_waits_with_a_timeout_past_the_budget_stop_the_run(page):
    outcome = page.run("import queue\nqueue.Queue().get(timeout=20)")
    assert str(outcome.error).startswith(
        "Stopped at line 2: queue.Queue.get(), waiting 20 s, would take this run past the 3 s")


@pytest.mark.parametrize("source, error, message", [
    ("import threading\ndef send_email():\n    pass\nthreading.Thread(target=send_email).start()",
     RuntimeError, "threading.Thread.start() on line 4: the browser has no threads, so send_email() cannot run"),
    ("import subprocess\nsubprocess.run(['ls'])", OSError, "subprocess.run() on line 2 would start another program"),
    ("import os\nos.system('ls')", OSError, "os.system() on line 2 would start another program"),
    ("import urllib.request\nurllib.request.urlopen('https://example.com')",
     ConnectionError, "urllib.request.urlopen() on line 2 needs the network"),
    ("import socket\nsocket.create_connection(('example.com', 80))",
     ConnectionError, "socket.create_connection() on line 2 needs the network"),
    ("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)",
     RuntimeError, "signal.signal() on line 2: this page stops a run that goes over its time limit through SIGINT"),
])
def test_what_cannot_work_in_a_browser_says_so_in_one_line(page, source, error, message):
    outcome = page.run(source)
    assert isinstance(outcome.error, error) and message in str(outcome.error), outcome.traceback
    assert "\n" not in str(outcome.error)


def test_other_signal_handlers_can_still_be_set(page):
    outcome = page.run("import signal\nsignal.signal(signal.SIGUSR1, signal.SIG_IGN)\nprint('set')")
    assert outcome.printed == "set\n"


def test_os_exit_ends_the_program_instead_of_python(page):
    outcome = page.run("import os\nos._exit(4)")
    assert isinstance(outcome.error, ProgramExit) and str(outcome.error) == "Exited with status 4"


def test_after_a_run_the_real_functions_are_back(page):
    page.run("pass")
    import os
    import select
    import socket
    import subprocess
    import threading

    real = (time.sleep, threading.Condition.wait, threading.Thread.start, select.select,
            socket.getaddrinfo, subprocess.Popen, os.system)
    assert all(function.__module__ != "course_runtime.blocking_calls" for function in real)
