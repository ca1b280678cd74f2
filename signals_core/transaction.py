"""`django.db.transaction`: `atomic()` and `on_commit()`, as Django runs them in autocommit mode.

There is no database here, so a block "commits" by exiting without an exception. What the
course relies on is the timing of `on_commit` callbacks, which matches Django's:
- with no atomic block open, `on_commit(func)` calls `func` at once;
- inside one, `func` waits until the outermost block exits without an exception;
- an exception leaving a block drops the callbacks registered inside it (a nested block is a
  savepoint: the outer block's own callbacks survive if the exception is caught).
"""

from __future__ import annotations

import functools
import logging

logger = logging.getLogger("django.db.backends.base")


class TransactionManagementError(Exception):
    pass


class _State:
    """The open atomic blocks: one list of pending callbacks per block, outermost first."""

    def __init__(self):
        self.blocks: list[list] = []
        self.needs_rollback = False

    def clear(self):
        self.blocks.clear()
        self.needs_rollback = False


_state = _State()


def _call(func, robust, during_transaction):
    if not robust:
        func()
        return
    try:
        func()
    except Exception as err:
        during = " during transaction" if during_transaction else ""
        logger.error(f"Error calling {func.__qualname__} in on_commit(){during} (%s).", err,
                     exc_info=True)


def on_commit(func, using=None, robust=False):
    """Call `func` when the current transaction commits; never if it is rolled back."""
    if not callable(func):
        raise TypeError("on_commit()'s callback must be a callable.")
    if _state.blocks:
        _state.blocks[-1].append((func, robust))
    else:
        _call(func, robust, during_transaction=False)


class Atomic:
    """`with atomic():` or `@atomic`: a transaction, or a savepoint inside another one."""

    def __init__(self, savepoint=True, durable=False):
        self.savepoint = savepoint
        self.durable = durable

    def __enter__(self):
        if self.durable and _state.blocks:
            raise RuntimeError("A durable atomic block cannot be nested within another atomic block.")
        if not _state.blocks:
            _state.needs_rollback = False
        _state.blocks.append([])

    def __exit__(self, exc_type, exc_value, traceback):
        callbacks = _state.blocks.pop()
        failed = exc_type is not None
        if failed and not self.savepoint and _state.blocks:
            _state.needs_rollback = True  # no savepoint to roll back to: the whole transaction goes
        if _state.blocks:
            if not failed:
                _state.blocks[-1].extend(callbacks)
            return
        if failed or _state.needs_rollback:
            _state.needs_rollback = False
            return
        for func, robust in callbacks:
            _call(func, robust, during_transaction=True)

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            with Atomic(self.savepoint, self.durable):
                return func(*args, **kwargs)
        return inner


def atomic(using=None, savepoint=True, durable=False):
    """`@atomic`, `@atomic(...)` or `with atomic(...):` (`using` names the database in Django)."""
    if callable(using):
        return Atomic(savepoint, durable)(using)
    return Atomic(savepoint, durable)


def clear():
    """Forget open blocks and pending callbacks (a fresh program starts outside any block)."""
    _state.clear()
