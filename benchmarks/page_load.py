"""How long a learner waits: navigation -> Pyodide ready -> the output of a first Run.

Measured in headless Chromium against the locally built site, cold (empty cache) and warm (a
second page in the same browser session), next to the floor: a bare page served from the same
place that only boots the same Pyodide and runs `1+1`. Prints the times and the ratio to the
floor; the goal is a lesson page's first Run output within 1.3x the floor, cold and warm.

It also measures a page of the same site that holds nothing but one lesson IDE: what any page
costs before its own content (Material, PMT and the course's run environment), so it shows how
close to the floor a lesson page could get by trimming its content alone; and the floor again
with Pyodide's standard library as npm ships it, sources only (the site serves it with its
bytecode, hooks/precompiled_python.py), to show what that saves.

Usage: .venv/bin/python benchmarks/page_load.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from tools.local_site import ROOT, build_site, launch_chromium, serve  # noqa: E402

GOAL = 1.3
LESSON_PAGES = ("", "lessons/1-basics/")  # the first run cold, the second warm (another page)
ONE_IDE_PAGE = "bench-one-ide.md"
ONE_IDE_SOURCE = "{{ IDE('../exercises/lessons/step1_welcome_email', TEST='code') }}\n"

FLOOR_PAGE = """<!doctype html><meta charset="utf-8"><title>floor</title>
<script src="vendor/pyodide/pyodide.js"></script>
<script>
loadPyodide(STDLIB).then(pyodide => {
  window.__bench = {ready: performance.now()}
  window.__bench.output = (pyodide.runPython("1+1"), performance.now())
})
</script>"""
FLOORS = {  # page name -> where its Pyodide takes the standard library from
    "bench_floor.html": {},
    "bench_floor_stock_stdlib.html": {"stdLibURL": "bench_stock_python_stdlib.zip"},
}

# Runs in every lesson page before its own scripts: press Run on the first IDE the moment
# Pyodide is ready, and note when that run's output is complete.
LESSON_PROBE = """
window.__bench = {}
const poll = setInterval(() => {
  if(!(window.CONFIG && CONFIG.pyodideIsReady)) return
  clearInterval(poll)
  window.__bench.ready = performance.now()
  document.addEventListener('course:run-finished',
    () => { window.__bench.output ??= performance.now() }, {once: true})
  document.querySelector(".py_mk_ide button[btn_kind='play']").click()
}, 5)
"""


def measure(page, url: str) -> tuple[float, float]:
    page.goto(url)
    page.wait_for_function("window.__bench && window.__bench.output", timeout=120_000)
    bench = page.evaluate("window.__bench")
    return bench["ready"] / 1000, bench["output"] / 1000


def one_round(browser, site_url: str) -> dict[str, tuple[float, float]]:
    results = {}
    one_ide_url = site_url + ONE_IDE_PAGE.removesuffix(".md") + "/"
    for name, urls, probe in (
        ("floor", [site_url + "bench_floor.html"] * 2, None),
        ("floor, stock stdlib", [site_url + "bench_floor_stock_stdlib.html"] * 2, None),
        ("lesson", [site_url + path for path in LESSON_PAGES], LESSON_PROBE),
        ("one-IDE page", [one_ide_url] * 2, LESSON_PROBE),
    ):
        context = browser.new_context()
        if probe:
            context.add_init_script(probe)
        page = context.new_page()
        results[name + " cold"] = measure(page, urls[0])
        results[name + " warm"] = measure(page, urls[1])
        context.close()
    return results


def project_with_one_ide_page(copy: Path) -> Path:
    """A copy of the project's tracked files with one more page, outside the navigation."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split("\0")
    for name in filter(None, tracked):
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes((ROOT / name).read_bytes())
    os.symlink(ROOT / "node_modules", copy / "node_modules")
    (copy / "docs" / ONE_IDE_PAGE).write_text("# One IDE\n\n" + ONE_IDE_SOURCE, encoding="utf-8")
    config = copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "not_in_nav: |\n", f"not_in_nav: |\n  {ONE_IDE_PAGE}\n"), encoding="utf-8")
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds

    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        build = build_site(site_dir, project_with_one_ide_page(Path(tmp) / "project"))
        if build.returncode:
            print(build.stdout + build.stderr)
            return 1
        for name, options in FLOORS.items():
            (site_dir / name).write_text(FLOOR_PAGE.replace("STDLIB", json.dumps(options)),
                                         encoding="utf-8")
        shutil.copy(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip",
                    site_dir / "bench_stock_python_stdlib.zip")
        with serve(site_dir) as site_url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            samples = [one_round(browser, site_url) for _ in range(rounds)]
            browser.close()

    median = {key: tuple(statistics.median(s[key][i] for s in samples) for i in (0, 1))
              for key in samples[0]}
    print(f"Median of {rounds} rounds, seconds from navigation start:\n")
    print(f"{'page':<26}{'Pyodide ready':>15}{'first output':>15}{'ready -> output':>17}")
    for key, (ready, output) in median.items():
        print(f"{key:<26}{ready:>15.3f}{output:>15.3f}{output - ready:>17.3f}")
    print()
    met = True
    for cache in ("cold", "warm"):
        ratio = median[f"lesson {cache}"][1] / median[f"floor {cache}"][1]
        met &= ratio <= GOAL
        print(f"first Run output, {cache}: lesson / floor = {ratio:.2f}x "
              f"(goal <= {GOAL}x) {'PASS' if ratio <= GOAL else 'FAIL'}")
    for cache in ("cold", "warm"):
        ratio = median[f"one-IDE page {cache}"][1] / median[f"floor {cache}"][1]
        print(f"first Run output, {cache}: one-IDE page / floor = {ratio:.2f}x (for reference)")
    for cache in ("cold", "warm"):
        ratio = median[f"floor, stock stdlib {cache}"][0] / median[f"floor {cache}"][0]
        print(f"Pyodide ready, {cache}: stock stdlib / with bytecode = {ratio:.2f}x (for reference)")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
