"""What the storage guard (docs/assets/javascripts/storage_guard.js) costs the learner.

Every page puts the guard in front of localStorage, and PMT saves an editor's code every other
edit (mkdocs.yml: key_strokes_auto_save: 1), so one save must stay far below a keystroke's
time. Measured in headless Chromium: the same save (an IDE's storage object holding 2 kB of
code, as PMT writes it) and read, with and without the guard, in the same run; prints the time
per operation and the ratio to the bare browser storage.

Usage: .venv/bin/python benchmarks/storage_guard.py [--operations N] [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tools.local_site import launch_chromium  # noqa: E402

GUARD = ROOT / "docs/assets/javascripts/storage_guard.js"
# A made-up origin answered by Playwright itself: nothing leaves the machine, and the page
# gets a real localStorage of its own.
ORIGIN = "http://storage-bench.invalid/"

SAVE_AND_READ = """n => {
  const code = "print('hello')\\n".repeat(2048 / 16)
  const start = performance.now()
  for(let i = 0; i < n; i++){
    localStorage.setItem("editor_bench", JSON.stringify({code: code + i, done: 0, hash: "h"}))
    JSON.parse(localStorage.getItem("editor_bench"))
  }
  return (performance.now() - start) / n
}"""


def microseconds_per_save(browser, guarded: bool, operations: int) -> float:
    context = browser.new_context()
    guard = f"<script>{GUARD.read_text(encoding='utf-8')}</script>" if guarded else ""
    context.route(ORIGIN, lambda route: route.fulfill(
        content_type="text/html", body=f"<!doctype html><head>{guard}</head><body></body>"))
    page = context.new_page()
    page.goto(ORIGIN)
    assert page.evaluate("window.courseStorage !== undefined") == guarded
    page.evaluate(SAVE_AND_READ, operations // 10)        # warm up the JIT
    result = page.evaluate(SAVE_AND_READ, operations) * 1000
    context.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        bare, guarded = [], []
        for _ in range(args.rounds):      # interleaved, so both see the same machine load
            bare.append(microseconds_per_save(browser, False, args.operations))
            guarded.append(microseconds_per_save(browser, True, args.operations))
        browser.close()

    rows = [("browser localStorage", statistics.median(bare)),
            ("behind storage_guard.js", statistics.median(guarded))]
    print(f"one save + read of an IDE's storage (2 kB of code), median of {args.rounds} rounds "
          f"of {args.operations}")
    print(f"{'storage':<26}{'µs per save':>12}")
    for name, value in rows:
        print(f"{name:<26}{value:>12.1f}")
    print(f"ratio guarded / bare: {rows[1][1] / rows[0][1]:.2f}")


if __name__ == "__main__":
    main()
