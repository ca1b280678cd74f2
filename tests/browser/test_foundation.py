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


# Each module Python imported on the page, by where it came from: bytecode or compiled source.
# zipimport names a module after the file it loaded, so a stdlib module loaded from bytecode has
# a .pyc `__file__`; an unpacked library's module is loaded from the `__cached__` file when that
# file holds bytecode of the page's own Python (magic number) that needs no check against the source.
IMPORTED_FROM = """
def _imported_from():
    import importlib.util, sys
    def origin(module):
        file = getattr(module, "__file__", None) or ""
        if file.startswith("/lib/python311.zip/"):
            return "bytecode" if file.endswith(".pyc") else "source"
        if file.startswith("/home/pyodide/"):
            with open(module.__cached__, "rb") as pyc:
                header = pyc.read(8)
            return "bytecode" if header == importlib.util.MAGIC_NUMBER + bytes([1, 0, 0, 0]) else "source"
        return "built in"
    return {name: origin(module) for name, module in list(sys.modules.items())}
__import__("json").dumps(_imported_from())
"""


def test_python_starts_from_bytecode_and_tracebacks_still_quote_the_source(course):
    """A page compiled every module it imported from source on each load, about half of
    Python's start-up (hooks/precompiled_python.py)."""
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, "\n".join([
        "import asyncio",
        "from django.dispatch import Signal",
        "def broken(sender, **kwargs):",
        "    raise ValueError('from the receiver')",
        "ping = Signal()",
        "ping.connect(broken)",
        "ping.send(sender=None)",
    ]))
    shown = course.run(editor)
    origins = course.page.evaluate(
        "code => JSON.parse(pyodide.runPython(code, {globals: pyodide.globals.get('dict')()}))",
        IMPORTED_FROM)
    compiled = sorted(name for name, origin in origins.items() if origin == "source")
    assert compiled == []
    assert {"asyncio.base_events", "signals_core.dispatcher", "course_runtime.guards"} <= {
        name for name, origin in origins.items() if origin == "bytecode"}
    assert 'signals_core/dispatcher.py", line' in shown and "return self._send(" in shown, shown
    assert "ValueError: from the receiver" in shown, shown


def test_code_the_page_runs_again_is_run_again_with_the_result_and_errors_of_the_first_time(course):
    """The page keeps the compiled code of what it runs often (compiled_code_cache.js): run
    again, each code still runs in the page's globals and returns or raises as it did."""
    course.open()
    assert course.page.evaluate("pyodide.runPython.reusesCompiledCode")
    first, second = course.page.evaluate("""() => {
        pyodide.runPython('count = 0')
        const codes = ['count += 1; count', 'count * 10', '1 +', 'no_such_name']
        const outcome = code => {
            try { return pyodide.runPython(code) }
            catch(error) { return error.type }
        }
        return [codes.map(outcome), codes.map(outcome)]
    }""")
    assert first == [1, 10, "SyntaxError", "NameError"]
    assert second == [2, 20, "SyntaxError", "NameError"]


def test_a_request_to_another_host_is_caught(browser, site_url):
    context = browser.new_context()
    foreign_requests = block_foreign_requests(context, site_url)
    page = context.new_page()
    page.goto(site_url, wait_until="domcontentloaded")
    page.evaluate("fetch('https://example.com/tracker.js').catch(() => null)")
    context.close()
    assert foreign_requests == ["https://example.com/tracker.js"]
