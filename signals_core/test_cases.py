"""`django.test`'s test cases, the page's stand-in: SimpleTestCase, TransactionTestCase and
TestCase as Django 5.2 runs them (django/test/testcases.py), on the page's one database.

- Set-up and clean-up run from `__call__`, as in Django, so a test case need not call
  `super().setUp()`; before each test the mail outbox is emptied.
- SimpleTestCase: a test that touches the database fails, unless the case lists "default" in
  `databases`.
- TransactionTestCase: tests run in autocommit, as a program does, so on_commit callbacks run at
  each commit; after each test every table is emptied (Django's flush, which keeps automatic
  keys counting; the post_migrate signal it also sends is left out: the page has no migrations).
- TestCase: the class runs inside one transaction, opened in setUpClass (setUpTestData's rows
  live in it), and each test in an atomic block that is rolled back at its end. Nothing ever
  commits, so on_commit callbacks never run: `captureOnCommitCallbacks()` lists the ones
  registered in its block, and runs them with `execute=True`.

Fixtures, `reset_sequences`, `available_apps` and the test client are not on this page.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import unittest
from copy import deepcopy
from unittest import mock

from . import database, django_compat, transaction
from .database import DEFAULT_DB_ALIAS

logger = logging.getLogger("django.test")


class DatabaseOperationForbidden(AssertionError):
    pass


class SimpleTestCase(unittest.TestCase):
    databases = set()
    _pre_setup_ran_eagerly = False

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for alias in cls.databases:
            database.check_alias(alias, f"{cls.__qualname__}.databases = {cls.databases!r}")
        if DEFAULT_DB_ALIAS not in cls.databases:
            cls.enterClassContext(mock.patch.object(
                database.Database, "table", _forbidden(cls)))

    def __call__(self, result=None):
        """Django's _setup_and_call: pre-setup, the test, post-teardown, each failure of the
        first and last reported as an error of the test; a skipped test gets neither."""
        test_method = getattr(self, self._testMethodName)
        skipped = (getattr(type(self), "__unittest_skip__", False)
                   or getattr(test_method, "__unittest_skip__", False))
        if not skipped:
            try:
                if type(self)._pre_setup_ran_eagerly:
                    type(self)._pre_setup_ran_eagerly = False
                else:
                    self._pre_setup()
            except Exception:
                result.addError(self, sys.exc_info())
                return
        super().__call__(result)
        if not skipped:
            try:
                self._post_teardown()
            except Exception:
                result.addError(self, sys.exc_info())

    @classmethod
    def _pre_setup(cls):
        django_compat._mail_module.outbox = []

    def _post_teardown(self):
        pass


def _forbidden(case):
    message = (f"Database queries to 'default' are not allowed in SimpleTestCase subclasses. "
               f"Either subclass TestCase or TransactionTestCase to ensure proper test "
               f"isolation or add 'default' to {case.__module__}.{case.__qualname__}.databases "
               f"to silence this failure.")

    def table(self, model):
        raise DatabaseOperationForbidden(message)
    return table


class TransactionTestCase(SimpleTestCase):
    databases = {DEFAULT_DB_ALIAS}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not issubclass(cls, TestCase):
            cls._pre_setup()
            cls._pre_setup_ran_eagerly = True

    def _post_teardown(self):
        self._fixture_teardown()
        super()._post_teardown()

    def _fixture_teardown(self):
        """Django's flush: delete every row; the automatic keys go on counting."""
        connection = database.current
        for model, table in list(connection.tables.items()):
            for pk in list(table):
                connection.delete(model, pk)


class TestData:
    """An attribute set in setUpTestData: each test gets its own deep copy, as in Django."""

    def __init__(self, name, data):
        self.name = name
        self.data = data

    def __get__(self, instance, owner):
        if instance is None:
            return self.data
        memo = instance.__dict__.setdefault("_testdata_memo", {})
        data = deepcopy(self.data, memo)
        setattr(instance, self.name, data)
        return data


class TestCase(TransactionTestCase):

    @classmethod
    def _enter_atomics(cls):
        atomic = transaction.atomic()
        atomic._from_testcase = True   # a durable block may open inside it, as in Django
        atomic.__enter__()
        return atomic

    @classmethod
    def _rollback_atomics(cls, atomic):
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_atomics = cls._enter_atomics()
        pre_attrs = cls.__dict__.copy()
        try:
            cls.setUpTestData()
        except Exception:
            cls._rollback_atomics(cls.cls_atomics)
            raise
        for name, value in cls.__dict__.items():
            if value is not pre_attrs.get(name):
                setattr(cls, name, TestData(name, value))

    @classmethod
    def tearDownClass(cls):
        cls._rollback_atomics(cls.cls_atomics)
        super().tearDownClass()

    @classmethod
    def setUpTestData(cls):
        """Rows made here are made once for the class, in its transaction."""

    @classmethod
    def _pre_setup(cls):
        super()._pre_setup()
        cls.atomics = cls._enter_atomics()

    def _fixture_teardown(self):
        self._rollback_atomics(self.atomics)

    @classmethod
    @contextlib.contextmanager
    def captureOnCommitCallbacks(cls, *, using=DEFAULT_DB_ALIAS, execute=False):
        """The on_commit callbacks registered inside the block, in a list; with execute=True,
        also run them as the block ends, and then those they register, until none is added."""
        database.check_alias(using, f"captureOnCommitCallbacks(using={using!r})")
        callbacks = []
        start_count = len(database.current.run_on_commit)
        try:
            yield callbacks
        finally:
            while True:
                callback_count = len(database.current.run_on_commit)
                for _, callback, robust in database.current.run_on_commit[start_count:]:
                    callbacks.append(callback)
                    if execute:
                        _run(callback, robust)
                if callback_count == len(database.current.run_on_commit):
                    break
                start_count = callback_count


def _run(callback, robust):
    if not robust:
        callback()
        return
    try:
        callback()
    except Exception as error:
        logger.error(f"Error calling {callback.__qualname__} in on_commit() (%s).", error,
                     exc_info=True)
