"""Django 5.2's `django.dispatch.Signal`, in plain Python.

Same API and behaviour as Django's dispatcher, with two differences a learner may notice:
receivers live in a dict keyed by (receiver id, sender id), so connect and disconnect are O(1)
instead of a scan of every receiver; and receivers are checked (callable, accepts **kwargs) on
every connect, not only when DEBUG is on. Without threads (Pyodide), sync receivers that Django
would hand to a thread run inline, and send() runs async receivers one after the other.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import weakref

logger = logging.getLogger("signals_core")


def _make_id(target):
    """Identify a receiver or sender; a bound method by its instance and function."""
    if hasattr(target, "__func__"):
        return (id(target.__self__), id(target.__func__))
    return id(target)


NONE_ID = _make_id(None)
NO_RECEIVERS = object()

# Every Signal ever created, so a fresh run can disconnect everything (see reset.py).
all_signals: "weakref.WeakSet[Signal]" = weakref.WeakSet()


def _accepts_kwargs(func) -> bool:
    try:
        parameters = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(p.kind is p.VAR_KEYWORD for p in parameters)


def _is_async(func) -> bool:
    return inspect.iscoroutinefunction(func) or getattr(func, "_is_coroutine", None) is getattr(
        asyncio.coroutines, "_is_coroutine", object()
    )


async def _gather(coroutines):
    return await asyncio.gather(*coroutines)


async def _one_after_another(coroutines):
    return [await coroutine for coroutine in coroutines]


def _run_all(coroutines):
    """Run async receivers' coroutines from sync code and return their results in order.

    With no event loop, they run concurrently (asyncio.gather), as Django runs them. With one
    already running (always so in Pyodide, where there is no thread to hand them to), they are
    stepped by hand, one after the other.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        loop_running = False
    else:
        loop_running = True
    if not loop_running:
        return asyncio.run(_gather(coroutines))
    stepped = _one_after_another(coroutines)
    try:
        while True:
            if stepped.send(None) is not None:
                stepped.close()
                raise RuntimeError(
                    "send() cannot wait for an async receiver that awaits real I/O while an "
                    "event loop is running here; use `await signal.asend(...)` instead."
                )
    except StopIteration as done:
        return done.value


class Signal:
    """A signal that any number of receivers can connect to.

    receivers: {lookup_key: (receiver or weak reference to it, is_async)}, in connection order.
    """

    def __init__(self, use_caching=False):
        self._registry = {}
        self.lock = threading.Lock()
        self.use_caching = use_caching
        # Django keys this cache by sender; a weak dict never keeps a sender alive.
        self.sender_receivers_cache = weakref.WeakKeyDictionary() if use_caching else {}
        self._dead_receivers = False
        all_signals.add(self)

    @property
    def receivers(self):
        """Django's list shape: [(lookup_key, receiver_or_ref, is_async), ...]."""
        return [(key, ref, is_async) for key, (ref, is_async) in self._registry.items()]

    # --8<-- [start:connect]
    def connect(self, receiver, sender=None, weak=True, dispatch_uid=None):
        """Connect `receiver` to this signal, for `sender` only or (None) for any sender.

        weak: hold the receiver through a weak reference, so it disappears with its owner.
        dispatch_uid: a unique id; a second connect with the same id is ignored.
        """
        if not callable(receiver):
            raise TypeError("Signal receivers must be callable.")
        if not _accepts_kwargs(receiver):
            raise ValueError("Signal receivers must accept keyword arguments (**kwargs).")
        receiver_id = dispatch_uid if dispatch_uid else _make_id(receiver)
        lookup_key = (receiver_id, _make_id(sender))
        is_async = _is_async(receiver)
        # `receiver` stays referenced until we return: an owner that died in here would be
        # flagged, then swept before its entry exists, and that dead entry would stay.
        held = self._weak_reference(receiver) if weak else receiver
        with self.lock:
            self._clear_dead_receivers()
            self._registry.setdefault(lookup_key, (held, is_async))
            self.sender_receivers_cache.clear()
    # --8<-- [end:connect]

    # --8<-- [start:weak_references]
    def _weak_reference(self, receiver):
        """A weak reference whose death only flags the registry: the next call sweeps it."""
        if hasattr(receiver, "__self__") and hasattr(receiver, "__func__"):
            ref, owner = weakref.WeakMethod(receiver), receiver.__self__
        else:
            ref, owner = weakref.ref(receiver), receiver
        weakref.finalize(owner, self._remove_receiver)
        return ref

    def _remove_receiver(self, receiver=None):
        self._dead_receivers = True

    def _clear_dead_receivers(self):
        if self._dead_receivers:
            self._dead_receivers = False
            self._registry = {
                key: entry for key, entry in self._registry.items()
                if not (isinstance(entry[0], weakref.ReferenceType) and entry[0]() is None)
            }
    # --8<-- [end:weak_references]

    def disconnect(self, receiver=None, sender=None, dispatch_uid=None):
        """Disconnect a receiver (or the one with `dispatch_uid`); True if one was connected."""
        receiver_id = dispatch_uid if dispatch_uid else _make_id(receiver)
        with self.lock:
            self._clear_dead_receivers()
            disconnected = self._registry.pop((receiver_id, _make_id(sender)), None) is not None
            self.sender_receivers_cache.clear()
        return disconnected

    def has_listeners(self, sender=None):
        sync_receivers, async_receivers = self._live_receivers(sender)
        return bool(sync_receivers) or bool(async_receivers)

    # --8<-- [start:send]
    def send(self, sender, **named):
        """Call every receiver now, in this thread; return [(receiver, response), ...].

        Sync receivers run first, in connection order, then async ones together. A receiver's
        exception stops the send and reaches the caller.
        """
        if not self._registry or self.sender_receivers_cache.get(sender) is NO_RECEIVERS:
            return []
        from . import trace
        sync_receivers, async_receivers = self._live_receivers(sender)
        record = trace.start_send(self, sender, named, robust=False)
        responses = [
            (receiver, trace.call(record, receiver, self, sender, named))
            for receiver in sync_receivers
        ]
        if async_receivers:
            results = _run_all(
                [receiver(signal=self, sender=sender, **named) for receiver in async_receivers]
            )
            responses.extend(zip(async_receivers, results))
        return responses
    # --8<-- [end:send]

    def send_robust(self, sender, **named):
        """Like send(), but a receiver's Exception is logged and returned as its response."""
        if not self._registry or self.sender_receivers_cache.get(sender) is NO_RECEIVERS:
            return []
        from . import trace
        sync_receivers, async_receivers = self._live_receivers(sender)
        record = trace.start_send(self, sender, named, robust=True)
        responses = []
        for receiver in sync_receivers:
            try:
                response = trace.call(record, receiver, self, sender, named)
            except Exception as err:
                self._log_robust_failure(receiver, err)
                response = err
            responses.append((receiver, response))
        if async_receivers:
            results = _run_all([self._await_robustly(r, sender, named) for r in async_receivers])
            responses.extend(zip(async_receivers, results))
        return responses

    async def asend(self, sender, **named):
        """Async send(): sync receivers (run inline here), then async ones, gathered."""
        if not self._registry or self.sender_receivers_cache.get(sender) is NO_RECEIVERS:
            return []
        sync_receivers, async_receivers = self._live_receivers(sender)
        responses = [
            (receiver, receiver(signal=self, sender=sender, **named)) for receiver in sync_receivers
        ]
        async_responses = await asyncio.gather(
            *(receiver(signal=self, sender=sender, **named) for receiver in async_receivers)
        )
        return responses + list(zip(async_receivers, async_responses))

    async def asend_robust(self, sender, **named):
        """Async send_robust()."""
        if not self._registry or self.sender_receivers_cache.get(sender) is NO_RECEIVERS:
            return []
        sync_receivers, async_receivers = self._live_receivers(sender)
        responses = []
        for receiver in sync_receivers:
            try:
                response = receiver(signal=self, sender=sender, **named)
            except Exception as err:
                self._log_robust_failure(receiver, err)
                response = err
            responses.append((receiver, response))
        async_responses = await asyncio.gather(
            *(self._await_robustly(r, sender, named) for r in async_receivers)
        )
        return responses + list(zip(async_receivers, async_responses))

    async def _await_robustly(self, receiver, sender, named):
        """An async receiver's response, or its Exception, logged as send_robust does."""
        try:
            return await receiver(signal=self, sender=sender, **named)
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
        """The receivers for `sender` (or for any sender), weak references resolved,
        split into (sync, async)."""
        receivers = None
        if self.use_caching and not self._dead_receivers:
            receivers = self.sender_receivers_cache.get(sender)
            if receivers is NO_RECEIVERS:
                return [], []
        if receivers is None:
            with self.lock:
                self._clear_dead_receivers()
                sender_id = _make_id(sender)
                receivers = [
                    entry for (_, r_sender_id), entry in self._registry.items()
                    if r_sender_id == NONE_ID or r_sender_id == sender_id
                ]
                if self.use_caching:
                    self.sender_receivers_cache[sender] = receivers or NO_RECEIVERS
        sync_receivers, async_receivers = [], []
        for receiver, is_async in receivers:
            if isinstance(receiver, weakref.ReferenceType):
                receiver = receiver()
                if receiver is None:
                    continue
            (async_receivers if is_async else sync_receivers).append(receiver)
        return sync_receivers, async_receivers
    # --8<-- [end:live_receivers]

    def _disconnect_all(self):
        with self.lock:
            self._registry.clear()
            self.sender_receivers_cache.clear()


def receiver(signal, **kwargs):
    """Decorator: connect the function to a signal (or each signal of a list/tuple)."""
    def _decorator(func):
        for one_signal in signal if isinstance(signal, (list, tuple)) else [signal]:
            one_signal.connect(func, **kwargs)
        return func
    return _decorator
