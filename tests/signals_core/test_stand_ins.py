"""The cache, transaction and Celery stand-ins behave as the real things the course shows.

Each behaviour is checked on the stand-in and on real Django 5.2 side by side, so a lesson
that relies on it teaches what Django does.
"""

import logging

import pytest
from django.core.cache import cache as django_cache
from django.db import transaction as django_transaction

from signals_core import cache as cache_module
from signals_core import celery_stand_in, install, reset
from signals_core import transaction as core_transaction

CACHES = [cache_module.cache, django_cache]
TRANSACTIONS = [core_transaction, django_transaction]


@pytest.fixture(autouse=True)
def empty_caches():
    for cache in CACHES:
        cache.clear()
    yield
    reset()


@pytest.mark.parametrize("cache", CACHES)
def test_cache_get_returns_what_set_stored_and_the_default_when_missing(cache):
    cache.set("greeting", "hello")
    assert cache.get("greeting") == "hello"
    assert cache.get("missing") is None and cache.get("missing", "fallback") == "fallback"


@pytest.mark.parametrize("cache", CACHES)
def test_cache_get_returns_a_copy_not_the_stored_object(cache):
    basket = ["apple"]
    cache.set("basket", basket)
    basket.append("pear")
    assert cache.get("basket") == ["apple"] and cache.get("basket") is not cache.get("basket")


@pytest.mark.parametrize("cache", CACHES)
def test_cache_delete_reports_whether_the_key_held_a_value(cache):
    cache.set("key", 1)
    assert cache.delete("key") is True
    assert cache.delete("key") is False and cache.get("key") is None


@pytest.mark.parametrize("cache", CACHES)
def test_cache_get_or_set_computes_a_callable_default_only_when_missing(cache):
    calls = []

    def compute():
        calls.append(1)
        return 42

    assert cache.get_or_set("answer", compute) == 42
    assert cache.get_or_set("answer", compute) == 42 and calls == [1]


@pytest.mark.parametrize("cache", CACHES)
def test_cache_add_incr_and_has_key(cache):
    assert cache.add("visits", 1) is True and cache.add("visits", 99) is False
    assert cache.incr("visits") == 2 and cache.decr("visits", 2) == 0
    assert cache.has_key("visits") and "visits" in cache and "other" not in cache
    with pytest.raises(ValueError, match="not found"):
        cache.incr("other")


@pytest.mark.parametrize("cache", CACHES)
def test_cache_timeout_zero_stores_nothing_and_none_keeps_forever(cache):
    cache.set("gone", 1, timeout=0)
    cache.set("kept", 1, timeout=None)
    assert cache.get("gone") is None and cache.get("kept") == 1


@pytest.mark.parametrize("cache", CACHES)
def test_cache_clear_empties_everything(cache):
    cache.set_many({"a": 1, "b": 2})
    assert cache.get_many(["a", "b", "c"]) == {"a": 1, "b": 2}
    cache.clear()
    assert cache.get_many(["a", "b"]) == {}


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_on_commit_outside_an_atomic_block_runs_at_once(transaction):
    calls = []
    transaction.on_commit(lambda: calls.append("ran"))
    assert calls == ["ran"]


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_on_commit_inside_atomic_waits_for_the_outermost_block(transaction):
    calls = []
    with transaction.atomic():
        transaction.on_commit(lambda: calls.append("outer"))
        with transaction.atomic():
            transaction.on_commit(lambda: calls.append("inner"))
        assert calls == []
    assert calls == ["outer", "inner"]


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_an_exception_leaving_atomic_drops_its_on_commit_callbacks(transaction):
    calls = []
    with pytest.raises(KeyError):
        with transaction.atomic():
            transaction.on_commit(lambda: calls.append("never"))
            raise KeyError("rolled back")
    transaction.on_commit(lambda: calls.append("later"))
    assert calls == ["later"]


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_a_caught_failure_in_a_nested_block_drops_only_its_own_callbacks(transaction):
    calls = []
    with transaction.atomic():
        transaction.on_commit(lambda: calls.append("outer"))
        with pytest.raises(ValueError):
            with transaction.atomic():
                transaction.on_commit(lambda: calls.append("inner"))
                raise ValueError
    assert calls == ["outer"]


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_a_failure_in_a_nested_block_without_savepoint_rolls_back_everything(transaction):
    calls = []
    with transaction.atomic():
        transaction.on_commit(lambda: calls.append("outer"))
        with pytest.raises(ValueError):
            with transaction.atomic(savepoint=False):
                raise ValueError
    assert calls == []


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_atomic_works_as_a_decorator_with_and_without_parentheses(transaction):
    calls = []

    @transaction.atomic
    def bare():
        transaction.on_commit(lambda: calls.append("bare"))
        assert calls == []
        return "bare result"

    @transaction.atomic()
    def called():
        transaction.on_commit(lambda: calls.append("called"))

    assert bare() == "bare result"
    called()
    assert calls == ["bare", "called"]


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_on_commit_refuses_something_not_callable(transaction):
    with pytest.raises(TypeError, match="on_commit\\(\\)'s callback must be a callable."):
        transaction.on_commit("send_email")


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_robust_on_commit_logs_the_error_and_runs_the_next_callback(transaction, caplog):
    calls = []

    def broken():
        raise RuntimeError("mail server down")

    with caplog.at_level(logging.ERROR, logger="django.db.backends.base"):
        with transaction.atomic():
            transaction.on_commit(broken, robust=True)
            transaction.on_commit(lambda: calls.append("next"))
    assert calls == ["next"]
    assert "Error calling" in caplog.text and "broken in on_commit() during transaction" in caplog.text


@pytest.mark.parametrize("transaction", TRANSACTIONS)
def test_a_durable_block_cannot_be_nested(transaction):
    with transaction.atomic():
        with pytest.raises(RuntimeError, match="durable atomic block cannot be nested"):
            with transaction.atomic(durable=True):
                pass


def test_reset_forgets_cached_values_queued_tasks_and_pending_callbacks():
    calls = []
    cache_module.cache.set("key", 1)
    task = celery_stand_in.shared_task(lambda: calls.append("task"))
    task.delay()
    block = core_transaction.atomic()
    block.__enter__()  # a program stopped inside an atomic block
    core_transaction.on_commit(lambda: calls.append("callback"))
    reset()
    core_transaction.on_commit(lambda: calls.append("after reset"))
    assert cache_module.cache.get("key") is None
    assert celery_stand_in.worker.run_pending() == 0
    assert calls == ["after reset"]


def test_install_registers_the_celery_stand_in_when_celery_is_missing():
    install()
    from celery import shared_task, worker

    assert shared_task is celery_stand_in.shared_task and worker is celery_stand_in.worker


def test_a_task_called_directly_runs_at_once():
    @celery_stand_in.shared_task
    def double(n):
        return n * 2

    assert double(4) == 8 and celery_stand_in.worker.pending() == []


def test_delay_queues_the_call_and_the_worker_runs_queued_calls_in_order():
    calls = []

    @celery_stand_in.shared_task
    def record(label, suffix=""):
        calls.append(label + suffix)
        return label

    first = record.delay("a", suffix="!")
    second = record.apply_async(args=["b"], kwargs={"suffix": "?"}, countdown=10)
    assert calls == [] and first.id != second.id and first.status == "PENDING"
    assert celery_stand_in.worker.pending() == ["record", "record"]
    assert celery_stand_in.worker.run_pending() == 2
    assert calls == ["a!", "b?"] and first.successful() and second.result == "b"


def test_a_task_queued_by_a_running_task_runs_in_the_same_worker_pass():
    calls = []

    @celery_stand_in.shared_task
    def second():
        calls.append("second")

    @celery_stand_in.shared_task
    def first():
        calls.append("first")
        second.delay()

    first.delay()
    assert celery_stand_in.worker.run_pending() == 2 and calls == ["first", "second"]


def test_a_failing_task_is_logged_and_the_worker_goes_on(caplog):
    calls = []

    @celery_stand_in.shared_task
    def broken():
        raise ValueError("no such user")

    @celery_stand_in.shared_task
    def fine():
        calls.append("fine")

    failed = broken.delay()
    fine.delay()
    with caplog.at_level(logging.ERROR, logger="celery"):
        assert celery_stand_in.worker.run_pending() == 2
    assert calls == ["fine"] and failed.status == "FAILURE"
    assert isinstance(failed.result, ValueError) and "broken" in caplog.text


def test_a_bound_task_receives_itself_first():
    @celery_stand_in.shared_task(bind=True)
    def named(self, greeting):
        return f"{greeting} from {self.name}"

    assert named("hi") == "hi from named"


def test_purge_drops_queued_calls_unrun():
    task = celery_stand_in.shared_task(lambda: None)
    task.delay()
    assert celery_stand_in.worker.purge() == 1 and celery_stand_in.worker.run_pending() == 0
