"""`django.db.transaction`: atomic blocks, savepoints and on_commit, as Django runs them on a
database in autocommit mode (django/db/transaction.py and the connection's savepoint code).

The page's database is in memory (database.py), and its blocks behave as Django's:
- the outermost `atomic()` opens a transaction; a nested one makes a savepoint, unless it is
  `atomic(savepoint=False)`;
- an exception leaving a block rolls its rows back (to the savepoint, or the whole
  transaction), and drops the on_commit callbacks registered inside it; a block without a
  savepoint marks the whole transaction for rollback, and queries then fail until it ends;
- `on_commit(func)` calls `func` at once outside a block, and otherwise after the outermost
  block commits, in registration order; `robust=True` logs a callback's exception instead of
  raising it.
"""

from __future__ import annotations

import contextlib
import functools
import logging

from . import database
from .exceptions import TransactionManagementError, not_on_this_page

logger = logging.getLogger("django.db.backends.base")


def get_autocommit(using=None) -> bool:
    return not database.current.in_atomic_block


def get_rollback(using=None) -> bool:
    connection = database.current
    if not connection.in_atomic_block:
        raise TransactionManagementError(
            "The rollback flag doesn't work outside of an 'atomic' block.")
    return connection.needs_rollback


def set_rollback(rollback, using=None) -> None:
    """Make the current transaction roll back (or not) when its outermost block ends."""
    connection = database.current
    if not connection.in_atomic_block:
        raise TransactionManagementError(
            "The rollback flag doesn't work outside of an 'atomic' block.")
    connection.needs_rollback = rollback


@contextlib.contextmanager
def mark_for_rollback_on_error(using=None):
    """A failed write inside an atomic block leaves the transaction needing a rollback."""
    try:
        yield
    except Exception as exc:
        connection = database.current
        if connection.in_atomic_block:
            connection.needs_rollback = True
            connection.rollback_exc = exc
        raise


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
    connection = database.current
    if connection.in_atomic_block:
        connection.run_on_commit.append((set(connection.savepoint_ids), func, robust))
    else:
        _call(func, robust, during_transaction=False)


def _run_and_clear_commit_hooks(connection):
    callbacks, connection.run_on_commit = connection.run_on_commit, []
    while callbacks:
        _, func, robust = callbacks.pop(0)
        _call(func, robust, during_transaction=True)


class Atomic(contextlib.ContextDecorator):
    """`with atomic():` or `@atomic`: a transaction, or a savepoint inside another one."""

    _from_testcase = False   # True for the blocks a TestCase wraps its tests in (test_cases.py)

    def __init__(self, using=None, savepoint=True, durable=False):
        database.check_alias(using, f"using={using!r}")
        self.using = using
        self.savepoint = savepoint
        self.durable = durable

    def __enter__(self):
        connection = database.current
        if (self.durable and connection.atomic_blocks
                and not connection.atomic_blocks[-1]._from_testcase):
            raise RuntimeError(
                "A durable atomic block cannot be nested within another atomic block.")
        if connection.in_atomic_block:
            if self.savepoint and not connection.needs_rollback:
                connection.savepoint_ids.append(connection.savepoint())
            else:
                connection.savepoint_ids.append(None)
        else:
            connection.needs_rollback = False
            connection.in_atomic_block = True
        connection.atomic_blocks.append(self)

    def __exit__(self, exc_type, exc_value, traceback):
        connection = database.current
        connection.atomic_blocks.pop()
        outermost = not connection.savepoint_ids
        sid = None if outermost else connection.savepoint_ids.pop()
        if exc_type is None and not connection.needs_rollback:
            if outermost:
                connection.in_atomic_block = False
                connection.commit()
                _run_and_clear_commit_hooks(connection)
            elif sid is not None:
                connection.savepoint_commit(sid)
            return
        connection.needs_rollback = False
        if outermost:
            connection.in_atomic_block = False
            connection.rollback()
        elif sid is None:
            connection.needs_rollback = True   # no savepoint: the whole transaction goes
        else:
            connection.savepoint_rollback(sid)
            connection.savepoint_commit(sid)


def atomic(using=None, savepoint=True, durable=False):
    """`@atomic`, `@atomic(...)` or `with atomic(...):` (`using` names the database in Django)."""
    if callable(using):
        return Atomic(None, savepoint, durable)(using)
    return Atomic(using, savepoint, durable)


def non_atomic_requests(using=None):
    """A view decorator in Django; views run without ATOMIC_REQUESTS here, so it changes nothing."""
    if callable(using):
        return using
    return lambda view: view


def __getattr__(name):
    if name in {"savepoint", "savepoint_commit", "savepoint_rollback", "clean_savepoints",
                "commit", "rollback", "set_autocommit"}:
        raise not_on_this_page(f"transaction.{name}()", "manages a real database connection "
                               "by hand (use atomic() blocks, which nest as savepoints)")
    raise AttributeError(f"module 'django.db.transaction' has no attribute '{name}'")
