"""The "Dispatch trace" panel: after a run, every IDE shows which signals were sent and which
receivers reacted, in order, as rows and as a sequence diagram, without the learner's code
asking for it."""

import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

in_browser = pytest.mark.browser

ORDER = """
from django.dispatch import Signal, receiver

order_placed = Signal()
stock_low = Signal()

@receiver(order_placed)
def update_stock(sender, order_id, **kwargs):
    stock_low.send(sender="Warehouse", item="mug")
    return "stock updated"

@receiver(stock_low)
def reorder(sender, item, **kwargs):
    return f"reordered {item}"

@receiver(order_placed)
def email_customer(sender, **kwargs):
    return "mailed"

order_placed.send(sender="Shop", order_id=42)
"""


def run_on_home_page(course, code: str) -> str:
    """Run `code` in the home page's IDE; return the IDE's id."""
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, textwrap.dedent(code))
    course.run(editor)
    return editor


@in_browser
def test_rows_list_each_send_then_its_receivers_in_call_order(course):
    editor = run_on_home_page(course, ORDER)
    rows = course.trace_rows(editor)
    assert [(row["level"], row["text"].split(" (line")[0]) for row in rows] == [
        (0, "send order_placed from 'Shop' with order_id=42"),
        (1, "→ update_stock"),
        (2, "send stock_low from 'Warehouse' with item='mug'"),
        (3, "→ reorder"),
        (1, "→ email_customer"),
    ]
    assert "returned 'reordered mug'" in rows[3]["text"]
    assert "returned 'mailed'" in rows[4]["text"]


@in_browser
def test_the_diagram_draws_sender_signal_and_receivers_with_their_answers(course):
    editor = run_on_home_page(course, ORDER)
    diagram = course.trace_diagram(editor)
    assert diagram["lifelines"] == [
        "sender: 'Shop'", "signal: order_placed", "receiver: update_stock",
        "signal: stock_low", "receiver: reorder", "receiver: email_customer",
    ]
    assert diagram["arrows"] == [
        "send(order_id)", "call", "send(item)", "call", "returned 'reordered mug'",
        "returned 'stock updated'", "call", "returned 'mailed'",
    ]


@in_browser
def test_the_arrow_keys_move_between_the_rows_and_the_diagram(course):
    editor = run_on_home_page(course, ORDER)
    panel = course.open_trace(editor)
    panel.get_by_role("tab", name="Rows").focus()
    course.page.keyboard.press("ArrowRight")
    assert panel.get_by_role("tab", name="Diagram").evaluate("tab => tab === document.activeElement")
    assert panel.locator("svg.dt-diagram").is_visible()
    assert not panel.locator(".dt-rows").is_visible()


@in_browser
def test_a_receiver_error_caught_by_send_robust_is_marked_and_the_others_still_run(course):
    editor = run_on_home_page(course, """
        from django.dispatch import Signal, receiver
        ping = Signal()

        @receiver(ping)
        def fails(sender, **kwargs):
            raise ValueError("no stock")

        @receiver(ping)
        def still_runs(sender, **kwargs):
            return "ok"

        ping.send_robust(sender=None)
    """)
    send, fails, still_runs = course.trace_rows(editor)
    assert send["text"].startswith("send_robust ping from None")
    assert "dt-caught" in fails["classes"]
    assert "raised (caught by send_robust) ValueError: no stock" in fails["text"]
    assert "dt-caught" not in still_runs["classes"] and "returned 'ok'" in still_runs["text"]


@in_browser
def test_a_failing_run_shows_what_happened_up_to_the_receiver_that_raised(course):
    editor = run_on_home_page(course, """
        from django.dispatch import Signal, receiver
        ping = Signal()

        @receiver(ping)
        def first(sender, **kwargs):
            return 1

        @receiver(ping)
        def breaks(sender, **kwargs):
            raise KeyError("missing")

        @receiver(ping)
        def never_called(sender, **kwargs):
            return 3

        ping.send(sender=None)
    """)
    assert "KeyError" in course.terminal_text(editor)
    rows = course.trace_rows(editor)
    assert [row["text"].split(" (line")[0] for row in rows] == [
        "send ping from None", "→ first", "→ breaks",
    ]
    assert "dt-raised" in rows[2]["classes"]
    assert "raised KeyError: 'missing' — the send stopped here" in rows[2]["text"]


@in_browser
def test_a_runaway_recursion_shows_every_level_up_to_the_recursion_error(course):
    editor = run_on_home_page(course, """
        import sys
        from django.dispatch import Signal, receiver
        sys.setrecursionlimit(120)  # few enough levels for every row to be drawn
        echo = Signal()

        @receiver(echo)
        def again(sender, **kwargs):
            echo.send(sender=sender)

        echo.send(sender=None)
    """)
    assert "RecursionError" in course.terminal_text(editor)
    receivers = [row for row in course.trace_rows(editor) if "dt-receiver" in row["classes"]]
    levels = [row["level"] for row in receivers]
    assert len(receivers) > 5 and levels == sorted(levels)
    assert all("raised RecursionError" in row["text"] for row in receivers)


@in_browser
def test_many_sends_are_cut_with_a_count_of_what_was_left_out(course):
    editor = run_on_home_page(course, """
        from django.dispatch import Signal, receiver
        tick = Signal()

        @receiver(tick)
        def count(sender, n, **kwargs):
            return n

        # One more send than the trace records, and more rows than the panel draws.
        for n in range(__import__("signals_core").trace.MAX_RECORDS + 1):
            tick.send(sender=None, n=n)
    """)
    rows = course.trace_rows(editor)
    assert 0 < len(rows) <= 500
    assert rows[0]["text"] == "send tick from None with n=0"
    note = course.open_trace(editor).locator(".dt-rows-view .dt-left-out").inner_text()
    assert "more rows are not shown" in note and "more sends were not recorded" in note


SHIP_AN_ORDER = """
from django.db import models
from django.dispatch import Signal, receiver

order_shipped = Signal()

class Order(models.Model):
    status = models.CharField(max_length=20)

@receiver(order_shipped)
def tell_customer(sender, order, **kwargs):
    return "told"

order = Order(status="shipped")
order.save()
order_shipped.send(sender=Order, order=order)
"""


@in_browser
def test_sends_that_reached_no_receiver_are_rows_of_their_own(course):
    editor = run_on_home_page(course, SHIP_AN_ORDER)
    sends = [row["text"] for row in course.trace_rows(editor) if "dt-send" in row["classes"]]
    # save() sends pre_save and post_save, heard or not, then the program sends order_shipped.
    assert [text.split()[1] for text in sends][-3:] == ["pre_save", "post_save", "order_shipped"]
    assert sends[-2].startswith("send post_save from Order with instance=<Order: Order object (1)>")
    assert sends[-2].endswith("— no receivers")
    assert not sends[-1].endswith("— no receivers")


@in_browser
def test_the_diagram_draws_a_send_that_reached_no_receiver_as_its_arrow_alone(course):
    editor = run_on_home_page(course, SHIP_AN_ORDER)
    diagram = course.trace_diagram(editor)
    assert "signal: post_save" in diagram["lifelines"]
    post_save = diagram["arrows"].index(
        "send(instance, created, update_fields, raw, using): no receivers")
    assert diagram["arrows"][post_save + 1:] == ["send(order)", "call", "returned 'told'"]


@in_browser
def test_a_run_that_sends_nothing_says_so(course):
    editor = run_on_home_page(course, 'print("no signals here")')
    panel = course.open_trace(editor)
    assert panel.locator(".dt-body").inner_text() == "No signal was sent."


@in_browser
def test_a_terminal_command_gets_the_trace_of_that_command_only(course):
    editor = run_on_home_page(course, """
        from django.dispatch import Signal, receiver
        ping = Signal()

        @receiver(ping)
        def pong(sender, **kwargs):
            return "pong"

        ping.send(sender="the editor")
    """)
    course.run_terminal_command(f"term_{editor}", 'ping.send(sender="the terminal")')
    assert [row["text"].split(" (line")[0] for row in course.trace_rows(editor)] == [
        "send ping from 'the terminal'", "→ pong",
    ]


@in_browser
def test_an_ide_wrapped_in_no_dispatch_trace_gets_no_panel(course):
    course.open()
    editor = course.ide_ids()[0]
    course.page.evaluate(
        """id => {
            const ide = document.getElementById('global_' + id)
            const wrapper = document.createElement('div')
            wrapper.className = 'no-dispatch-trace'
            ide.replaceWith(wrapper)
            wrapper.append(ide)
        }""",
        editor,
    )
    course.set_code(editor, ORDER)
    course.run(editor)
    assert course.page.locator(".dispatch-trace").count() == 0


def test_a_page_with_dispatch_trace_false_does_not_load_the_trace_script():
    hooks = str(Path(__file__).resolve().parents[2] / "hooks")
    sys.path.insert(0, hooks)
    try:
        from run_environment import on_post_page
    finally:
        sys.path.remove(hooks)
    html = '<script src="js-per-pages/4-ideRunner-ide.js"></script></body>'

    def scripts_of(meta):
        page = SimpleNamespace(url="lessons/page/", meta=meta)
        return on_post_page(html, page=page, config={"extra": {}, "site_url": "/"})

    assert "dispatch_trace.js" in scripts_of({})
    assert "dispatch_trace.js" not in scripts_of({"dispatch_trace": False})
    assert "run_environment.js" in scripts_of({"dispatch_trace": False})


@in_browser
@pytest.mark.changes_the_browser
def test_html_from_learner_code_is_shown_as_text(course):
    alerts = []
    course.page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    editor = run_on_home_page(course, """
        from django.dispatch import Signal, receiver
        ping = Signal()

        @receiver(ping)
        def shout(sender, **kwargs):
            raise ValueError("<b>bold</b>")

        shout.__qualname__ = "<i>shout</i>"
        ping.send_robust(sender="me", note="<img src=x onerror=alert(1)>")
    """)
    send, shout = course.trace_rows(editor)
    assert "note='<img src=x onerror=alert(1)>'" in send["text"]
    assert "<i>shout</i>" in shout["text"] and "ValueError: <b>bold</b>" in shout["text"]
    diagram = course.trace_diagram(editor)
    assert "receiver: <i>shout</i>" in diagram["lifelines"]
    panel = course.open_trace(editor)
    assert panel.locator("img, b, i").count() == 0
    assert alerts == []


@in_browser
def test_at_phone_width_the_trace_scrolls_inside_its_box_not_the_page(course):
    course.page.set_viewport_size({"width": 375, "height": 800})
    editor = run_on_home_page(course, ORDER.replace("email_customer", "email_the_customer_about_it"))
    course.trace_rows(editor)
    assert course.page.evaluate("document.documentElement.scrollWidth") <= 375
    course.trace_diagram(editor)
    box = course.open_trace(editor).locator(".dt-diagram-box")
    assert box.evaluate("box => box.scrollWidth > box.clientWidth")
    assert course.page.evaluate("document.documentElement.scrollWidth") <= 375


@in_browser
def test_checking_an_exercise_keeps_the_hidden_tests_sends_out_of_the_trace(course):
    from tools.exercise_files import EXERCISES, parse

    course.open("lessons/1-basics/")
    exercise = "lessons/step1_count_signups"
    editor = course.ide_of(exercise)
    course.set_code(editor, parse(EXERCISES / f"{exercise}.py").section("corr"))
    assert course.check(editor)
    saves = [row["text"] for row in course.trace_rows(editor)
             if "dt-send" in row["classes"] and row["text"].startswith("send post_save")]
    assert len(saves) == 1 and "User object (1)" in saves[0]   # the visible tests' one save
