"""Learner code cannot switch the guards off or get past them: deleting or replacing `print`,
`sys.stdout` or `sys.stderr`, ignoring SIGINT, tricks with `sys.setrecursionlimit`, patching or
re-importing `time` or `course_runtime`. The next run is guarded and clean again, and the page's
own code never fails because of what the learner's did."""

from __future__ import annotations

import time

import pytest

from .pmt import unwrapped

pytestmark = pytest.mark.browser

LIMIT = 1
# PMT's words when the page's own code fails.
PAGE_FAILED = "there is a bug either in the website code"

VANDALS = {
    "print and the streams": """
import builtins, sys
del builtins.print
sys.stdout = None
del sys.stderr
""",
    "print replaced": """
import builtins
builtins.print = lambda *values, **options: None
""",
    "the recursion limit": """
import sys
del sys.setrecursionlimit
""",
    "time and course_runtime": """
import importlib, sys, time
import course_runtime.guards, course_runtime.run_budget
course_runtime.guards.arm = course_runtime.guards.disarm = None
for name, module in list(sys.modules.items()):
    if name.startswith("course_runtime"):
        for attribute in [a for a in vars(module) if not a.startswith("__")]:
            setattr(module, attribute, None)
time.sleep = time.perf_counter = None
importlib.reload(time)
del sys.modules["time"], sys.modules["course_runtime.guards"]
import time, course_runtime.guards
""",
}

GUARDED_RUN = """\
import sys, time
started = time.perf_counter()
time.sleep(0.2)
print("slept at least 0.2 s:", time.perf_counter() - started >= 0.2)
for n in range(100_000):
    print(n, file=sys.stderr if n % 2 else sys.stdout)
"""


def _set_limits(course):
    """A short time limit, and an output cap that the terminal shows in full."""
    course.page.evaluate(
        "seconds => { courseRunLimits.seconds = seconds; courseRunLimits.output_lines = 50 }", LIMIT)


def _the_next_runs_are_guarded(course, editor):
    course.set_code(editor, GUARDED_RUN)
    output = course.run(editor)
    assert "slept at least 0.2 s: True" in output and "[output cut:" in output, output
    course.set_code(editor, "import time\ntime.sleep(20)")
    assert unwrapped("Stopped at line 2: time.sleep(20) would take") in unwrapped(course.run(editor))
    course.set_code(editor, "import sys\nsys.setrecursionlimit(100_000)\ndef down(n):\n    return down(n + 1)\ndown(0)")
    output = course.run(editor)
    assert "RecursionError" in output and unwrapped("the recursion limit stays at 1000") in unwrapped(output)
    course.probe_freezes()
    course.set_code(editor, "while True:\n    pass")
    output = course.run(editor)
    assert unwrapped(f"Stopped after {LIMIT} s: is there an infinite loop?") in unwrapped(output), output
    assert course.freezes().during <= LIMIT + 0.5


@pytest.mark.parametrize("vandal", VANDALS)
def test_after_learner_code_undoes_a_guard_the_next_runs_are_guarded_and_clean(course, vandal):
    course.open()
    _set_limits(course)
    editor = course.ide_ids()[0]
    course.set_code(editor, VANDALS[vandal])
    assert PAGE_FAILED not in course.run(editor)
    _the_next_runs_are_guarded(course, editor)
    assert course.console_errors == []


def test_within_the_run_reimporting_time_or_course_runtime_gives_back_the_guarded_ones(course):
    course.open()
    _set_limits(course)
    editor = course.ide_ids()[0]
    course.set_code(editor, """\
import importlib, sys, time
import course_runtime.guards
importlib.reload(course_runtime.guards)
importlib.reload(time)
del sys.modules["time"]
import time
time.sleep(20)
""")
    output = course.run(editor)
    assert unwrapped("Stopped at line 7: time.sleep(20) would take") in unwrapped(output), output


def test_the_time_limit_cannot_be_switched_off_by_ignoring_sigint(course):
    course.open()
    _set_limits(course)
    editor = course.ide_ids()[0]
    course.set_code(editor, """\
import _signal, signal
for switch_off in (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
                   lambda: _signal.signal(signal.SIGINT, _signal.SIG_IGN)):
    try:
        switch_off()
    except RuntimeError as refused:
        print(refused)
while True:
    pass
""")
    course.warm_up(editor)
    course.probe_freezes()
    output = course.run(editor)
    for line in (2, 3):
        assert unwrapped(f"signal.signal() on line {line}: this page stops a run that goes over its "
                         "time limit through SIGINT, so its handler cannot be changed here.") in unwrapped(output), output
    assert unwrapped(f"Stopped after {LIMIT} s: is there an infinite loop?") in unwrapped(output), output
    assert course.freezes().during <= LIMIT + 0.5


@pytest.mark.changes_the_browser
def test_time_spent_answering_input_does_not_count_against_the_run(course):
    course.open()
    _set_limits(course)
    editor = course.ide_ids()[0]

    def answer_slowly(dialog):
        time.sleep(LIMIT + 0.5)     # a learner taking longer to answer than a run may last
        dialog.accept("Ada")

    course.page.on("dialog", answer_slowly)
    course.set_code(editor, "name = input('Your name? ')\nprint('Hello', name)")
    output = course.run(editor)
    assert "Hello Ada" in output and "Stopped" not in output, output
