"""An opt-in record of what the dispatcher did: every send, and every receiver it called.

Off by default and then nearly free: `start_send` returns None and `call` just calls. Records
are appended before the receivers run, so a run that fails mid-send still shows what happened.
"""

from __future__ import annotations

import contextlib
import sys
import time

MAX_RECORDS = 500
_records: list[dict] | None = None
dropped = 0


def _short_repr(value, limit=80) -> str:
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def signal_name(signal) -> str:
    """A readable name: the built-in's own, or the variable the sending code binds it to."""
    name = getattr(signal, "name", None)
    if name:
        return name
    frame = sys._getframe(1)
    while frame is not None:
        for namespace in (frame.f_locals, frame.f_globals):
            for key, value in list(namespace.items()):
                if value is signal and key not in ("self", "signal") and not key.startswith("_"):
                    return key
        frame = frame.f_back
    return "Signal"


def start_send(signal, sender, named, robust):
    global dropped
    if _records is None:
        return None
    if len(_records) >= MAX_RECORDS:
        dropped += 1
        return None
    record = {
        "signal": signal_name(signal),
        "sender": getattr(sender, "__name__", None) or _short_repr(sender),
        "kwargs": {key: _short_repr(value) for key, value in named.items()},
        "robust": robust,
        "receivers": [],
    }
    _records.append(record)
    return record


def call(record, receiver, signal, sender, named):
    """Call one receiver, noting its result, exception and duration when tracing."""
    if record is None:
        return receiver(signal=signal, sender=sender, **named)
    code = getattr(receiver, "__code__", None) or getattr(
        getattr(receiver, "__func__", None), "__code__", None
    )
    entry = {
        "name": getattr(receiver, "__qualname__", _short_repr(receiver)),
        "where": f"line {code.co_firstlineno}" if code else "",
        "result": None,
        "error": None,
        "ms": None,
    }
    record["receivers"].append(entry)
    started = time.perf_counter()
    try:
        result = receiver(signal=signal, sender=sender, **named)
    except BaseException as exc:
        entry["error"] = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        entry["ms"] = round((time.perf_counter() - started) * 1000, 3)
    entry["result"] = _short_repr(result)
    return result


def start():
    """Begin a new recording (dropping any previous one)."""
    global _records, dropped
    _records, dropped = [], 0


def stop() -> list[dict]:
    """End the recording and return its records."""
    global _records
    records, _records = _records or [], None
    return records


def records() -> list[dict]:
    return list(_records or [])


@contextlib.contextmanager
def recording():
    """`with recording() as records:` — records holds every send made inside the block."""
    start()
    try:
        yield _records
    finally:
        stop()
