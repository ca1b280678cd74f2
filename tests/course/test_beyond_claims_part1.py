"""What the Myth busters, Under the hood, Expert zone, When not to use signals and Production
patterns pages say about Django, shown by Django 5.2 itself.

The pages' runnable examples already prove what they print (tests/course/test_exercises.py), and
the lesson tests prove the claims these pages repeat from the lessons; these are the rest. Most
are short programs run under the course's Django harness (DEBUG on, in-memory SQLite, models in
an app called `app`), some also in the browser's signals_core where the page says both behave
alike; the app-layout claims start a small Django project of their own in a fresh process.
"""

from __future__ import annotations


import pytest

from tools.program_runs import printed, run_in_fresh_python

# Programs print facts; each test below checks what its program printed.
PROGRAMS = {
    "async_receivers_run_concurrently": """
        import asyncio
        from django.dispatch import Signal
        ping = Signal()
        steps = []
        async def first(sender, **kwargs):
            steps.append("first starts")
            await asyncio.sleep(0)
            steps.append("first ends")
        async def second(sender, **kwargs):
            steps.append("second starts")
            await asyncio.sleep(0)
            steps.append("second ends")
        ping.connect(first)
        ping.connect(second)
        ping.send(sender=None)
        print(steps)
    """,
    "a_reconnected_receiver_moves_to_the_end": """
        from django.dispatch import Signal
        ping = Signal()
        calls = []
        def a(sender, **kwargs):
            calls.append("a")
        def b(sender, **kwargs):
            calls.append("b")
        ping.connect(a)
        ping.connect(b)
        ping.disconnect(a)
        ping.connect(a)
        ping.send(sender=None)
        print(calls)
    """,
    "the_lock_guards_changes_and_look_ups_not_calls": """
        from django.dispatch import Signal
        ping = Signal()
        class CountingLock:
            def __init__(self, lock):
                self.lock, self.taken = lock, 0
            def __enter__(self):
                self.taken += 1
                return self.lock.__enter__()
            def __exit__(self, *exc_info):
                return self.lock.__exit__(*exc_info)
        ping.lock = CountingLock(ping.lock)
        held_while_called = []
        def listener(sender, **kwargs):
            held_while_called.append(ping.lock.lock.locked())
        ping.connect(listener)
        after_connect = ping.lock.taken
        ping.send(sender=None)
        after_send = ping.lock.taken
        ping.disconnect(listener)
        print(after_connect, after_send, ping.lock.taken, held_while_called)
    """,
    "a_dead_weak_receiver_is_flagged_then_swept_by_the_next_send": """
        from django.dispatch import Signal
        tick = Signal()
        class Thermometer:
            def take_reading(self, sender, **kwargs):
                pass
        tick.connect(Thermometer().take_reading)  # nothing else keeps this object alive
        print(len(tick.receivers), tick.send(sender=None), len(tick.receivers))
    """,
    "the_sender_cache_marks_senders_nobody_listens_to": """
        import weakref
        from django.db import models
        from django.db.models.signals import post_save
        from django.dispatch.dispatcher import NO_RECEIVERS
        class Article(models.Model):
            title = models.CharField(max_length=100)
        class Comment(models.Model):
            text = models.CharField(max_length=100)
        def reindex(sender, **kwargs):
            pass
        post_save.connect(reindex, sender=Article)
        Comment.objects.create(text="hi")
        cache = post_save.sender_receivers_cache
        print(cache.get(Comment) is NO_RECEIVERS, isinstance(cache, weakref.WeakKeyDictionary))
        post_save.disconnect(reindex, sender=Article)
        print(len(cache))
    """,
    "bulk_operations_skip_save_and_its_signals": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        calls = []
        class Post(models.Model):
            title = models.CharField(max_length=100)
            def save(self, *args, **kwargs):
                calls.append("save()")
                super().save(*args, **kwargs)
        def before(sender, **kwargs):
            calls.append("pre_save")
        def after(sender, **kwargs):
            calls.append("post_save")
        pre_save.connect(before, sender=Post)
        post_save.connect(after, sender=Post)
        Post.objects.bulk_create([Post(title="a"), Post(title="b")])
        Post.objects.filter(title="a").update(title="c")
        print(sorted(post.title for post in Post.objects.all()), calls)
    """,
    "a_task_queued_inside_a_rolled_back_transaction_finds_no_row": """
        import logging
        from celery import shared_task, worker
        from django.db import models, transaction
        from django.db.models.signals import post_save
        logging.disable(logging.ERROR)  # the worker logs the task's failure
        class User(models.Model):
            username = models.CharField(max_length=50)
        @shared_task
        def send_welcome(user_id):
            return User.objects.get(pk=user_id).username
        queued = []
        def welcome(sender, instance, created, **kwargs):
            if created:
                queued.append(send_welcome.delay(instance.pk))  # not on_commit: queued at once
        post_save.connect(welcome, sender=User)
        try:
            with transaction.atomic():
                User.objects.create(username="bob")
                raise ValueError("something failed later in the request")
        except ValueError:
            pass
        print(worker.pending(), worker.run_pending(), queued[0].status,
              type(queued[0].result).__name__)
    """,
    "the_debug_receiver_check_caches_512_functions": """
        from django.utils.inspect import _get_func_parameters
        print(_get_func_parameters.cache_info().maxsize)
    """,
    "connecting_twice_from_ready": """
        from django.dispatch import Signal
        def log_order(sender, **kwargs):
            pass
        def ready(signal, kind):
            def fresh_function(sender, **kwargs):
                pass
            if kind == "the same function":
                signal.connect(log_order)
            elif kind == "a new function":
                signal.connect(fresh_function, weak=False)
            else:
                signal.connect(fresh_function, weak=False, dispatch_uid="log_order")
        for kind in ["the same function", "a new function", "a new function + dispatch_uid"]:
            order_placed = Signal()
            ready(order_placed, kind)
            ready(order_placed, kind)  # ready() run a second time, as in some test runs
            print(f"{kind}: {len(order_placed.receivers)}")
    """,
}

# The pages say the browser's dispatcher behaves the same for these.
SAME_IN_THE_BROWSER = [
    "a_reconnected_receiver_moves_to_the_end",
    "the_lock_guards_changes_and_look_ups_not_calls",
    "a_dead_weak_receiver_is_flagged_then_swept_by_the_next_send",
    "connecting_twice_from_ready",
    "a_task_queued_inside_a_rolled_back_transaction_finds_no_row",
]


# Myth busters


def test_async_receivers_run_concurrently_with_gather(under_django):
    assert printed(under_django, "async_receivers_run_concurrently") == (
        "['first starts', 'second starts', 'first ends', 'second ends']\n"
    )


def test_a_receiver_disconnected_and_connected_again_runs_last(under_django):
    assert printed(under_django, "a_reconnected_receiver_moves_to_the_end") == "['b', 'a']\n"


# Under the hood


def test_connect_send_and_disconnect_take_the_lock_but_receivers_run_outside_it(under_django):
    assert printed(under_django, "the_lock_guards_changes_and_look_ups_not_calls") == (
        "1 2 3 [False]\n"
    )


def test_a_receiver_whose_object_died_stays_listed_until_the_next_send_sweeps_it(under_django):
    assert printed(under_django, "a_dead_weak_receiver_is_flagged_then_swept_by_the_next_send") == (
        "1 [] 0\n"
    )


def test_a_sender_without_receivers_is_cached_as_nobody_listens_and_disconnect_empties_the_cache(
    under_django,
):
    assert printed(under_django, "the_sender_cache_marks_senders_nobody_listens_to") == (
        "True True\n0\n"
    )


# Expert zone


def test_the_debug_receiver_check_caches_up_to_512_functions(under_django):
    assert printed(under_django, "the_debug_receiver_check_caches_512_functions") == "512\n"


def test_connecting_again_from_a_second_ready_duplicates_only_a_new_function_without_uid(
    under_django,
):
    assert printed(under_django, "connecting_twice_from_ready") == (
        "the same function: 1\n"
        "a new function: 2\n"
        "a new function + dispatch_uid: 1\n"
    )


# When not to use signals, Production patterns


def test_bulk_create_and_update_call_no_save_and_send_no_save_signals(under_django):
    assert printed(under_django, "bulk_operations_skip_save_and_its_signals") == (
        "['b', 'c'] []\n"
    )


def test_a_task_queued_before_the_commit_of_a_rolled_back_user_fails_with_does_not_exist(
    under_django,
):
    assert printed(under_django, "a_task_queued_inside_a_rolled_back_transaction_finds_no_row") == (
        "['send_welcome'] 1 FAILURE DoesNotExist\n"
    )


@pytest.mark.parametrize("name", SAME_IN_THE_BROWSER)
def test_the_browser_does_what_django_does(name, under_django, under_signals_core):
    assert under_signals_core[name] == under_django[name]


# Expert zone: where receivers live, in a project of its own

SHOP_MODELS = """
from django.db import models


class Order(models.Model):
    total = models.IntegerField()
"""

SHOP_SIGNALS = """
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Order


@receiver(post_save, sender=Order)
def bill_order(sender, instance, created, **kwargs):
    pass
"""

RECEIVER_IN_MODELS = SHOP_MODELS + """

from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=Order)
def bill_order(sender, instance, created, **kwargs):
    pass
"""

APPS_IMPORTING_SIGNALS_IN_READY = """
from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"

    def ready(self):
        from . import signals  # noqa: F401
"""

APPS_WITHOUT_READY = """
from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"
"""

APPS_IMPORTING_SIGNALS_AT_THE_TOP = """
from django.apps import AppConfig

from . import signals  # noqa: F401


class ShopConfig(AppConfig):
    name = "shop"
"""

LAYOUTS = {
    "signals.py imported in ready()": {
        "__init__.py": "", "models.py": SHOP_MODELS, "signals.py": SHOP_SIGNALS,
        "apps.py": APPS_IMPORTING_SIGNALS_IN_READY,
    },
    "signals.py imported by nobody": {
        "__init__.py": "", "models.py": SHOP_MODELS, "signals.py": SHOP_SIGNALS,
        "apps.py": APPS_WITHOUT_READY,
    },
    "receiver in models.py": {
        "__init__.py": "", "models.py": RECEIVER_IN_MODELS, "apps.py": APPS_WITHOUT_READY,
    },
    "signals.py imported at the top of apps.py": {
        "__init__.py": "", "models.py": SHOP_MODELS, "signals.py": SHOP_SIGNALS,
        "apps.py": APPS_IMPORTING_SIGNALS_AT_THE_TOP,
    },
    "signals.py imported by the app's __init__.py": {
        "__init__.py": "from . import signals  # noqa: F401\n", "models.py": SHOP_MODELS,
        "signals.py": SHOP_SIGNALS, "apps.py": APPS_WITHOUT_READY,
    },
}

START_THE_PROJECT = """
import django
from django.conf import settings
from django.core.exceptions import AppRegistryNotReady

settings.configure(INSTALLED_APPS=["shop"])
try:
    django.setup()
except AppRegistryNotReady as error:
    print("AppRegistryNotReady:", error)
else:
    from django.db.models.signals import post_save
    from shop.models import Order
    print("receiver connected:", post_save.has_listeners(Order))
"""


def _start_shop_project(tmp_path, files: dict[str, str]) -> str:
    """Write the `shop` app into a fresh folder, start Django there and return what it printed."""
    app = tmp_path / "shop"
    app.mkdir()
    for name, source in files.items():
        (app / name).write_text(source)
    return run_in_fresh_python(START_THE_PROJECT, cwd=tmp_path)


@pytest.mark.parametrize("layout, printed", [
    ("signals.py imported in ready()", "receiver connected: True\n"),
    ("receiver in models.py", "receiver connected: True\n"),
    ("signals.py imported by nobody", "receiver connected: False\n"),
])
def test_receivers_are_connected_at_start_up_only_if_something_imports_them(
    tmp_path, layout, printed
):
    assert _start_shop_project(tmp_path, LAYOUTS[layout]) == printed


@pytest.mark.parametrize("layout", [
    "signals.py imported at the top of apps.py",
    "signals.py imported by the app's __init__.py",
])
def test_importing_the_receivers_before_the_apps_are_loaded_raises_app_registry_not_ready(
    tmp_path, layout
):
    assert _start_shop_project(tmp_path, LAYOUTS[layout]) == (
        "AppRegistryNotReady: Apps aren't loaded yet.\n"
    )
