"""Add the course's run environment (docs/assets/javascripts/run_environment.js) to the pages
that run Python, and only to them: importing PMT's runner module is what starts Pyodide, so a
page without IDEs, terminals or Python buttons must not load it."""

from __future__ import annotations

import html
import json
import re

from site_paths import relative_root

# Loaded on every page that runs Python, in this order: the run environment first (it loads
# signals_core and starts each run fresh), the grading of exercises where there are IDEs (before
# the guards, whose hints add to its messages), then what watches over and explains each run.
SCRIPTS = [
    "assets/javascripts/run_environment.js",
    "assets/javascripts/grading.js",
    "assets/javascripts/learner_guards.js",
    "assets/javascripts/dispatch_trace.js",
]
# Scripts a page can leave out in its front matter, e.g. `dispatch_trace: false`.
PAGE_SWITCHES = {"assets/javascripts/dispatch_trace.js": "dispatch_trace"}
# Scripts only for pages with some of PMT's runners: the check button belongs to IDEs.
NEEDS_RUNNERS = {"assets/javascripts/grading.js": {"4-ideRunner-ide", "5-ideTester-ides_test"}}
TEST_PAGE_SCRIPT = "assets/javascripts/ide_test_page.js"

# How long one piece of learner code may run and how much it may print (learner_guards.js).
# A site sets its own under `extra: run_limits:` in mkdocs.yml, a page under `run_limits:` in
# its front matter.
DEFAULT_RUN_LIMITS = {"seconds": 3, "output_lines": 1000, "output_chars": 50_000}

# A <script> tag of one of PMT's per-page scripts that create Python runners (every page's
# import map names them all, so only a script tag counts).
RUNNER_SCRIPT_TAG = re.compile(
    r'<script[^>]+src="[^"]*js-per-pages/(3-btnRunner-py_btn|3-terminalRunner-term|4-ideRunner-ide'
    r'|5-ideTester-ides_test|6-idePlayground-playground)\.js"'
)


def on_post_page(output: str, page, config, **_) -> str:
    runners = {match[1] for match in RUNNER_SCRIPT_TAG.finditer(output)}
    if not runners:
        return output
    root = relative_root(page)
    limits = {**DEFAULT_RUN_LIMITS, **config["extra"].get("run_limits", {}),
              **page.meta.get("run_limits", {})}
    tags = [f'<script type="application/json" id="course-run-limits">'
            f'{html.escape(json.dumps(limits), quote=False)}</script>']
    tags += [f'<script type="module" src="{root}/{script}"></script>' for script in SCRIPTS
             if page.meta.get(PAGE_SWITCHES.get(script), True) is not False
             and NEEDS_RUNNERS.get(script, runners) & runners]
    if "5-ideTester-ides_test" in runners:
        tags.append(f'<script type="module" src="{root}/{TEST_PAGE_SCRIPT}" '
                    f'data-built-site-url="{config["site_url"]}"></script>')
    return output.replace("</body>", "\n".join(tags) + "\n</body>", 1)
