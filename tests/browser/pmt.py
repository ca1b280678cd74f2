"""A small page object for the course's pages: open a page, type into an IDE, run it and read
what the learner sees. Knows PMT's markup so the tests don't have to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from playwright.sync_api import Locator, Page

PYODIDE_TIMEOUT_MS = 120_000
RUN_TIMEOUT_MS = 30_000

QUIZ = ".admonition.py_mk_admonition_qcm"
# Where the keyboard's focus is: the element, and the editor, terminal, IDE or quiz it is in.
FOCUS = """() => {
    const focused = document.activeElement
    const within = selector => focused.closest(selector)?.id || null
    return {
        tag: focused.tagName, id: focused.id || null, kind: focused.getAttribute('btn_kind'),
        name: focused.getAttribute('aria-label') ?? focused.textContent.trim(),
        checked: focused.checked ?? null,
        editor: within('.ace_editor'), terminal: within('.py_mk_terminal'),
        ide: within('.py_mk_ide')?.replace(/^global_/, '') ?? null,
        fullscreen: document.fullscreenElement !== null,
    }
}"""
# What runs Python on a page: an IDE, a terminal or a Python button (PMT's element ids).
RUNNER = "[id^='global_editor_'], [id^='term_only_'], [id^='btn_only_'], [id^='auto_run_']"

# How long the page goes without answering, measured by the page itself: a chain of zero-delay
# timers runs until the next run finishes, noting the longest gap between two of them (the page
# could not answer a click or a key for that long), then one more timer asks once the run is
# over. A frozen page answers neither until it unfreezes.
FREEZE_PROBE = """() => {
  const probe = window.__freezeProbe = {during: 0, after: null}
  let last = performance.now(), running = true
  const tick = () => {
    const now = performance.now()
    probe.during = Math.max(probe.during, now - last)
    last = now
    if(running) setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  document.addEventListener('course:run-finished', () => {
    running = false
    const asked = performance.now()
    setTimeout(() => { probe.after = performance.now() - asked }, 0)
  }, {once: true})
}"""


def unwrapped(text: str) -> str:
    """`text` without its white space: the terminal wraps long lines anywhere, even mid-word."""
    return "".join(text.split())


@dataclass
class Freeze:
    """The longest the page went without answering during a run, and how long it took to
    answer once the run was over, in seconds."""
    during: float
    after: float


@dataclass
class CoursePage:
    page: Page
    site_url: str
    console_errors: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.page.on("console", self._record_console)
        self.page.on("pageerror", self._record_page_error)

    def _record_console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def _record_page_error(self, error):
        self.console_errors.append(str(error))

    def stop_recording(self) -> None:
        """Stop listening to the tab, which the next test's CoursePage may use."""
        self.page.remove_listener("console", self._record_console)
        self.page.remove_listener("pageerror", self._record_page_error)

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

    def open_ready(self, path: str = "") -> Page:
        """Open a page and wait until all of it is there, as the learner sees it: every quiz
        with its buttons and, on a page that runs Python, Python started and PMT's header
        buttons shown (PMT adds them to those pages only)."""
        page = self.open(path, wait_for_pyodide=False)
        if page.locator(RUNNER).count():
            page.wait_for_function("CONFIG.pyodideIsReady", timeout=PYODIDE_TIMEOUT_MS)
            page.locator("#trash-can-svgBtn").wait_for(state="attached")
        page.wait_for_function(
            "selector => [...document.querySelectorAll(selector)].every(quiz => quiz.querySelector('.check-btn'))",
            arg=QUIZ,
        )
        return page

    def switch_color_scheme(self) -> str:
        """Press the header's light / dark toggle, as a learner does, and wait until the page
        and its editors are repainted; return the new scheme (Material's "default" or "slate")."""
        page = self.page
        before = page.get_attribute("body", "data-md-color-scheme")
        page.locator("label.md-header__button[for^='__palette']:visible").click()
        page.wait_for_function(
            """before => {
                const scheme = document.body.dataset.mdColorScheme
                const dark = scheme === 'slate'
                return scheme !== before && [...document.querySelectorAll('.py_mk_ide .ace_editor')]
                    .every(editor => editor.classList.contains('ace_dark') === dark)
            }""",
            arg=before,
        )
        return page.get_attribute("body", "data-md-color-scheme")

    def resize(self, width: int, height: int) -> None:
        """Resize the browser's window and wait until every editor shown has been drawn again
        at its new size (ACE redraws on the next frame)."""
        if self.page.viewport_size == {"width": width, "height": height}:
            return
        self.page.evaluate(
            """() => { window.__editorsRedrawn = Promise.all(
                [...document.querySelectorAll('.py_mk_ide .ace_editor')]
                    .filter(editor => editor.getClientRects().length)
                    .map(editor => new Promise(drawn => ace.edit(editor.id).renderer.once('afterRender', drawn)))
            ) }"""
        )
        self.page.set_viewport_size({"width": width, "height": height})
        self.page.evaluate("() => window.__editorsRedrawn")

    def reload(self, wait_for_pyodide: bool = True) -> Page:
        """Reload the page, as a learner pressing F5 does."""
        return self.open(self.page.url.removeprefix(self.site_url), wait_for_pyodide)

    def ide_ids(self) -> list[str]:
        """The editor ids of the page's IDEs, in page order."""
        return self.page.eval_on_selector_all(
            ".py_mk_ide", "nodes => nodes.map(n => n.id.replace(/^global_/, ''))"
        )

    def standalone_terminal_ids(self) -> list[str]:
        """The ids of the page's terminals that belong to no IDE, in page order."""
        return self.page.eval_on_selector_all(
            ".py_mk_terminal[id^='term_only_']", "nodes => nodes.map(n => n.id)"
        )

    def ide_of(self, exercise_name: str) -> str:
        """The editor id of the page's IDE that shows `exercises/<exercise_name>.py`, found by
        the starter code it opens with (call it before editing that IDE)."""
        from tools.exercise_files import EXERCISES, parse

        starter = parse(EXERCISES / f"{exercise_name}.py").section("code").strip()
        matches = [ide for ide in self.ide_ids() if self.code(ide).strip().startswith(starter)]
        assert len(matches) == 1, f"{exercise_name}: {len(matches)} IDEs show its starter code"
        return matches[0]

    def set_code(self, editor_id: str, code: str) -> None:
        self.page.evaluate("([id, code]) => ace.edit(id).setValue(code, 1)", [editor_id, code])

    def code(self, editor_id: str) -> str:
        return self.page.evaluate("id => ace.edit(id).getValue()", editor_id)

    def type_code(self, editor_id: str, text: str) -> None:
        """Type as a learner does, key by key, into an emptied editor."""
        self.set_code(editor_id, "")
        self.page.click(f"#{editor_id}")
        self.page.keyboard.type(text)

    def paste_code(self, editor_id: str, code: str) -> None:
        """Replace the editor's content as a learner pasting code does (keyboard input into
        the editor, so PMT sees an edit), rather than setting it behind the editor's back."""
        self.page.click(f"#{editor_id}")
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")
        self.page.keyboard.insert_text(code)

    def bring_into_view(self, editor_id: str) -> None:
        """Open the collapsed admonitions and select the content tabs the IDE sits in, so a
        learner could see it and click its buttons."""
        self.page.evaluate(
            """id => {
                for (let node = document.getElementById('global_' + id); node; node = node.parentElement) {
                    if (node.tagName === 'DETAILS') node.open = true
                    if (node.classList.contains('tabbed-block')) {
                        const index = [...node.parentElement.children].indexOf(node)
                        node.closest('.tabbed-set').querySelectorAll(':scope > input')[index].click()
                    }
                }
            }""",
            editor_id,
        )
        self.page.locator(f"#global_{editor_id}").scroll_into_view_if_needed()

    def check(self, editor_id: str) -> bool:
        """Press the IDE's check button; True if PMT marks the attempt as passed."""
        self.click_and_wait_for_run(self.check_button(editor_id))
        return self.check_passed(editor_id)

    @staticmethod
    def check_button(editor_id: str) -> str:
        return f"#global_{editor_id} button[btn_kind='check']"

    def check_passed(self, editor_id: str) -> bool:
        """Whether the IDE's last check passed: PMT colours its check button green after a pass
        and red after a failure."""
        colour = self.page.eval_on_selector(
            self.check_button(editor_id), "b => b.style.getPropertyValue('--ide-btn-color')"
        )
        assert colour in ("green", "red"), f"PMT left the check button {colour!r}"
        return colour == "green"

    def click_and_wait_for_run(self, selector: str) -> None:
        self.wait_for_run(lambda: self.page.click(selector))

    def wait_for_run(self, start_it: Callable[[], None]) -> None:
        """Do what starts a run (a click, a key press), then wait until the run has finished."""
        before = self.page.evaluate("window.__runsFinished")
        start_it()
        self.page.wait_for_function(
            f"window.__runsFinished > {before}", timeout=RUN_TIMEOUT_MS
        )

    def warm_up(self, editor_id: str) -> None:
        """Run the IDE once with nothing to do: a page's first Run also imports what PMT's
        set-up needs, which is no part of the learner's code a freeze test measures."""
        code = self.code(editor_id)
        self.set_code(editor_id, "pass")
        self.run(editor_id)
        self.set_code(editor_id, code)

    def probe_freezes(self) -> None:
        """Start measuring how long the page goes without answering, until the next run ends
        (read it with `freezes()`)."""
        self.page.evaluate(FREEZE_PROBE)

    def freezes(self) -> Freeze:
        self.page.wait_for_function("window.__freezeProbe.after !== null", timeout=RUN_TIMEOUT_MS)
        probe = self.page.evaluate("window.__freezeProbe")
        return Freeze(probe["during"] / 1000, probe["after"] / 1000)

    def run(self, editor_id: str) -> str:
        """Press the IDE's Run button; return what its terminal then shows."""
        self.click_and_wait_for_run(f"#global_{editor_id} button[btn_kind='play']")
        return self.terminal_text(editor_id)

    def terminal_text(self, editor_id: str) -> str:
        # jquery.terminal renders spaces as no-break spaces.
        return self.page.inner_text(f"#term_{editor_id} .terminal-output").replace("\xa0", " ")

    def run_terminal_command(self, terminal_id: str, command: str) -> None:
        """Run a one-line command in a terminal (an IDE's is "term_<editor id>"), as if typed at
        its prompt followed by Enter. (Typing needs the terminal to hold the focus, which PMT
        gives back to the page after an error: typed keys would then reach Material's page
        shortcuts, "p" and "n" turn the page.)"""
        self.wait_for_run(lambda: self.page.evaluate(
            "([id, command]) => { $('#' + id).terminal().exec(command) }", [terminal_id, command]
        ))

    # ---- The keyboard alone ----

    def focused(self) -> dict:
        """Where the keyboard's focus is (see FOCUS)."""
        return self.page.evaluate(FOCUS)

    def tab_to(self, reached: Callable[[dict], bool], most: int = 400) -> dict:
        """Press Tab until the focus is where `reached` says, as a learner moving down the page
        with the keyboard: out of each editor and terminal on the way with Escape then Tab."""
        for _ in range(most):
            focus = self.focused()
            if focus["editor"] or focus["terminal"]:
                self.page.keyboard.press("Escape")
            self.page.keyboard.press("Tab")
            focus = self.focused()
            if reached(focus):
                return focus
        raise AssertionError(f"{most} presses of Tab did not get there; the last focus: {focus}")

    # The "Dispatch trace" panel under each runner (docs/assets/javascripts/dispatch_trace.js).

    def open_trace(self, runner_id: str) -> Locator:
        """The runner's Dispatch trace panel, opened (its body is drawn once it is open)."""
        panel = self.page.locator(f"#dispatch-trace-{runner_id}")
        panel.evaluate("panel => { panel.open = true }")
        panel.locator(".dt-body > *").first.wait_for()
        return panel

    def trace_rows(self, runner_id: str) -> list[dict]:
        """The Rows view, row by row: its text, nesting level and classes (dt-send,
        dt-receiver, dt-raised, dt-caught)."""
        return self.open_trace(runner_id).locator(".dt-rows > li").evaluate_all(
            """rows => rows.map(row => ({
                text: row.textContent.replace(/\\s+/g, ' ').trim(),
                level: Number(row.style.getPropertyValue('--dt-level')),
                classes: [...row.classList],
            }))"""
        )

    def trace_diagram(self, runner_id: str) -> dict[str, list[str]]:
        """The Diagram view: its lifelines ("kind: name") and arrow labels, top to bottom."""
        panel = self.open_trace(runner_id)
        panel.get_by_role("tab", name="Diagram").click()
        diagram = panel.locator("svg.dt-diagram")
        return {
            "lifelines": diagram.locator(".dt-participant > title").all_text_contents(),
            "arrows": diagram.locator(".dt-message > title").all_text_contents(),
        }

    # ---- Quizzes: PMT's multi_qcm, addressed by their PMT id class (py_mk_qcm_id_...) ----

    def quiz_ids(self, marker_class: str = "") -> list[str]:
        """The ids of the page's quizzes (only those with `marker_class`, if given), in page
        order, once PMT has built them."""
        self.page.wait_for_selector(f"{QUIZ} input.qcm", state="attached")
        selector = QUIZ + (f".{marker_class}" if marker_class else "")
        return self.page.eval_on_selector_all(
            selector, "nodes => nodes.map(n => [...n.classList].find(c => c.startsWith('py_mk_qcm_id')))"
        )

    def quiz(self, quiz_id: str):
        return self.page.locator(f".admonition.{quiz_id}")

    def quiz_items(self, quiz_id: str) -> list[str]:
        """The ids of the quiz's answer items (stable across shuffles and reloads)."""
        return self.quiz(quiz_id).locator("li.py_mk_item_qcm").evaluate_all(
            "items => items.map(item => item.id)"
        )

    def choose(self, quiz_id: str, item_ids: list[str]) -> None:
        for item_id in item_ids:
            self.quiz(quiz_id).locator(f"[id='{item_id}'] label").click()

    def check_quiz(self, quiz_id: str) -> None:
        self.quiz(quiz_id).locator(".check-btn").click()

    def restart_quiz(self, quiz_id: str) -> None:
        self.quiz(quiz_id).locator(".restart-btn").click()

    def item_marks(self, quiz_id: str) -> dict[str, set[str]]:
        """For each item id, the marks PMT shows on it: checked, correct, incorrect, missed."""
        classes = self.quiz(quiz_id).locator("li.py_mk_item_qcm").evaluate_all(
            "items => items.map(item => [item.id, item.querySelector('label').className])"
        )
        marks = {"checked", "correct", "incorrect", "missed"}
        return {item_id: set(label.split()) & marks for item_id, label in classes}

    def right_answers(self, quiz_id: str) -> list[str]:
        """Find the right answers as a learner could: check with nothing chosen, read which
        items PMT marks as missed, then restart the quiz."""
        self.check_quiz(quiz_id)
        right = [item for item, marks in self.item_marks(quiz_id).items() if "missed" in marks]
        self.restart_quiz(quiz_id)
        return right

    def quiz_score(self, quiz_id: str) -> str:
        return self.quiz(quiz_id).locator(".qcm-counter").inner_text()
