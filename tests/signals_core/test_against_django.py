"""Random sequences of dispatcher calls give the same results on signals_core and Django 5.2.

Each example builds a few receivers (plain functions and bound methods; one of them raises) and
a few senders, then runs one sequence of connect / disconnect / send / send_robust /
has_listeners / "delete a receiver and collect garbage" on a signals_core Signal and a Django
Signal side by side, with the very same receiver and sender objects. After every step the two
must agree on the result, on which receivers ran and in what order, and on the receiver list
(Django's lookup keys are built from object ids, so they are equal too).
"""

import gc
import logging
import weakref

from django.dispatch import Signal as DjangoSignal
from hypothesis import given, settings
from hypothesis import strategies as st

from signals_core import Signal

# Few receivers, senders and ids, so that a short sequence often reuses them: duplicates,
# clashing dispatch_uids and sender filters are where dispatchers differ.
RECEIVERS = 4  # receiver 0 raises ValueError; receiver 3 is a bound method
SENDERS = 2

receiver_index = st.integers(0, RECEIVERS - 1)
sender_index = st.one_of(st.none(), st.integers(0, SENDERS - 1))
dispatch_uid = st.sampled_from([None, "uid"])
connect = st.tuples(st.just("connect"), receiver_index, sender_index, st.booleans(), dispatch_uid)
step = st.one_of(
    connect,
    connect,  # twice as likely as the others, so that the signals have receivers to differ on
    st.tuples(st.just("disconnect"), receiver_index, sender_index, dispatch_uid),
    st.tuples(st.just("send"), st.integers(0, SENDERS - 1)),
    st.tuples(st.just("send_robust"), st.integers(0, SENDERS - 1)),
    st.tuples(st.just("has_listeners"), sender_index),
    st.tuples(st.just("delete"), receiver_index),
)


class Listener:
    def __init__(self, label):
        self.label = label

    def heard(self, sender, signal, **kwargs):
        kwargs["calls"].append(self.label)
        return self.label


def make_function(label):
    def receiver(sender, signal, **kwargs):
        kwargs["calls"].append(label)
        if label == "r0":
            raise ValueError(label)
        return label
    receiver.label = label
    return receiver


def make_receivers():
    """Fresh receivers: plain functions, and the objects whose `heard` method is a receiver."""
    return {index: make_function(f"r{index}") if index < 3 else Listener(f"r{index}")
            for index in range(RECEIVERS)}


def as_callable(owner):
    return owner.heard if isinstance(owner, Listener) else owner


def label_of(receiver):
    return getattr(receiver, "label", None) or receiver.__self__.label


def comparable(value):
    """An exception as its type and message; a send's responses as labels and values."""
    if isinstance(value, Exception):
        return (type(value).__name__, str(value))
    if isinstance(value, list):
        return [(label_of(receiver), comparable(response)) for receiver, response in value]
    return value


def call(signal, kind, arguments, owners, senders, calls):
    """Run one step's call on `signal`; return its result."""
    if kind == "connect":
        index, sender, weak, uid = arguments
        return signal.connect(as_callable(owners[index]), sender=senders.get(sender), weak=weak,
                              dispatch_uid=uid)
    if kind == "disconnect":
        index, sender, uid = arguments
        target = as_callable(owners[index]) if index in owners and not uid else None
        return signal.disconnect(target, sender=senders.get(sender), dispatch_uid=uid)
    if kind == "has_listeners":
        return signal.has_listeners(senders.get(arguments[0]))
    return getattr(signal, kind)(senders[arguments[0]], calls=calls)


def alive(ref):
    """Whether a receiver-list entry still reaches its receiver (weak references can die)."""
    return ref() is not None if isinstance(ref, weakref.ReferenceType) else True


def run_step(signals, owners, senders, action):
    """Run `action` on both signals; return each signal's (result, calls) pair."""
    kind, *arguments = action
    if kind == "delete":
        owners.pop(arguments[0], None)
        gc.collect(0)
        return [("deleted", [])] * len(signals)
    if kind == "connect" and arguments[0] not in owners:
        return [("gone", [])] * len(signals)
    results = []
    for signal in signals:
        calls = []
        try:
            result = comparable(call(signal, kind, arguments, owners, senders, calls))
        except Exception as error:  # both must fail alike, e.g. a sender cache needs weak references
            result = ("raised", comparable(error))
        results.append((result, calls))
    return results


@settings(max_examples=400, deadline=None)
@given(use_caching=st.booleans(), steps=st.lists(step, min_size=5, max_size=30))
def test_random_call_sequences_behave_as_in_django(use_caching, steps):
    owners = make_receivers()
    senders = {index: type(f"Sender{index}", (), {}) for index in range(SENDERS)}
    signals = [Signal(use_caching=use_caching), DjangoSignal(use_caching=use_caching)]
    quiet = [logging.getLogger("django.dispatch")]
    for logger in quiet:
        logger.disabled = True
    try:
        for number, action in enumerate(steps):
            core_result, django_result = run_step(signals, owners, senders, action)
            assert core_result == django_result, f"step {number}: {action}"
            core_keys, django_keys = ([(key, alive(ref)) for key, ref, _ in s.receivers]
                                      for s in signals)
            assert core_keys == django_keys, f"receiver lists differ after step {number}: {action}"
    finally:
        for logger in quiet:
            logger.disabled = False

