"""An opt-in record of what the dispatcher did: every send, and every receiver it called.

    trace.start()            # begin recording (the course page does this before every run)
    ...                      # the program sends signals
    trace.records()          # [{signal, sender, kwargs, robust, depth, caller, receivers}, ...]
    trace.records_json()     # the same, as a JSON string (read by the page's Dispatch trace)

Each send is one record, in the order sends started: `depth` is 0 for a send made by the
program, 1 for a send made from inside a receiver, and so on; `caller` is then the index, in
the enclosing send's `receivers`, of the receiver that made it. Each receiver call is
{name, where, result, error, ms, is_async}; `where` is "line N" for code run as the program
itself and "file.py:N" for code in a module. A signal is named by its built-in name, or by the
global name the sending code knows it by ("Signal" if none). Values are shown as short reprs,
taken when the call happens (or, for numbers, strings and other values that cannot change,
when the trace is read), so the trace never keeps the program's objects alive.

Records are appended before the receivers run, so a run that fails mid-send still shows what
happened up to the failure. Every send is recorded, including those that reach no receiver
(`receivers` is then empty): a page that says "save() sends pre_save and post_save" shows both,
heard or not. After MAX_RECORDS sends, further ones are only counted, in `dropped`. When not
recording, the dispatcher skips all of this: it checks `active` once per send.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import sys
import time
import weakref

MAX_RECORDS = 1000
active = False
dropped = 0
_records: list[SendRecord] = []
_signal_names: dict[int, tuple[weakref.ref, str]] = {}  # id(signal): (weakref to it, name)
# A send made inside a receiver must know which call is running, for its depth and caller.
# Sync calls nest: the sends whose receivers may still be running form a stack, and the one
# running now is the last call of the innermost send whose last call has not finished (kept
# lazily: finished sends are dropped only when the next send looks). Async receivers run side
# by side, so each notes its own call in a context variable (asyncio gives each task its own
# context). The deeper of the two is the innermost.
_open_sends: list[SendRecord] = []
_async_call: contextvars.ContextVar = contextvars.ContextVar("async_call", default=None)
_clock = time.perf_counter


def _short_repr(value, limit=80) -> str:
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _signal_name(signal) -> str:
    """A readable name: the built-in's own, or the global name the sending code gives it.

    Only globals are searched: reading a function's locals (frame.f_locals) would make the
    frame keep a copy of them, and so keep the program's objects alive."""
    name = getattr(signal, "name", None)
    if name:
        return name
    ref, name = _signal_names.get(id(signal), (None, None))
    if ref is not None and ref() is signal:
        return name
    frame = sys._getframe(2)
    while frame is not None and not name:
        name = next((key for key, value in list(frame.f_globals.items())
                     if value is signal and not key.startswith("_")), None)
        frame = frame.f_back
    name = name or "Signal"
    _signal_names[id(signal)] = (weakref.ref(signal), name)
    return name


def _where(code) -> str:
    if code is None:
        return ""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if code.co_filename.startswith("<") or code.co_filename == main_file:
        return f"line {code.co_firstlineno}"
    return f"{os.path.basename(code.co_filename)}:{code.co_firstlineno}"


# Values that keep nothing else alive and cannot change: a trace may hold them as they are
# and take their repr only when it is read. Of anything else it keeps the repr, taken at once.
_PLAIN_TYPES = frozenset({type(None), bool, int, float, str, bytes})


class _Repr(str):
    """A repr already taken (so not to be taken again when the trace is read)."""


def _kept(value):
    return value if type(value) in _PLAIN_TYPES else _Repr(_short_repr(value))


def _shown(value) -> str:
    return value if type(value) is _Repr else _short_repr(value)


def _new_call(receiver, is_async) -> list:
    """A new call entry for any callable (call() reads a function's or method's own
    attributes directly instead: faster, on the path every traced send takes)."""
    name = getattr(receiver, "__qualname__", None) or type(receiver).__qualname__
    return [name, getattr(receiver, "__code__", None), is_async, _clock(), None, None, None]


def _failed(entry, error):
    entry[4] = _clock()
    entry[6] = f"{type(error).__name__}: {error}"


def _call_as_dict(entry) -> dict:
    name, code, is_async, started, finished, result, error = entry
    ms = None if finished is None else round((finished - started) * 1000, 3)
    return {"name": name, "where": _where(code), "result": None if error else _shown(result),
            "error": error, "ms": ms, "is_async": is_async}


def _running_call():
    """(record, index) of the receiver call running now, or None at the top level."""
    while _open_sends and not (_open_sends[-1].calls and _open_sends[-1].calls[-1][4] is None):
        _open_sends.pop()
    sync_call = (_open_sends[-1], len(_open_sends[-1].calls) - 1) if _open_sends else None
    async_call = _async_call.get()
    if async_call is None or (sync_call is not None and sync_call[0].depth > async_call[0].depth):
        return sync_call
    return async_call


class SendRecord:
    """One send: the signal, sender and arguments, and the receiver calls in order.

    Each call is noted as a list (cheaper than an object, and this runs for every call):
    [name, code, is_async, started, finished, result, error]. The receiver's name and code are
    kept, never the receiver itself, so the trace does not keep it alive.
    """

    __slots__ = ("signal", "sender", "kwargs", "robust", "depth", "caller", "calls")

    def __init__(self, signal, sender, named, robust):
        parent = _running_call()
        self.signal = _signal_name(signal)
        self.sender = getattr(sender, "__name__", None) or _short_repr(sender)
        self.kwargs = named  # this send's own dict: kept as it is if all its values are plain
        for key, value in named.items():
            if type(value) not in _PLAIN_TYPES:
                self.kwargs = {key: _kept(value) for key, value in named.items()}
                break
        self.robust = robust
        self.depth = 0 if parent is None else parent[0].depth + 1
        self.caller = None if parent is None else parent[1]
        self.calls: list[list] = []

    def call(self, receiver, signal, sender, named):
        """Call a sync receiver as send() would, noting the call."""
        try:  # a function or a method: nearly always, and asked fastest this way
            entry = [receiver.__qualname__, receiver.__code__, False, _clock(), None, None, None]
        except AttributeError:
            entry = _new_call(receiver, is_async=False)
        self.calls.append(entry)
        try:
            result = receiver(signal=signal, sender=sender, **named)
        except BaseException as error:
            _failed(entry, error)
            raise
        entry[4] = _clock()
        entry[5] = result if type(result) in _PLAIN_TYPES else _kept(result)  # no call if plain
        return result

    async def call_async(self, receiver, signal, sender, named):
        """Await an async receiver as send() would, noting the call."""
        entry = _new_call(receiver, is_async=True)
        token = _async_call.set((self, len(self.calls)))
        self.calls.append(entry)
        try:
            result = await receiver(signal=signal, sender=sender, **named)
        except BaseException as error:
            _failed(entry, error)
            raise
        finally:
            _async_call.reset(token)
        entry[4] = _clock()
        entry[5] = _kept(result)
        return result

    def as_dict(self) -> dict:
        return {"signal": self.signal, "sender": self.sender,
                "kwargs": {key: _shown(value) for key, value in self.kwargs.items()},
                "robust": self.robust, "depth": self.depth, "caller": self.caller,
                "receivers": [_call_as_dict(entry) for entry in self.calls]}


def start_send(signal, sender, named, robust):
    """A new record for this send, or None if it is not to be recorded."""
    global dropped
    if len(_records) >= MAX_RECORDS:
        dropped += 1
        return None
    record = SendRecord(signal, sender, named, robust)
    _records.append(record)
    _open_sends.append(record)
    return record


def start():
    """Begin a new recording, dropping any previous one."""
    global active, dropped
    _records.clear()
    _open_sends.clear()
    _signal_names.clear()
    active, dropped = True, 0


def stop():
    """End the recording and forget its records."""
    global active
    active = False
    _records.clear()
    _open_sends.clear()


def pause():
    """Stop recording but keep what was recorded (the page does this before an exercise's
    hidden tests, whose sends would give them away)."""
    global active
    active = False


def records() -> list[dict]:
    """Every send recorded so far, as described in this module's docstring."""
    return [record.as_dict() for record in _records]


def records_json() -> str:
    return json.dumps(records())


@contextlib.contextmanager
def recording():
    """`with trace.recording() as records:` - once the block has ended, `records` holds every
    send made inside it."""
    start()
    found: list[dict] = []
    try:
        yield found
    finally:
        found.extend(records())
        stop()
