"""Learner code cannot switch the guards off (course_runtime/tamper_proof.py, guards.py): whatever
it does to `print`, the streams, the recursion limit, `time` or course_runtime itself, the next
run is guarded again, and the page's own code finds everything where it left it."""

from __future__ import annotations

import builtins
import sys
import time

import pytest

from course_runtime import guards, scopes
from course_runtime.run_budget import TimeLimitExceeded

# The entry points, as the page holds them from the start.
ARM, DISARM = guards.arm, guards.disarm

VANDALS = {
    "print and the streams": "import builtins, sys\ndel builtins.print\nsys.stdout = None\ndel sys.stderr",
    "the recursion limit": "import sys\ndel sys.setrecursionlimit",
    "time": "import importlib, sys, time\ntime.sleep = time.perf_counter = None\n"
            "importlib.reload(time)\ndel sys.modules['time']\nimport time",
    "course_runtime": """\
import importlib, sys
import course_runtime.guards
for name, module in list(sys.modules.items()):
    if name.startswith("course_runtime"):
        for attribute in [a for a in vars(module) if not a.startswith("__")]:
            setattr(module, attribute, None)
importlib.reload(sys.modules["course_runtime.guards"])
del sys.modules["course_runtime.guards"]
""",
}

GUARDED = """\
import sys, time
sys.setrecursionlimit(100_000)
print("limit", sys.getrecursionlimit())
for n in range(10):
    print(n, file=sys.stderr)
time.sleep(20)
"""


@pytest.mark.parametrize("vandal", VANDALS)
def test_after_learner_code_undoes_a_guard_the_next_run_is_guarded_again(page, vandal):
    print_, stdout, stderr = builtins.print, sys.stdout, sys.stderr
    setrecursionlimit = sys.setrecursionlimit
    assert page.run(VANDALS[vandal]).error is None
    assert (builtins.print, sys.stdout, sys.stderr) == (print_, stdout, stderr)
    assert sys.setrecursionlimit is setrecursionlimit and sys.getrecursionlimit() == 1000
    assert (guards.arm, guards.disarm, sys.modules["time"].sleep) == (ARM, DISARM, time.sleep)
    outcome = page.run(GUARDED, max_lines=4)
    assert outcome.printed.splitlines()[:4] == [
        "Note: the recursion limit stays at 1000 here; a deeper stack would crash Python in the browser.",
        "limit 1000", "0", "1"]
    assert outcome.printed.splitlines()[4].startswith("[output cut:")
    assert isinstance(outcome.error, TimeLimitExceeded)


def test_while_learner_code_runs_importing_time_again_gives_the_guarded_module(page):
    outcome = page.run("import importlib, sys, time\nimportlib.reload(time)\ndel sys.modules['time']\n"
                       "import time as fresh\nprint(fresh is time)\nfresh.sleep(20)")
    assert outcome.printed == "True\n"
    assert str(outcome.error).startswith("Stopped at line 6: time.sleep(20)")


def test_the_pages_programs_survive_learner_code_patching_their_module(page):
    programs = scopes.programs
    page.run("import course_runtime.scopes as scopes\nscopes.programs = scopes.enter = None")
    assert scopes.programs is programs and callable(scopes.enter)
