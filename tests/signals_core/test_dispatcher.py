"""signals_core's dispatcher behaves as Django 5.2's, checked side by side with real Django."""

import gc
import logging
import threading

import pytest
from django.dispatch import Signal as DjangoSignal

from signals_core import Signal, receiver, reset
from signals_core import signals as builtin

BOTH = [Signal, DjangoSignal]


def _names(responses):
    return [(r.__name__, value) for r, value in responses]


@pytest.mark.parametrize("signal_class", BOTH)
def test_send_calls_receivers_in_connection_order_and_returns_pairs(signal_class):
    signal = signal_class()

    def first(sender, **kwargs):
        return "first"

    def second(sender, **kwargs):
        return kwargs["n"] * 2

    signal.connect(second)
    signal.connect(first)
    assert _names(signal.send(sender=None, n=21)) == [("second", 42), ("first", "first")]


@pytest.mark.parametrize("signal_class", BOTH)
def test_connecting_the_same_receiver_twice_registers_it_once(signal_class):
    signal = signal_class()

    def handler(sender, **kwargs):
        return 1

    signal.connect(handler)
    signal.connect(handler)
    assert len(signal.send(sender=None)) == 1


@pytest.mark.parametrize("signal_class", BOTH)
def test_dispatch_uid_deduplicates_different_functions(signal_class):
    signal = signal_class()
    signal.connect(lambda sender, **kw: 1, dispatch_uid="only-once", weak=False)
    signal.connect(lambda sender, **kw: 2, dispatch_uid="only-once", weak=False)
    assert [value for _, value in signal.send(sender=None)] == [1]
    assert signal.disconnect(dispatch_uid="only-once") is True
    assert signal.send(sender=None) == []


@pytest.mark.parametrize("signal_class", BOTH)
def test_sender_filter_matches_by_identity(signal_class):
    signal = signal_class()

    class A: pass
    class B: pass

    def only_a(sender, **kwargs):
        return "a"

    signal.connect(only_a, sender=A)
    assert len(signal.send(sender=A)) == 1 and signal.send(sender=B) == []
    assert signal.has_listeners(A) and not signal.has_listeners(B)


@pytest.mark.parametrize("signal_class", BOTH)
def test_weak_receiver_disappears_when_collected_and_strong_one_stays(signal_class):
    signal = signal_class()

    def make(value):
        def handler(sender, **kwargs):
            return value
        return handler

    signal.connect(make("weak"))
    signal.connect(make("strong"), weak=False)
    gc.collect()
    assert [value for _, value in signal.send(sender=None)] == ["strong"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_bound_method_receiver_dies_with_its_instance(signal_class):
    signal = signal_class()

    class Listener:
        def on(self, sender, **kwargs):
            return "heard"

    listener = Listener()
    signal.connect(listener.on)
    assert len(signal.send(sender=None)) == 1
    del listener
    gc.collect()
    assert signal.send(sender=None) == []


@pytest.mark.parametrize("signal_class", BOTH)
def test_an_exception_stops_send_but_send_robust_carries_on(signal_class):
    signal = signal_class()
    calls = []

    def broken(sender, **kwargs):
        raise ValueError("boom")

    def after(sender, **kwargs):
        calls.append("after")

    signal.connect(broken)
    signal.connect(after)
    with pytest.raises(ValueError):
        signal.send(sender=None)
    assert calls == []
    responses = signal.send_robust(sender=None)
    assert isinstance(responses[0][1], ValueError) and calls == ["after"]


def test_send_robust_logs_errors_on_the_signals_core_logger(caplog):
    signal = Signal()

    def broken(sender, **kwargs):
        raise ValueError("boom")

    signal.connect(broken)
    with caplog.at_level(logging.ERROR, logger="signals_core"):
        signal.send_robust(sender=None)
    assert "Error calling" in caplog.text and "broken" in caplog.text
    assert caplog.records[0].exc_info is not None


def test_bad_receivers_are_refused_with_djangos_messages():
    signal = Signal()
    with pytest.raises(TypeError, match="Signal receivers must be callable."):
        signal.connect("not callable")
    with pytest.raises(ValueError, match=r"must accept keyword arguments \(\*\*kwargs\)"):
        signal.connect(lambda sender: None)


def test_disconnecting_an_unknown_receiver_returns_false():
    assert Signal().disconnect(lambda **kw: None) is False


@pytest.mark.parametrize("signal_class", BOTH)
def test_async_receivers_run_after_sync_ones_in_send(signal_class):
    signal = signal_class()
    order = []

    async def async_first(sender, **kwargs):
        order.append("async")

    def sync_second(sender, **kwargs):
        order.append("sync")

    signal.connect(async_first)
    signal.connect(sync_second)
    # In a thread of its own: Django's async_to_sync refuses a thread with a running event loop,
    # which the browser tests' Playwright leaves in the main thread.
    worker = threading.Thread(target=signal.send, kwargs={"sender": None})
    worker.start()
    worker.join()
    assert order == ["sync", "async"]


def test_receiver_decorator_connects_to_a_list_of_signals():
    one, two = Signal(), Signal()

    @receiver([one, two])
    def handler(sender, **kwargs):
        return "ok"

    assert len(one.send(sender=None)) == len(two.send(sender=None)) == 1


def test_reset_disconnects_everything_and_keeps_builtin_signals():
    post_save = builtin.post_save
    custom = Signal()
    custom.connect(lambda sender, **kw: 1, weak=False)
    post_save.connect(lambda sender, **kw: 1, weak=False)
    reset()
    assert custom.send(sender=None) == [] and post_save.send(sender=object) == []
    assert builtin.post_save is post_save


def test_send_inside_a_running_loop_steps_simple_async_receivers_and_refuses_real_waits():
    import asyncio

    signal = Signal()

    async def quick(sender, **kwargs):
        await asyncio.sleep(0)
        return "quick"

    async def waits(sender, **kwargs):
        await asyncio.sleep(0.01)

    async def send_twice():
        first = [value for _, value in signal.send(sender=None)]
        signal.connect(waits)
        try:
            signal.send(sender=None)
        except RuntimeError as error:
            return first, str(error)
        return first, None

    signal.connect(quick)
    outcome = []
    # In a thread of its own, where no other event loop (Playwright's) is already running.
    worker = threading.Thread(target=lambda: outcome.append(asyncio.run(send_twice())))
    worker.start()
    worker.join()
    first, refusal = outcome[0]
    assert first == ["quick"]
    assert refusal is not None and "asend" in refusal
