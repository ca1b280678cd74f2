"""A small page object for the course's pages: open a page, type into an IDE, run it and read
what the learner sees. Knows PMT's markup so the tests don't have to."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page

PYODIDE_TIMEOUT_MS = 60_000
RUN_TIMEOUT_MS = 30_000


@dataclass
class CoursePage:
    page: Page
    site_url: str
    console_errors: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.page.on("console", self._record_console)
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def _record_console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def open(self, path: str = "", wait_for_pyodide: bool = True) -> Page:
        self.page.goto(self.site_url + path)
        if wait_for_pyodide:
            self.page.wait_for_function(
                "window.CONFIG && CONFIG.pyodideIsReady", timeout=PYODIDE_TIMEOUT_MS
            )
        # Count finished runs from now on, to know when a run's output is complete.
        self.page.evaluate(
            """() => { window.__runsFinished = 0
                document.addEventListener('course:run-finished', () => window.__runsFinished++) }"""
        )
        return self.page

    def ide_ids(self) -> list[str]:
        """The editor ids of the page's IDEs, in page order."""
        return self.page.eval_on_selector_all(
            ".py_mk_ide", "nodes => nodes.map(n => n.id.replace(/^global_/, ''))"
        )

    def set_code(self, editor_id: str, code: str) -> None:
        self.page.evaluate("([id, code]) => ace.edit(id).setValue(code, 1)", [editor_id, code])

    def code(self, editor_id: str) -> str:
        return self.page.evaluate("id => ace.edit(id).getValue()", editor_id)

    def type_code(self, editor_id: str, text: str) -> None:
        """Type as a learner does, key by key, into an emptied editor."""
        self.set_code(editor_id, "")
        self.page.click(f"#{editor_id}")
        self.page.keyboard.type(text)

    def click_and_wait_for_run(self, selector: str) -> None:
        before = self.page.evaluate("window.__runsFinished")
        self.page.click(selector)
        self.page.wait_for_function(
            f"window.__runsFinished > {before}", timeout=RUN_TIMEOUT_MS
        )

    def run(self, editor_id: str) -> str:
        """Press the IDE's Run button; return what its terminal then shows."""
        self.click_and_wait_for_run(f"#global_{editor_id} button[btn_kind='play']")
        return self.terminal_text(editor_id)

    def terminal_text(self, editor_id: str) -> str:
        # jquery.terminal renders spaces as no-break spaces.
        return self.page.inner_text(f"#term_{editor_id} .terminal-output").replace("\xa0", " ")
