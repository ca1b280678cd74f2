"""signals_core.trace records what the dispatcher did, as the Dispatch trace panel shows it."""

import asyncio
import gc
import json
import threading

import pytest

from signals_core import Signal, trace


@pytest.fixture(autouse=True)
def stopped_trace():
    yield
    trace.stop()


def greet(sender, **kwargs):
    return "hello"


order_placed = Signal()
outer = Signal()
inner = Signal()
cached = Signal(use_caching=True)


@pytest.fixture(autouse=True)
def no_receivers():
    for signal in (order_placed, outer, inner, cached):
        signal.receivers = []
        signal.sender_receivers_cache.clear()


def test_each_send_is_recorded_with_its_signal_sender_arguments_and_receivers():
    order_placed.connect(greet)

    def second(sender, **kwargs):
        return None

    order_placed.connect(second)
    with trace.recording() as records:
        order_placed.send(sender="shop", order_id=7)
    [record] = records
    assert (record["signal"], record["sender"], record["kwargs"]) == ("order_placed", "'shop'", {"order_id": "7"})
    assert (record["robust"], record["depth"], record["caller"]) == (False, 0, None)
    assert [(r["name"], r["result"], r["error"], r["is_async"]) for r in record["receivers"]] == [
        ("greet", "'hello'", None, False),
        ("test_each_send_is_recorded_with_its_signal_sender_arguments_and_receivers.<locals>.second", "None", None, False),
    ]
    assert all(r["ms"] >= 0 for r in record["receivers"])


def test_a_class_sender_is_shown_by_its_name():
    signal = Signal()
    signal.connect(greet)

    class Order:
        pass

    with trace.recording() as records:
        signal.send(sender=Order)
    assert records[0]["sender"] == "Order"


def test_where_is_a_file_and_line_for_module_code_and_a_line_for_the_program():
    signal = Signal()
    signal.connect(greet)
    program = "def in_program(sender, **kwargs):\n    return 1\n\nsignal.connect(in_program)\n"
    namespace = {"__name__": "__main__", "signal": signal}
    exec(compile(program, "<exec>", "exec"), namespace)
    with trace.recording() as records:
        signal.send(sender=None)
    wheres = [r["where"] for r in records[0]["receivers"]]
    assert wheres == [f"test_trace.py:{greet.__code__.co_firstlineno}", "line 1"]


def test_a_send_from_inside_a_receiver_is_one_level_deeper_and_names_its_caller():
    def first(sender, **kwargs):
        return "first"

    def relay(sender, **kwargs):
        inner.send(sender="relay")

    outer.connect(first)
    outer.connect(relay)
    inner.connect(greet)
    with trace.recording() as records:
        outer.send(sender=None)
        inner.send(sender=None)
    assert [(r["signal"], r["depth"], r["caller"]) for r in records] == [
        ("outer", 0, None), ("inner", 1, 1), ("inner", 0, None),
    ]


def test_an_exception_is_recorded_before_it_reaches_the_caller():
    signal = Signal()

    def broken(sender, **kwargs):
        raise ValueError("no stock")

    signal.connect(broken)
    signal.connect(greet)
    with trace.recording() as records:
        with pytest.raises(ValueError, match="no stock"):
            signal.send(sender=None)
    [call] = records[0]["receivers"]
    assert call["error"] == "ValueError: no stock" and call["result"] is None


def test_send_robust_is_marked_robust_and_every_error_recorded():
    signal = Signal()

    def broken(sender, **kwargs):
        raise KeyError("missing")

    signal.connect(broken)
    signal.connect(greet)
    with trace.recording() as records:
        signal.send_robust(sender=None)
    assert records[0]["robust"] is True
    assert [(r["error"], r["result"]) for r in records[0]["receivers"]] == [
        ("KeyError: 'missing'", None), (None, "'hello'"),
    ]


def test_async_receivers_are_recorded_for_every_kind_of_send_in_call_order():
    signal = Signal()

    async def later(sender, **kwargs):
        await asyncio.sleep(0)
        return "later"

    async def broken(sender, **kwargs):
        raise RuntimeError("offline")

    signal.connect(greet)
    signal.connect(later)
    signal.connect(broken)
    with trace.recording() as records:
        signal.send_robust(sender=None)
        asyncio.run(signal.asend_robust(sender=None))
        with pytest.raises(RuntimeError):
            asyncio.run(signal.asend(sender=None))
    assert [r["robust"] for r in records] == [True, True, False]
    calls = [[(r["name"].split(".")[-1], r["is_async"], r["result"], r["error"]) for r in record["receivers"]]
             for record in records[:2]]
    greeted = ("greet", False, "'hello'", None)
    awaited = [("later", True, "'later'", None), ("broken", True, None, "RuntimeError: offline")]
    # send_robust() calls sync receivers, then async ones; asend_robust() starts the async ones
    # first, as Django's does, since they are scheduled before the sync group.
    assert calls == [[greeted, *awaited], [*awaited, greeted]]


def test_a_send_from_an_async_receiver_knows_its_caller():
    async def relay(sender, **kwargs):
        await asyncio.sleep(0)
        inner.send(sender=None)

    outer.connect(greet)
    outer.connect(relay)
    inner.connect(greet)
    with trace.recording() as records:
        asyncio.run(outer.asend(sender=None))
    # asend() starts async receivers before the sync ones, as Django's does: relay is first.
    assert [(r["signal"], r["depth"], r["caller"]) for r in records] == [("outer", 0, None), ("inner", 1, 0)]
    assert records[0]["receivers"][0]["name"].endswith("relay")


def test_a_collected_weak_receiver_no_longer_appears():
    signal = Signal()

    def make():
        def short_lived(sender, **kwargs):
            return "gone"
        return short_lived

    signal.connect(make())
    signal.connect(greet)
    gc.collect()
    with trace.recording() as records:
        signal.send(sender=None)
    assert [r["name"] for r in records[0]["receivers"]] == ["greet"]


def test_the_trace_keeps_no_receiver_or_argument_alive():
    signal = Signal()

    class Listener:
        def heard(self, sender, **kwargs):
            return self

    listener = Listener()
    signal.connect(listener.heard)
    trace.start()
    signal.send(sender=None, payload=listener)
    del listener
    gc.collect()
    assert signal.receivers == [] or signal.send(sender=None) == []


def test_sends_past_the_cap_are_counted_not_recorded(monkeypatch):
    monkeypatch.setattr(trace, "MAX_RECORDS", 3)
    signal = Signal()

    def again(sender, depth, **kwargs):
        if depth < 9:
            signal.send(sender=None, depth=depth + 1)

    signal.connect(again)
    with trace.recording() as records:
        signal.send(sender=None, depth=0)
        dropped = trace.dropped
    assert [r["depth"] for r in records] == [0, 1, 2] and dropped == 7


def test_nothing_is_recorded_when_the_trace_is_off():
    signal = Signal()
    signal.connect(greet)
    trace.start()
    trace.stop()
    signal.send(sender=None)
    assert trace.records() == [] and trace.active is False


def test_a_send_that_reaches_no_receiver_is_recorded_however_the_dispatcher_returns_early():
    cached.connect(greet, sender="someone else")
    outer.connect(greet, sender="someone else")

    class Order:
        pass

    with trace.recording() as records:
        inner.send(sender=None)            # no receiver connected at all
        outer.send(sender=None)            # receivers, none for this sender
        cached.send(sender=Order)          # looked up, then cached as "no receivers"...
        cached.send_robust(sender=Order)   # ...so this one returns at its first line
        asyncio.run(inner.asend(sender=None))
    assert [(r["signal"], r["sender"], r["robust"], r["receivers"]) for r in records] == [
        ("inner", "None", False, []), ("outer", "None", False, []),
        ("cached", "Order", False, []), ("cached", "Order", True, []),
        ("inner", "None", False, []),
    ]


def test_a_save_nobody_listens_to_still_shows_its_pre_save_and_post_save():
    from signals_core import models, reset

    class Order(models.Model):
        total = models.IntegerField()

    try:
        with trace.recording() as records:
            Order.objects.create(total=5)
    finally:
        reset()
    saves = [(r["signal"], r["sender"], r["receivers"]) for r in records
             if r["signal"] in ("pre_save", "post_save")]
    assert saves == [("pre_save", "Order", []), ("post_save", "Order", [])]


def test_a_signal_known_by_no_global_name_is_called_signal():
    local_signal = Signal()
    local_signal.connect(greet)
    with trace.recording() as records:
        local_signal.send(sender=None)
    assert records[0]["signal"] == "Signal"


def test_records_json_is_the_records_as_json():
    signal = Signal()
    signal.connect(greet)
    trace.start()
    signal.send(sender=None, note="hi")
    assert json.loads(trace.records_json()) == trace.records()
    assert json.loads(trace.records_json())[0]["kwargs"] == {"note": "'hi'"}


def test_start_forgets_the_previous_recording():
    signal = Signal()
    signal.connect(greet)
    trace.start()
    signal.send(sender=None)
    trace.start()
    assert trace.records() == []


def test_async_receivers_stepped_inside_a_running_loop_are_recorded_with_their_caller():
    async def relay(sender, **kwargs):
        await asyncio.sleep(0)
        inner.send(sender=None)
        return "relayed"

    outer.connect(relay)
    inner.connect(greet)

    async def program():  # as on a page, where Pyodide's event loop is always running
        outer.send(sender=None)

    with trace.recording() as records:
        # In a thread of its own, where no other event loop (Playwright's) is running.
        worker = threading.Thread(target=lambda: asyncio.run(program()))
        worker.start()
        worker.join()
    assert [(r["signal"], r["depth"], r["caller"]) for r in records] == [("outer", 0, None), ("inner", 1, 0)]
    assert [(c["is_async"], c["result"]) for c in records[0]["receivers"]] == [(True, "'relayed'")]


def test_a_callable_object_receiver_is_named_by_its_class():
    class Auditor:
        def __call__(self, sender, **kwargs):
            return "audited"

    auditor = Auditor()
    order_placed.connect(auditor)
    with trace.recording() as records:
        order_placed.send(sender=None)
    [call] = records[0]["receivers"]
    assert (call["name"], call["where"], call["result"]) == (
        "test_a_callable_object_receiver_is_named_by_its_class.<locals>.Auditor", "", "'audited'")


def test_a_paused_trace_keeps_its_records_and_records_nothing_more():
    from signals_core import Signal, trace

    ping = Signal()
    ping.connect(lambda sender, **kwargs: None, weak=False)
    trace.start()
    try:
        ping.send(sender="shown")
        trace.pause()
        ping.send(sender="hidden")
        assert [record["sender"] for record in trace.records()] == ["'shown'"]
    finally:
        trace.stop()
