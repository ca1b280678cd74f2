"""The site's foundation in a real browser: Python runs on the page, the Django import layer is
in place, and nothing is fetched from another host. (That every page loads without a console
error is checked where every page is opened anyway: test_accessibility.py.)"""

import pytest

from .conftest import block_foreign_requests

pytestmark = pytest.mark.browser


def test_pyodide_starts_on_a_page_with_an_ide(course):
    page = course.open()
    assert page.evaluate("pyodide.runPython('1 + 1')") == 2


def test_typed_code_runs_and_its_output_shows_in_the_terminal(course):
    course.open()
    editor = course.ide_ids()[0]
    course.type_code(editor, 'print("hello from the page", 6 * 7)')
    assert "hello from the page 42" in course.run(editor)


def test_a_run_clears_the_terminal_then_pauses_only_briefly_before_running(course):
    """PMT's "blink" keeps a Run visible when it prints the same output again: the learner sees
    the terminal emptied first. It used to cost 200 ms of every Run; the pause PMT's IDE asks
    for is read where it asks for it (other timers of the page are no concern of this test)."""
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, 'print("the same output")')
    course.run(editor)
    course.page.evaluate(
        """id => {
            window.__blinks = []
            const setTimeoutOf = window.setTimeout
            window.setTimeout = (callback, ms, ...args) => {
                if(new Error().stack.includes('setupRuntimeIDE')) window.__blinks.push(ms ?? 0)
                return setTimeoutOf(callback, ms, ...args)
            }
            document.addEventListener('course:run-started', () => {
                window.setTimeout = setTimeoutOf
                window.__terminalAtStart = document.querySelector(`#term_${id} .terminal-output`).innerText
            }, {once: true})
        }""",
        editor,
    )
    assert "the same output" in course.run(editor)
    terminal_at_start, blinks = course.page.evaluate("[window.__terminalAtStart, window.__blinks]")
    assert "the same output" not in terminal_at_start
    assert blinks == [50]


def test_django_dispatch_imports_work_in_the_page(course):
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, "\n".join([
        "import signals_core",
        "from django.dispatch import Signal, receiver",
        "from django.db.models.signals import post_save",
        "ping = Signal()",
        "@receiver(ping)",
        "def pong(sender, **kwargs):",
        "    return 'pong'",
        "print(ping.send(sender=None)[0][1], post_save.__class__.__name__)",
    ]))
    output = course.run(editor)
    assert "pong ModelSignal" in output, output   # Django's model signals are ModelSignals


def test_a_request_to_another_host_is_caught(browser, site_url):
    context = browser.new_context()
    foreign_requests = block_foreign_requests(context, site_url)
    page = context.new_page()
    page.goto(site_url, wait_until="domcontentloaded")
    page.evaluate("fetch('https://example.com/tracker.js').catch(() => null)")
    context.close()
    assert foreign_requests == ["https://example.com/tracker.js"]
