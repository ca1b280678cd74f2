"""course_runtime.scopes keeps the page's programs apart: a Run starts fresh, an IDE's terminal
goes on with that IDE's last Run, and the page's terminal program survives IDE runs."""

import pytest

from course_runtime import scopes
from signals_core import Signal, reset


@pytest.fixture
def page(monkeypatch):
    """A page's namespace, as PMT's `__main__` holds it, with no program entered yet."""
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    monkeypatch.setattr(scopes, "programs", scopes.Programs(namespace))
    yield namespace
    reset()


def _run(namespace, code):
    exec(code, namespace)


def _run_connecting_a_receiver(page) -> Signal:
    """A Run of editor_a that connects a receiver to `ping` and keeps what it hears."""
    ping = Signal()
    scopes.enter("editor_a", fresh=True)
    page["ping"] = ping
    _run(page, "heard = []\nping.connect(lambda sender, **kw: heard.append(sender), weak=False)")
    return ping


def test_a_fresh_run_sees_no_names_or_receivers_of_the_program_before(page):
    ping = _run_connecting_a_receiver(page)
    scopes.enter("editor_a", fresh=True)
    assert "heard" not in page and not ping.has_listeners()


def test_an_ides_terminal_goes_on_with_its_last_run_after_another_ide_ran(page):
    ping = _run_connecting_a_receiver(page)
    scopes.enter("editor_b", fresh=True)
    assert "heard" not in page and not ping.has_listeners()
    scopes.enter("editor_a")            # a command in editor_a's terminal
    _run(page, "ping.send(sender='terminal')")
    assert page["heard"] == ["terminal"]


def test_the_page_terminal_keeps_its_program_while_ides_run(page):
    scopes.enter(scopes.PAGE)
    _run(page, "from signals_core import Signal\ntick = Signal()\nticks = []\n"
               "tick.connect(lambda sender, **kw: ticks.append(1), weak=False)")
    scopes.enter("editor_a", fresh=True)
    assert "ticks" not in page
    scopes.enter(scopes.PAGE)
    _run(page, "tick.send(sender=None)")
    assert page["ticks"] == [1]


def test_the_names_pmt_keeps_are_never_taken_away(page):
    scopes.enter("editor_a", fresh=True)
    assert page["__name__"] == "__main__" and "__builtins__" in page
