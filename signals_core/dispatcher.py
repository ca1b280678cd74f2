"""Django 5.2's `django.dispatch.Signal`, in plain Python: same API, same behaviour.

Where it differs from Django, and why (one line each):
- Receivers live in a dict keyed like Django's list, so connect and disconnect take O(1), not a
  scan of every receiver; `receivers` is a Django-shaped list built when read (assigning a new
  list replaces the receivers, as code that mutes signals does; editing the list in place does not).
- The receivers matching a sender are remembered until the receivers change (Django recomputes
  them on every send when `use_caching` is off); the result is the same, only faster. With
  `use_caching`, `sender_receivers_cache` has Django's keys, with values in this shape.
- Receivers are checked (callable, accepts **kwargs) on every connect, not only when DEBUG is
  on, and the check never keeps a weak receiver alive (Django's DEBUG check caches it).
- A weak receiver's death is noticed by its weak reference's callback, not by a
  `weakref.finalize`; the effect is Django's: it only flags the registry, the next call sweeps it.
- No threads (Pyodide): sync receivers that Django hands to a thread (`sync_to_async`) run
  inline, and send() inside a running event loop (always so in Pyodide, where Django's
  async_to_sync would refuse) steps async receivers by hand, taking turns at each bare
  `await asyncio.sleep(0)` as asyncio.gather's tasks do; one that waits for real I/O is refused.

Each send also tells signals_core.trace what it does while the trace is recording (the course
shows that as the Dispatch trace); when it is not, that costs one check per send.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import logging
import threading
import weakref

from . import trace

# Django's logger name, so a project's LOGGING setting for "django.dispatch" applies here too.
logger = logging.getLogger("django.dispatch")


def _make_id(target):
    """Identify a receiver or sender; a bound method by its instance and function, since each
    `obj.method` lookup makes a new bound-method object."""
    if hasattr(target, "__func__"):
        return (id(target.__self__), id(target.__func__))
    return id(target)


NONE_ID = _make_id(None)
# In `sender_receivers_cache`: "this sender has no receivers", so send() can stop at once.
NO_RECEIVERS = object()

# Every Signal ever created, so a fresh run can disconnect everything (see reset.py).
all_signals: weakref.WeakSet[Signal] = weakref.WeakSet()

# Django's test for async receivers (asgiref's): on Python 3.11, which Pyodide 0.25 runs, it
# also recognises functions marked with asgiref's `markcoroutinefunction`.
if hasattr(inspect, "markcoroutinefunction"):
    _is_async = inspect.iscoroutinefunction
else:
    _is_async = asyncio.iscoroutinefunction


def _check_receiver(receiver):
    """Refuse, with Django's messages, a receiver that could not be called by send()."""
    if not callable(receiver):
        raise TypeError("Signal receivers must be callable.")
    try:
        parameters = inspect.signature(receiver).parameters.values()
    except (TypeError, ValueError):  # no signature to read (some built-ins): let it through
        return
    if not any(parameter.kind is parameter.VAR_KEYWORD for parameter in parameters):
        raise ValueError("Signal receivers must accept keyword arguments (**kwargs).")


class Signal:
    """A signal that any number of receivers can connect to.

    Internal attributes:
        _registry: {(receiver id, sender id): (receiver or weak reference to it, is_async)},
            in connection order.
        _by_sender_id: {sender id: ([sync references], [async references])}, the registry
            entries that match a sender, kept until the registry changes.
    """

    def __init__(self, use_caching=False):
        """use_caching: also remember each sender's receivers in `sender_receivers_cache`,
        keyed by the sender itself (weakly), as Django's model signals do."""
        self._registry = {}
        self._by_sender_id = {}
        self.lock = threading.Lock()
        self.use_caching = use_caching
        self.sender_receivers_cache = weakref.WeakKeyDictionary() if use_caching else {}
        self._dead_receivers = False
        all_signals.add(self)

    @property
    def receivers(self):
        """Django's shape: [(lookup_key, receiver or weak reference, is_async), ...]."""
        return [(key, ref, is_async) for key, (ref, is_async) in self._registry.items()]

    @receivers.setter
    def receivers(self, entries):
        # Like assigning Django's list: sender_receivers_cache is left for the caller to clear.
        with self.lock:
            self._registry = {key: (ref, is_async) for key, ref, is_async in entries}
            self._by_sender_id.clear()

    # --8<-- [start:connect]
    def connect(self, receiver, sender=None, weak=True, dispatch_uid=None):
        """Connect `receiver` to this signal.

        receiver: a function or method, sync or async, that accepts keyword arguments.
        sender: call the receiver only when this object sends (matched by identity);
            None means any sender.
        weak: hold the receiver through a weak reference, so it disappears with its owner.
        dispatch_uid: a unique id; a second connect with the same id (and sender) is ignored.
        """
        _check_receiver(receiver)
        receiver_id = dispatch_uid if dispatch_uid else _make_id(receiver)
        lookup_key = (receiver_id, _make_id(sender))
        is_async = _is_async(receiver)
        # `receiver` stays referenced until we return: an owner that died in here would be
        # flagged, then swept before its entry exists, and that dead entry would stay.
        held = self._weak_reference(receiver) if weak else receiver
        with self.lock:
            self._clear_dead_receivers()
            self._registry.setdefault(lookup_key, (held, is_async))
            self._forget_matches()
    # --8<-- [end:connect]

    # --8<-- [start:weak_references]
    def _weak_reference(self, receiver):
        """A weak reference to `receiver` whose death only flags the registry; the next
        connect, disconnect or send sweeps it. (The callback may run in the middle of one of
        those, under the lock, so it must not touch the registry itself.)"""
        if hasattr(receiver, "__self__") and hasattr(receiver, "__func__"):
            # `obj.method` is a new object each time: follow the instance and the function.
            return weakref.WeakMethod(receiver, self._remove_receiver)
        return weakref.ref(receiver, self._remove_receiver)

    def _remove_receiver(self, receiver=None):
        self._dead_receivers = True

    def _clear_dead_receivers(self):
        """Drop dead receivers from the registry. As in Django, sender_receivers_cache keeps
        its entries: a dead receiver's reference returns None, which is skipped when sending.
        The caller holds the lock."""
        if self._dead_receivers:
            self._dead_receivers = False
            self._registry = {
                key: (ref, is_async) for key, (ref, is_async) in self._registry.items()
                if not (isinstance(ref, weakref.ReferenceType) and ref() is None)
            }
            self._by_sender_id.clear()
    # --8<-- [end:weak_references]

    def _forget_matches(self):
        """The registry changed: every remembered "receivers for this sender" is stale."""
        self._by_sender_id.clear()
        self.sender_receivers_cache.clear()

    def disconnect(self, receiver=None, sender=None, dispatch_uid=None):
        """Disconnect a receiver; return True if it was connected.

        receiver: the receiver to disconnect (None when giving dispatch_uid).
        sender: the sender it was connected for (None if connected for any sender).
        dispatch_uid: the unique id it was connected with.
        """
        receiver_id = dispatch_uid if dispatch_uid else _make_id(receiver)
        with self.lock:
            self._clear_dead_receivers()
            disconnected = self._registry.pop((receiver_id, _make_id(sender)), None) is not None
            self._forget_matches()
        return disconnected

    def has_listeners(self, sender=None):
        """Whether any live receiver would be called if `sender` sent now."""
        sync_receivers, async_receivers = self._live_receivers(sender)
        return bool(sync_receivers) or bool(async_receivers)

    # --8<-- [start:send]
    def send(self, sender, **named):
        """Call every receiver for `sender` now; return [(receiver, response), ...].

        Sync receivers run first, in connection order, then async ones, together
        (asyncio.gather). An exception from a receiver stops the send and reaches the caller.
        named: the keyword arguments each receiver gets, with `signal` and `sender`.
        """
        return self._send(sender, named, robust=False)

    def _send(self, sender, named, robust):
        """send(), or send_robust() when `robust`: find the live receivers, call each one."""
        # The record of this send for the course's Dispatch trace: None unless it is recording.
        record = trace.start_send(self, sender, named, robust) if trace.active else None
        if not self._registry or self.sender_receivers_cache.get(sender) is NO_RECEIVERS:
            return []
        sync_receivers, async_receivers = self._live_receivers(sender)
        responses = self._call_sync(sync_receivers, sender, named, record, robust)
        if async_receivers:
            coroutines = [self._call_async(r, sender, named, record, robust)
                          for r in async_receivers]
            responses += zip(async_receivers, _run_to_completion(coroutines))
        return responses
    # --8<-- [end:send]

    def send_robust(self, sender, **named):
        """Like send(), but an Exception from a receiver does not stop the others: it is
        logged (logger "django.dispatch") and returned as that receiver's response."""
        return self._send(sender, named, robust=True)

    async def asend(self, sender, **named):
        """send() for async code: the sync receivers (one after another) and the async ones
        are gathered together; responses list the sync receivers first."""
        return await self._asend(sender, named, robust=False)

    async def asend_robust(self, sender, **named):
        """send_robust() for async code, grouped as asend() groups receivers."""
        return await self._asend(sender, named, robust=True)

    async def _asend(self, sender, named, robust):
        record = trace.start_send(self, sender, named, robust) if trace.active else None
        if not self._registry or self.sender_receivers_cache.get(sender) is NO_RECEIVERS:
            return []
        sync_receivers, async_receivers = self._live_receivers(sender)

        async def sync_send():
            return self._call_sync(sync_receivers, sender, named, record, robust)

        responses, async_responses = await asyncio.gather(
            sync_send(),
            asyncio.gather(*(self._call_async(r, sender, named, record, robust)
                             for r in async_receivers)),
        )
        return responses + list(zip(async_receivers, async_responses))

    def _call_sync(self, receivers, sender, named, record, robust):
        """Call sync receivers in order: [(receiver, response), ...]. Through the trace's
        record when it is recording, so it can note each call."""
        responses = []
        for receiver in receivers:
            try:
                if record is None:
                    response = receiver(signal=self, sender=sender, **named)
                else:
                    response = record.call(receiver, self, sender, named)
            except Exception as err:
                if not robust:
                    raise
                self._log_robust_failure(receiver, err)
                response = err
            responses.append((receiver, response))
        return responses

    def _call_async(self, receiver, sender, named, record, robust=False):
        """The coroutine that runs one async receiver."""
        if robust:
            return self._await_robustly(receiver, sender, named, record)
        if record is None:
            return receiver(signal=self, sender=sender, **named)
        return record.call_async(receiver, self, sender, named)

    async def _await_robustly(self, receiver, sender, named, record):
        """An async receiver's response, or its Exception, logged as send_robust() does."""
        try:
            return await self._call_async(receiver, sender, named, record)
        except Exception as err:
            self._log_robust_failure(receiver, err)
            return err

    def _log_robust_failure(self, receiver, err):
        logger.error(
            "Error calling %s in Signal.send_robust() (%s)",
            receiver.__qualname__, err, exc_info=err,
        )

    # --8<-- [start:live_receivers]
    def _live_receivers(self, sender):
        """The receivers to call for `sender` (those connected for it or for any sender),
        weak references resolved and dead ones skipped, as (sync list, async list)."""
        if self._dead_receivers:
            matches = None  # remembered matches may hold dead receivers: look again
        elif self.use_caching:
            matches = self.sender_receivers_cache.get(sender)
            if matches is NO_RECEIVERS:
                return [], []
        else:
            matches = self._by_sender_id.get(_make_id(sender))
        if matches is None:
            with self.lock:
                self._clear_dead_receivers()
                matches = self._matches(_make_id(sender))
                if self.use_caching:
                    self.sender_receivers_cache[sender] = matches if any(matches) else NO_RECEIVERS
        sync_references, async_references = matches
        return _resolve(sync_references), _resolve(async_references)

    def _matches(self, sender_id):
        """([sync references], [async references]) connected for `sender_id` or any sender;
        computed once, then remembered until the registry changes. The caller holds the lock."""
        matches = self._by_sender_id.get(sender_id)
        if matches is None:
            matches = ([], [])
            for (_, receiver_sender_id), (ref, is_async) in self._registry.items():
                if receiver_sender_id == NONE_ID or receiver_sender_id == sender_id:
                    matches[is_async].append(ref)
            self._by_sender_id[sender_id] = matches
        return matches
    # --8<-- [end:live_receivers]

    def _disconnect_all(self):
        with self.lock:
            self._registry.clear()
            self._forget_matches()


def _resolve(references):
    """The receivers behind `references`: weak references followed, collected ones skipped."""
    receivers = []
    for ref in references:
        if isinstance(ref, weakref.ReferenceType):
            ref = ref()
            if ref is None:  # collected; the next connect, disconnect or send sweeps it
                continue
        receivers.append(ref)
    return receivers


def _run_to_completion(coroutines):
    """Run async receivers' coroutines from sync code; return their results in order.

    With no event loop running here, they run concurrently in a new one (asyncio.gather),
    as Django runs them. With one running (always so in Pyodide), they are stepped by hand.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_gather(coroutines))
    return _step_by_hand(coroutines)


async def _gather(coroutines):
    return await asyncio.gather(*coroutines)


def _step_by_hand(coroutines):
    """Run coroutines without an event loop, each in its own context as a task would be,
    taking turns at each bare yield (`await asyncio.sleep(0)`) in asyncio.gather's order."""
    results = [None] * len(coroutines)
    waiting = [(index, coroutine, contextvars.copy_context())
               for index, coroutine in enumerate(coroutines)]
    try:
        while waiting:
            still_waiting = []
            for index, coroutine, context in waiting:
                try:
                    awaited = context.run(coroutine.send, None)
                except StopIteration as done:
                    results[index] = done.value
                    continue
                if awaited is not None:
                    raise RuntimeError(
                        "send() cannot wait for an async receiver that awaits real I/O while "
                        "an event loop is running here; use `await signal.asend(...)` instead."
                    )
                still_waiting.append((index, coroutine, context))
            waiting = still_waiting
    finally:
        for coroutine in coroutines:
            coroutine.close()
    return results


def receiver(signal, **kwargs):
    """Decorator: connect the function to `signal`, or to each signal of a list or tuple,
    with connect()'s keyword arguments (sender, weak, dispatch_uid).

        @receiver(post_save, sender=MyModel)
        def on_save(sender, **kwargs): ...
    """

    def _decorator(func):
        for one_signal in signal if isinstance(signal, (list, tuple)) else [signal]:
            one_signal.connect(func, **kwargs)
        return func

    return _decorator
