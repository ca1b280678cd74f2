"""The Python side of the learner guards (course_runtime/guards.py), in CPython. The browser
tests (tests/browser/test_learner_safety.py) prove the same guards on a real page."""

from __future__ import annotations

import builtins
import io
import signal
import sys

import pytest

from course_runtime import guards


def _printed_by(print_, *calls) -> str:
    """What a sequence of print calls writes, through `print_`, to a string."""
    out = io.StringIO()
    real_stdout, sys.stdout = sys.stdout, out
    try:
        for args, kwargs in calls:
            print_(*args, **kwargs)
        if isinstance(print_, guards.CappedPrint):
            print_.flush()
    finally:
        sys.stdout = real_stdout
    return out.getvalue()


CALLS = [
    (("a", 1, None), {}),
    (("b", "c"), {"sep": "-", "end": "!"}),
    (("d",), {"sep": None, "end": None}),
    ((), {}),
]


def test_capped_print_under_its_limits_prints_exactly_what_print_prints():
    assert _printed_by(guards.CappedPrint(print, 100, 1000), *CALLS) == _printed_by(print, *CALLS)


def test_capped_print_keeps_the_first_lines_then_says_once_that_the_rest_is_cut():
    capped = guards.CappedPrint(print, 3, 10_000)
    output = _printed_by(capped, *[((n,), {}) for n in range(1000)])
    lines = output.splitlines()
    assert lines[:3] == ["0", "1", "2"]
    assert len(lines) == 4 and lines[3].startswith("[output cut:") and "3 lines" in lines[3]


def test_capped_print_cuts_one_huge_string_to_the_character_limit():
    output = _printed_by(guards.CappedPrint(print, 1000, 50), (("x" * 10**6,), {}))
    first, notice = output.splitlines()
    assert first == "x" * 50 and notice.startswith("[output cut:")


def test_capped_print_passes_output_to_another_file_through_untouched():
    other = io.StringIO()
    capped = guards.CappedPrint(print, 1, 1)
    capped("to a file", "too", file=other)
    assert other.getvalue() == "to a file too\n" and capped.kept == []


def test_kept_output_reaches_the_terminal_in_whole_lines_below_the_terminal_shortener():
    text = "".join(f"line {n}\n" for n in range(2000))
    chunks = guards.chunks_of_lines(text, 1000)
    assert "".join(chunks) == text
    assert all(len(chunk) <= 1000 and chunk.endswith("\n") for chunk in chunks)


def _run_as_learner_code(source: str):
    """Run `source` as PMT runs an IDE's code: compiled under the name "<exec>"."""
    exec(compile(source, "<exec>", "exec"), {"signal": signal})


@pytest.fixture
def time_limit():
    previous = signal.getsignal(signal.SIGINT)
    guards.install_time_limit(4)
    yield
    signal.signal(signal.SIGINT, previous)


def test_the_time_limit_stops_a_loop_with_the_learners_line_in_the_message(time_limit):
    loop = "n = 0\nwhile True:\n    n += 1\n    if n == 1000:\n        signal.raise_signal(signal.SIGINT)\n"
    with pytest.raises(guards.TimeLimitExceeded) as stopped:
        _run_as_learner_code(loop)
    assert str(stopped.value) == (
        "Stopped after 4 s: is there an infinite loop? The code was running line 5 when it was stopped."
    )


def test_an_except_exception_in_learner_code_cannot_swallow_the_stop(time_limit):
    loop = "while True:\n    try:\n        signal.raise_signal(signal.SIGINT)\n    except Exception:\n        pass\n"
    with pytest.raises(guards.TimeLimitExceeded):
        _run_as_learner_code(loop)


def test_the_stop_is_named_like_a_built_in_error_in_tracebacks():
    assert guards.TimeLimitExceeded.__module__ == "builtins"


def test_learner_code_cannot_raise_the_recursion_limit_past_the_safe_one(monkeypatch, capsys):
    monkeypatch.setattr(sys, "setrecursionlimit", sys.setrecursionlimit)
    original = sys.getrecursionlimit()
    try:
        guards.setrecursionlimit(20_000)
        assert sys.getrecursionlimit() == guards.SAFE_RECURSION_LIMIT
        assert "stays at 1000" in capsys.readouterr().out
        guards.setrecursionlimit(200)
        assert sys.getrecursionlimit() == 200
    finally:
        guards._setrecursionlimit(original)


def test_arm_then_disarm_shows_what_the_code_printed(monkeypatch):
    shown = []
    monkeypatch.setattr(builtins, "print", lambda *a, **kw: shown.append((a, kw)))
    monkeypatch.setattr(sys, "setrecursionlimit", sys.setrecursionlimit)
    previous_handler, previous_limit = signal.getsignal(signal.SIGINT), sys.getrecursionlimit()
    try:
        guards.arm(4, 10, 100)
        print("hello", "page")
        assert shown == []
        guards.disarm()
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        guards._setrecursionlimit(previous_limit)
    assert shown == [(("hello page\n",), {"end": ""})]


def test_the_stop_waits_while_no_learner_code_is_running(time_limit):
    signal.raise_signal(signal.SIGINT)   # from the test's own code: nothing to stop
    with pytest.raises(guards.TimeLimitExceeded):
        _run_as_learner_code("signal.raise_signal(signal.SIGINT)\n")
