"""What the run environment costs a learner's Run, measured in headless Chromium on a lesson page.

- Fresh run (issue: every Run starts clean): the reset that clears names, receivers, rows and
  the trace before each Run, after a lesson example has left its state behind; next to that
  example's Run (button to output) and to its Python alone. Goals: under 20 ms, under 10% of
  the Run.
- Learner guards: a lesson-like workload (a model, ten receivers, 300 saves) with the time-limit
  clock in Pyodide's interrupt buffer vs without it, and the cost of arming and disarming the
  guards once per piece of code, next to the example's Run. Goal: under 20% slower.
- Worst case: how long the page stays busy when a learner runs `while True: pass` with the
  default time limit. Goal: under 5 s.

Usage: .venv/bin/python benchmarks/run_environment.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.pmt import CoursePage  # noqa: E402
from tools.exercise_files import EXERCISES, parse  # noqa: E402
from tools.local_site import build_site, launch_chromium, serve  # noqa: E402

PAGE = "lessons/1-basics/"
EXAMPLE = "lessons/step1_welcome_email"

WORKLOAD = """
from django.db import models
from django.db.models.signals import post_save

class Order(models.Model):
    total = models.IntegerField(default=0)

def make_receiver(n):
    def on_save(sender, instance, created, **kwargs):
        return instance.total + n
    return on_save

receivers = [make_receiver(n) for n in range(10)]
for r in receivers:
    post_save.connect(r, sender=Order)
for n in range(300):
    Order.objects.create(total=n)
"""

# In the page: time `fn` `rounds` times, return the median in ms.
MEDIAN_MS = """([code, rounds, setup]) => {
  const times = []
  for (let i = 0; i < rounds; i++) {
    pyodide.runPython(setup)
    const start = performance.now()
    pyodide.runPython(code)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}"""

# What the page does before each Run (run_environment.js): a fresh program for this IDE.
FRESH_RUN = "__import__('course_runtime.scopes').scopes.enter('editor_bench', fresh=True)"
ARM_AND_DISARM = (
    "__import__('course_runtime.guards').guards.arm(4, 1000, 50000, lambda: 4.0)\n"
    "__import__('course_runtime.guards').guards.disarm()"
)


def measure(site_url: str, browser, rounds: int) -> dict[str, float]:
    course = CoursePage(browser.new_page(), site_url)
    page = course.open(PAGE)
    editor = course.ide_of(EXAMPLE)
    course.run(editor)  # loads signals_core and course_runtime, warms everything up
    full_runs = []
    for _ in range(rounds):
        start = page.evaluate("performance.now()")
        course.run(editor)
        full_runs.append(page.evaluate("performance.now()") - start)
    example = parse(EXERCISES / f"{EXAMPLE}.py").section("code")
    times = {
        "example, Run button to output": statistics.median(full_runs),
        "example, its Python alone": page.evaluate(MEDIAN_MS, [example, rounds, FRESH_RUN]),
        "reset after the example": page.evaluate(MEDIAN_MS, [FRESH_RUN, rounds, example]),
        "arm + disarm the guards": page.evaluate(MEDIAN_MS, [ARM_AND_DISARM, rounds, "pass"]),
        "workload, guard clock on": page.evaluate(MEDIAN_MS, [WORKLOAD, rounds, FRESH_RUN]),
    }
    page.evaluate("pyodide.setInterruptBuffer(undefined)")
    times["workload, guard clock off"] = page.evaluate(MEDIAN_MS, [WORKLOAD, rounds, FRESH_RUN])
    page.close()
    return times


def busy_page_seconds(site_url: str, browser) -> float:
    """Click Run on `while True: pass` and time until the page has finished the run."""
    course = CoursePage(browser.new_page(), site_url)
    page = course.open(PAGE)
    editor = course.ide_of(EXAMPLE)
    course.set_code(editor, "while True:\n    pass\n")
    start = page.evaluate("performance.now()")
    course.run(editor)
    seconds = (page.evaluate("performance.now()") - start) / 1000
    page.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as site_dir:
        build = build_site(Path(site_dir))
        if build.returncode:
            sys.exit(build.stderr[-3000:])
        with serve(Path(site_dir)) as site_url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            times = measure(site_url, browser, args.rounds)
            busy = busy_page_seconds(site_url, browser)
            browser.close()

    print(f"{'median of ' + str(args.rounds) + ' runs':34} {'ms':>9}")
    for name, ms in times.items():
        print(f"{name:34} {ms:9.2f}")
    reset, run = times["reset after the example"], times["example, Run button to output"]
    python = times["example, its Python alone"]
    clock = times["workload, guard clock on"] / times["workload, guard clock off"]
    arm = times["arm + disarm the guards"]
    rows = [
        ("reset per run", f"{reset:.2f} ms", "< 20 ms", reset < 20),
        ("reset / example's Run", f"{reset / run:.1%}", "< 10%", reset / run < 0.10),
        ("reset / example's Python", f"{reset / python:.1%}", "(info)", True),
        ("guard clock on / off", f"{clock:.2f}x", "< 1.20x", clock < 1.20),
        ("arm + disarm / example's Run", f"{arm / run:.1%}", "< 20%", arm / run < 0.20),
        ("arm + disarm / its Python", f"{arm / python:.1%}", "(info)", True),
        ("page busy on `while True`", f"{busy:.2f} s", "< 5 s", busy < 5),
    ]
    print(f"\n{'measure':30} {'value':>10} {'goal':>9}  met")
    for name, value, goal, met in rows:
        print(f"{name:30} {value:>10} {goal:>9}  {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
