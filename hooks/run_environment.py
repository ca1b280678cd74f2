"""Add the course's run environment (docs/assets/javascripts/run_environment.js) to the pages
that run Python, and only to them: importing PMT's runner module is what starts Pyodide, so a
page without IDEs, terminals or Python buttons must not load it."""

from __future__ import annotations

from site_paths import relative_root

SCRIPT = "assets/javascripts/run_environment.js"

# PMT's per-page scripts that each create a Python runner.
RUNNER_SCRIPTS = (
    "js-per-pages/3-btnRunner-py_btn.js",
    "js-per-pages/3-terminalRunner-term.js",
    "js-per-pages/4-ideRunner-ide.js",
    "js-per-pages/5-ideTester-ides_test.js",
    "js-per-pages/6-idePlayground-playground.js",
)


def on_post_page(output: str, page, **_) -> str:
    if not any(script in output for script in RUNNER_SCRIPTS):
        return output
    tag = f'<script type="module" src="{relative_root(page)}/{SCRIPT}"></script>'
    return output.replace("</body>", f"{tag}\n</body>", 1)
