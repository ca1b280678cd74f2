"""signals_core's dispatcher behaves as Django 5.2's: each behaviour is checked on both.

Tests parametrized with `signal_class` run the same code on signals_core's Signal and on
Django's, so what they show is what Django does; the few that run on signals_core alone are
about the differences its module docstring lists.
"""

import asyncio
import gc
import logging
import threading

import pytest
from asgiref.sync import markcoroutinefunction
from django.dispatch import Signal as DjangoSignal
from django.dispatch import dispatcher as django_dispatcher
from django.dispatch import receiver as django_receiver
from django.test import override_settings

from signals_core import Signal, dispatcher, receiver, reset
from signals_core import signals as builtin

BOTH = [Signal, DjangoSignal]
RECEIVER_DECORATORS = {Signal: receiver, DjangoSignal: django_receiver}
NO_RECEIVERS = {Signal: dispatcher.NO_RECEIVERS, DjangoSignal: django_dispatcher.NO_RECEIVERS}
LOGGER = "django.dispatch"  # signals_core logs where Django does


def answers(responses):
    return [value for _, value in responses]


def in_a_thread(function):
    """function()'s result, run in a thread of its own: Django's async_to_sync refuses a thread
    where an event loop runs, as Playwright's does in the main thread during browser tests."""
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(function()))
    worker.start()
    worker.join()
    return outcome[0]


def make_receiver(value):
    def answer(sender, **kwargs):
        return value
    return answer


class Listener:
    def __init__(self, value="heard"):
        self.value = value

    def on(self, sender, **kwargs):
        return self.value


# Sending


@pytest.mark.parametrize("signal_class", BOTH)
def test_send_calls_receivers_in_connection_order_and_returns_pairs(signal_class):
    signal = signal_class()
    second, first = make_receiver("second"), make_receiver("first")
    signal.connect(second)
    signal.connect(first)
    assert signal.send(sender=None) == [(second, "second"), (first, "first")]


@pytest.mark.parametrize("signal_class", BOTH)
def test_receivers_get_the_signal_the_sender_and_the_named_arguments(signal_class):
    signal = signal_class()
    seen = []

    def handler(sender, **kwargs):
        seen.append((sender, kwargs))

    signal.connect(handler)
    signal.send(sender="shop", order_id=7)
    assert seen == [("shop", {"signal": signal, "order_id": 7})]


@pytest.mark.parametrize("signal_class", BOTH)
def test_send_with_extra_positional_arguments_raises_type_error(signal_class):
    signal = signal_class()
    signal.connect(make_receiver(1), weak=False)
    with pytest.raises(TypeError):
        signal.send(None, "extra")


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


@pytest.mark.parametrize("signal_class", BOTH)
def test_send_robust_logs_each_error_in_djangos_format_with_the_traceback(signal_class, caplog):
    signal = signal_class()

    def broken(sender, **kwargs):
        raise ValueError("boom")

    signal.connect(broken)
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        signal.send_robust(sender=None)
    [record] = caplog.records
    assert record.name == LOGGER
    assert record.getMessage() == (
        "Error calling test_send_robust_logs_each_error_in_djangos_format_with_the_traceback"
        ".<locals>.broken in Signal.send_robust() (boom)"
    )
    assert record.exc_info[1].args == ("boom",)


# Connecting and disconnecting


@pytest.mark.parametrize("signal_class", BOTH)
def test_connecting_the_same_receiver_twice_registers_it_once(signal_class):
    signal = signal_class()
    handler = make_receiver(1)
    signal.connect(handler)
    signal.connect(handler)
    assert len(signal.receivers) == 1 and answers(signal.send(sender=None)) == [1]


@pytest.mark.parametrize("signal_class", BOTH)
def test_the_same_bound_method_connected_twice_is_registered_once(signal_class):
    signal = signal_class()
    listener = Listener()
    signal.connect(listener.on)
    signal.connect(listener.on)  # a new bound-method object, for the same instance and function
    assert len(signal.receivers) == 1


@pytest.mark.parametrize("signal_class", BOTH)
def test_dispatch_uid_deduplicates_different_functions(signal_class):
    signal = signal_class()
    signal.connect(make_receiver(1), dispatch_uid="only-once", weak=False)
    signal.connect(make_receiver(2), dispatch_uid="only-once", weak=False)
    assert answers(signal.send(sender=None)) == [1]
    assert signal.disconnect(dispatch_uid="only-once") is True
    assert signal.send(sender=None) == []


@pytest.mark.parametrize("signal_class", BOTH)
def test_dispatch_uid_is_unique_per_sender(signal_class):
    signal = signal_class()

    class A:
        pass

    signal.connect(make_receiver("any"), dispatch_uid="uid", weak=False)
    signal.connect(make_receiver("a"), sender=A, dispatch_uid="uid", weak=False)
    assert answers(signal.send(sender=A)) == ["any", "a"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_sender_filter_matches_by_identity_not_equality(signal_class):
    signal = signal_class()

    class Key:
        def __eq__(self, other):
            return isinstance(other, Key)

        def __hash__(self):
            return 1

    this, equal_one = Key(), Key()
    signal.connect(make_receiver("for this one"), sender=this, weak=False)
    assert answers(signal.send(sender=this)) == ["for this one"]
    assert signal.send(sender=equal_one) == []
    assert signal.has_listeners(this) and not signal.has_listeners(equal_one)


@pytest.mark.parametrize("signal_class", BOTH)
@pytest.mark.parametrize("use_caching", [False, True])
def test_a_sender_filter_never_keeps_the_sender_alive(signal_class, use_caching):
    signal = signal_class(use_caching=use_caching)

    class Sender:
        pass

    signal.connect(make_receiver(1), sender=Sender, weak=False)
    signal.send(sender=Sender)
    sender_is_alive = __import__("weakref").ref(Sender)
    del Sender
    gc.collect()
    assert sender_is_alive() is None


@pytest.mark.parametrize("signal_class", BOTH)
def test_disconnect_returns_whether_the_receiver_was_connected(signal_class):
    signal = signal_class()
    handler = make_receiver(1)
    signal.connect(handler)
    assert signal.disconnect(handler) is True
    assert signal.disconnect(handler) is False
    assert signal.disconnect(make_receiver(2)) is False


@pytest.mark.parametrize("signal_class", BOTH)
def test_disconnect_needs_the_sender_the_receiver_was_connected_for(signal_class):
    signal = signal_class()

    class A:
        pass

    handler = make_receiver(1)
    signal.connect(handler, sender=A)
    assert signal.disconnect(handler) is False
    assert signal.disconnect(handler, sender=A) is True


@pytest.mark.parametrize("signal_class", BOTH)
def test_the_receiver_decorator_passes_connect_arguments(signal_class):
    signal = signal_class()

    class A:
        pass

    @RECEIVER_DECORATORS[signal_class](signal, sender=A, dispatch_uid="decorated")
    def handler(sender, **kwargs):
        return "ok"

    assert answers(signal.send(sender=A)) == ["ok"] and signal.send(sender=None) == []
    assert signal.disconnect(sender=A, dispatch_uid="decorated") is True


@pytest.mark.parametrize("signal_class", BOTH)
def test_the_receiver_decorator_connects_to_each_signal_of_a_list(signal_class):
    one, two = signal_class(), signal_class()

    @RECEIVER_DECORATORS[signal_class]([one, two])
    def handler(sender, **kwargs):
        return "ok"

    assert answers(one.send(sender=None)) == answers(two.send(sender=None)) == ["ok"]


# Weak references


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_weak_receiver_disappears_when_collected_and_a_strong_one_stays(signal_class):
    signal = signal_class()
    signal.connect(make_receiver("weak"))
    signal.connect(make_receiver("strong"), weak=False)
    gc.collect()
    assert answers(signal.send(sender=None)) == ["strong"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_bound_method_receiver_dies_with_its_instance(signal_class):
    signal = signal_class()
    listener = Listener()
    signal.connect(listener.on)
    assert answers(signal.send(sender=None)) == ["heard"]
    del listener
    gc.collect()
    assert signal.send(sender=None) == []


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_strongly_connected_bound_method_keeps_its_instance_alive(signal_class):
    signal = signal_class()
    signal.connect(Listener("kept").on, weak=False)
    gc.collect()
    assert answers(signal.send(sender=None)) == ["kept"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_dead_receiver_stays_listed_until_the_next_send_sweeps_it(signal_class):
    signal = signal_class()
    signal.connect(Listener().on)
    gc.collect()
    assert len(signal.receivers) == 1
    assert signal.send(sender=None) == []
    assert len(signal.receivers) == 0


def test_the_receiver_check_keeps_no_weak_receiver_alive():
    signal = Signal()
    signal.connect(make_receiver("short-lived"))
    gc.collect()
    assert signal.send(sender=None) == []


def test_djangos_debug_receiver_check_keeps_weak_function_receivers_alive():
    """Why signals_core's check differs: in DEBUG, Django caches each function it inspects
    (functools.lru_cache, up to 512), so a weakly connected function outlives its last use."""
    signal = DjangoSignal()
    with override_settings(DEBUG=True):
        signal.connect(make_receiver("cached"))
    gc.collect()
    assert answers(signal.send(sender=None)) == ["cached"]


# Caching per sender


@pytest.mark.parametrize("signal_class", BOTH)
def test_use_caching_remembers_each_senders_receivers_until_the_next_connect(signal_class):
    signal = signal_class(use_caching=True)

    class A:
        pass

    class B:
        pass

    signal.connect(make_receiver(1), sender=A, weak=False)
    signal.send(sender=A)
    signal.send(sender=B)
    assert set(signal.sender_receivers_cache) == {A, B}
    assert signal.sender_receivers_cache[B] is NO_RECEIVERS[signal_class]
    signal.connect(make_receiver(1), sender=A, weak=False)
    assert len(signal.sender_receivers_cache) == 0


@pytest.mark.parametrize("signal_class", BOTH)
def test_use_caching_needs_senders_that_can_be_weakly_referenced(signal_class):
    signal = signal_class(use_caching=True)
    signal.connect(make_receiver(1), weak=False)
    with pytest.raises(TypeError, match="weak reference"):
        signal.send(sender=None)


# Public attributes


@pytest.mark.parametrize("signal_class", BOTH)
def test_public_attributes_have_djangos_shapes(signal_class):
    signal = signal_class()
    handler = make_receiver(1)
    signal.connect(handler, weak=False)
    [(lookup_key, held, is_async)] = signal.receivers
    assert held is handler and is_async is False and len(lookup_key) == 2
    with signal.lock:
        assert signal.use_caching is False and signal.sender_receivers_cache == {}


@pytest.mark.parametrize("signal_class", BOTH)
def test_assigning_receivers_replaces_them_as_code_that_mutes_signals_does(signal_class):
    signal = signal_class()
    signal.connect(make_receiver(1), weak=False)
    saved = signal.receivers
    signal.receivers = []
    assert signal.send(sender=None) == []
    signal.receivers = saved
    assert answers(signal.send(sender=None)) == [1]


# Async receivers


async def _async_answer(sender, **kwargs):
    return "async"


def _marked(sender, **kwargs):
    return asyncio.sleep(0, result="marked")


markcoroutinefunction(_marked)


@pytest.mark.parametrize("signal_class", BOTH)
def test_functions_marked_as_coroutine_functions_count_as_async_receivers(signal_class):
    signal = signal_class()
    signal.connect(_marked)
    signal.connect(_async_answer)
    assert [is_async for _, _, is_async in signal.receivers] == [True, True]
    assert answers(in_a_thread(lambda: signal.send(sender=None))) == ["marked", "async"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_send_calls_sync_receivers_first_then_async_ones_together(signal_class):
    signal = signal_class()
    order = []

    async def first_async(sender, **kwargs):
        order.append("first_async starts")
        await asyncio.sleep(0)
        order.append("first_async ends")
        return "a1"

    async def second_async(sender, **kwargs):
        order.append("second_async starts")
        return "a2"

    def sync_last(sender, **kwargs):
        order.append("sync_last")
        return "s"

    for handler in (first_async, second_async, sync_last):
        signal.connect(handler)
    responses = in_a_thread(lambda: signal.send(sender=None))
    assert answers(responses) == ["s", "a1", "a2"]
    assert order == ["sync_last", "first_async starts", "second_async starts", "first_async ends"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_send_robust_returns_async_receivers_errors_as_responses(signal_class):
    signal = signal_class()

    async def broken(sender, **kwargs):
        raise KeyError("gone")

    signal.connect(broken)
    signal.connect(make_receiver("sync"), weak=False)
    responses = in_a_thread(lambda: signal.send_robust(sender=None))
    assert answers(responses)[0] == "sync" and isinstance(answers(responses)[1], KeyError)


@pytest.mark.parametrize("signal_class", BOTH)
def test_asend_lists_sync_responses_first_but_starts_async_receivers_first(signal_class):
    signal = signal_class()
    order = []

    def sync_first(sender, **kwargs):
        order.append("sync_first")
        return "s"

    async def async_second(sender, **kwargs):
        order.append("async_second starts")
        return "a"

    signal.connect(sync_first)
    signal.connect(async_second)
    responses = in_a_thread(lambda: asyncio.run(signal.asend(sender=None)))
    assert answers(responses) == ["s", "a"]
    assert order == ["async_second starts", "sync_first"]


@pytest.mark.parametrize("signal_class", BOTH)
def test_asend_robust_returns_every_error_as_a_response(signal_class, caplog):
    signal = signal_class()

    def sync_broken(sender, **kwargs):
        raise ValueError("sync")

    async def async_broken(sender, **kwargs):
        raise ValueError("async")

    signal.connect(sync_broken)
    signal.connect(async_broken)
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        responses = in_a_thread(lambda: asyncio.run(signal.asend_robust(sender=None)))
    assert [str(error) for error in answers(responses)] == ["sync", "async"]
    assert len(caplog.records) == 2


def test_send_inside_a_running_loop_steps_async_receivers_in_turn_and_refuses_real_waits():
    signal = Signal()
    order = []

    def make(name):
        async def turn_taker(sender, **kwargs):
            order.append(f"{name} starts")
            await asyncio.sleep(0)
            order.append(f"{name} ends")
            return name
        return turn_taker

    async def waits(sender, **kwargs):
        await asyncio.sleep(0.01)

    first, second = make("first"), make("second")

    async def send_twice():
        stepped = answers(signal.send(sender=None))
        signal.connect(waits)
        with pytest.raises(RuntimeError, match="asend"):
            signal.send(sender=None)
        return stepped

    signal.connect(first)
    signal.connect(second)
    # As asyncio.gather's tasks do: each runs to its first bare yield, then each resumes.
    assert in_a_thread(lambda: asyncio.run(send_twice())) == ["first", "second"]
    assert order[:4] == ["first starts", "second starts", "first ends", "second ends"]


# Bad input


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_receiver_that_is_not_callable_is_refused(signal_class):
    with override_settings(DEBUG=True):  # Django checks only in DEBUG; signals_core always
        with pytest.raises(TypeError, match="^Signal receivers must be callable.$"):
            signal_class().connect("send_email")


@pytest.mark.parametrize("signal_class", BOTH)
def test_a_receiver_without_kwargs_is_refused(signal_class):
    with override_settings(DEBUG=True):
        with pytest.raises(ValueError, match=r"^Signal receivers must accept keyword arguments \(\*\*kwargs\).$"):
            signal_class().connect(lambda sender: None)


def test_signals_core_checks_receivers_even_without_debug():
    with pytest.raises(ValueError, match="keyword arguments"):
        Signal().connect(lambda sender: None)


# A fresh program


def test_reset_disconnects_everything_and_keeps_builtin_signals():
    post_save = builtin.post_save
    custom = Signal()
    custom.connect(make_receiver(1), weak=False)
    post_save.connect(make_receiver(1), weak=False)
    reset()
    assert custom.send(sender=None) == [] and post_save.send(sender=object) == []
    assert builtin.post_save is post_save


@pytest.mark.parametrize("signal_class", BOTH)
def test_with_use_caching_an_equal_sender_shares_the_cached_receivers(signal_class):
    """Django's sender cache is a WeakKeyDictionary, which compares keys by equality: once
    `this` has sent, an equal sender finds `this` one's receivers in the cache."""
    signal = signal_class(use_caching=True)

    class Key:
        def __eq__(self, other):
            return isinstance(other, Key)

        def __hash__(self):
            return 1

    this, equal_one = Key(), Key()
    signal.connect(make_receiver("for this one"), sender=this, weak=False)
    assert signal.send(sender=equal_one) == []  # not cached yet: matched by identity
    signal.sender_receivers_cache.clear()
    signal.send(sender=this)
    assert answers(signal.send(sender=equal_one)) == ["for this one"]
