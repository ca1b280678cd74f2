"""Async code runs to completion on the page and prints what it prints under Django:
`asyncio.run(main())`, `asyncio.get_event_loop().run_until_complete(main())` and top-level
`await`, in an IDE and in a terminal, for the async signal code the course uses
(`await signal.asend(...)`, `asyncio.gather`, `asyncio.sleep` inside async receivers)."""

from __future__ import annotations

import pytest

from tools.program_runs import printed, run_snippets

from .pmt import unwrapped

pytestmark = pytest.mark.browser

DEFAULT_LIMIT = 3

RECEIVERS = """
import asyncio
import time
from django.dispatch import Signal

order_paid = Signal()

def record(sender, **kwargs):
    return "recorded"

async def email(sender, **kwargs):
    await asyncio.sleep(0.1)
    return "e-mail sent"

async def sms(sender, **kwargs):
    await asyncio.sleep(0.1)
    return "SMS sent"

for connected in (email, record, sms):
    order_paid.connect(connected)

async def main():
    responses = await order_paid.asend(sender="shop")
    print([response for _, response in responses])
    both = await asyncio.gather(order_paid.asend(sender="a"), order_paid.asend(sender="b"))
    print([len(responses) for responses in both])
"""

# Each program runs in a Python process of its own under Django (asyncio.run leaves no current
# event loop behind it, as a script ends).
PROGRAMS = {
    "asyncio_run": RECEIVERS + "\nasyncio.run(main())\n",
    "run_until_complete": RECEIVERS + "\nasyncio.get_event_loop().run_until_complete(main())\n",
    "send_waits_for_sleeping_async_receivers": RECEIVERS + """
started = time.perf_counter()
print([response for _, response in order_paid.send(sender="shop")])
print("send() waited for them:", time.perf_counter() - started >= 0.1)
""",
}


def _lines_printed_by_run(course, editor, code):
    course.set_code(editor, code)
    lines = course.run(editor).splitlines()
    return [line for line in lines if line not in ("Script started...", "Ended without error.")]


def test_async_signal_code_prints_in_the_page_what_it_prints_under_django(course):
    under_django = {key: printed(run_snippets("django", {key: code}), key).splitlines()
                    for key, code in PROGRAMS.items()}
    assert under_django["asyncio_run"][0] == "['recorded', 'e-mail sent', 'SMS sent']"
    course.open()
    editor = course.ide_ids()[0]
    for key, code in PROGRAMS.items():
        course.probe_freezes()
        assert _lines_printed_by_run(course, editor, code) == under_django[key], key
        freeze = course.freezes()
        assert freeze.during <= DEFAULT_LIMIT + 0.5 and freeze.after <= 0.5, (key, freeze)


def test_top_level_await_runs_to_completion_in_an_ide_and_in_a_terminal(course):
    course.open()
    editor = course.ide_ids()[0]
    in_ide = _lines_printed_by_run(course, editor, RECEIVERS + "\nawait main()\nprint('after main')\n")
    assert in_ide == ["['recorded', 'e-mail sent', 'SMS sent']", "[3, 3]", "after main"]
    terminal = f"term_{editor}"
    course.run_terminal_command(terminal, "[response for _, response in await order_paid.asend(sender='terminal')]")
    course.run_terminal_command(terminal, "asyncio.run(main())")
    shown = unwrapped(course.terminal_text(editor))
    assert unwrapped(">>> [response for _, response in await order_paid.asend(sender='terminal')]"
                     "['recorded', 'e-mail sent', 'SMS sent']>>>") in shown, shown
    assert unwrapped(">>> asyncio.run(main())['recorded', 'e-mail sent', 'SMS sent'][3, 3]") in shown, shown
