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

from tools.program_runs import printed, run_in_fresh_python, run_snippets

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
    "send_runs_async_receivers_in_an_event_loop_on_another_thread": """
        import threading
        from django.dispatch import Signal
        ping = Signal()
        caller = threading.get_ident()
        threads = []
        def plain(sender, **kwargs):
            threads.append(("plain", threading.get_ident() == caller))
        async def in_a_loop(sender, **kwargs):
            threads.append(("async", threading.get_ident() == caller))
        ping.connect(in_a_loop)
        ping.connect(plain)
        ping.send(sender=None)
        print("same thread as the caller:", threads)
    """,
    "send_inside_a_running_event_loop_with_an_async_receiver": """
        import asyncio
        from django.dispatch import Signal
        ping = Signal()
        async def in_a_loop(sender, **kwargs):
            return "ran"
        ping.connect(in_a_loop)
        async def async_view():
            try:
                print([response for _, response in ping.send(sender=None)])
            except RuntimeError as error:
                print("RuntimeError:", error)
        asyncio.run(async_view())
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
    "a_pre_save_receiver_that_raises_stops_the_save": """
        from django.db import models
        from django.db.models.signals import pre_save
        class Order(models.Model):
            quantity = models.IntegerField()
        def refuse_big_orders(sender, instance, **kwargs):
            if instance.quantity > 5:
                raise ValueError("not enough stock")
        pre_save.connect(refuse_big_orders, sender=Order)
        try:
            Order.objects.create(quantity=10)
        except ValueError as error:
            print("create() raised:", error)
        print("orders saved:", Order.objects.count())
    """,
    "the_audit_loop_run_twice_connects_each_model_once": """
        from django.db import models
        from django.db.models.signals import post_save
        class Invoice(models.Model):
            amount = models.IntegerField()
        class Customer(models.Model):
            name = models.CharField(max_length=50)
        calls = []
        def audit_save(sender, instance, created, **kwargs):
            calls.append(sender.__name__)
        def ready():
            for model in (Invoice, Customer):
                post_save.connect(audit_save, sender=model)
        ready()
        ready()  # as when ready() runs twice in tests
        Invoice.objects.create(amount=1)
        Customer.objects.create(name="Ada")
        print(len(post_save.receivers), calls)
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
    "a_pre_save_receiver_that_raises_stops_the_save",
    "the_audit_loop_run_twice_connects_each_model_once",
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


def test_send_runs_a_plain_receiver_in_the_callers_thread_and_an_async_one_in_another(
    under_django,
):
    assert printed(under_django, "send_runs_async_receivers_in_an_event_loop_on_another_thread") == (
        "same thread as the caller: [('plain', True), ('async', False)]\n"
    )


def test_send_inside_a_running_event_loop_with_an_async_receiver_raises_runtime_error(
    under_django,
):
    assert printed(under_django, "send_inside_a_running_event_loop_with_an_async_receiver") == (
        "RuntimeError: You cannot use AsyncToSync in the same thread as an async event loop - "
        "just await the async function directly.\n"
    )


def test_the_browser_runs_async_receivers_in_place_where_django_would_raise_as_the_page_says():
    result = run_snippets("signals_core", {
        name: PROGRAMS[name] for name in ("send_runs_async_receivers_in_an_event_loop_on_another_thread",
                                          "send_inside_a_running_event_loop_with_an_async_receiver")
    })
    assert printed(result, "send_runs_async_receivers_in_an_event_loop_on_another_thread") == (
        "same thread as the caller: [('plain', True), ('async', True)]\n"
    )
    assert printed(result, "send_inside_a_running_event_loop_with_an_async_receiver") == "['ran']\n"


ASGI_REQUEST = """
    import asyncio
    import django
    from django.conf import settings
    from django.http import HttpResponse
    from django.urls import path

    settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])
    django.setup()
    urlpatterns = [path("", lambda request: HttpResponse("ok"))]

    from django.core import signals
    from django.core.handlers.asgi import ASGIHandler

    used = []
    for signal_name in ("request_started", "request_finished"):
        signal = getattr(signals, signal_name)
        for method in ("send", "asend"):
            def noted(*args, _original=getattr(signal, method), _name=f"{signal_name}.{method}()",
                      **kwargs):
                used.append(_name)
                return _original(*args, **kwargs)
            setattr(signal, method, noted)

    async def serve_one_get():
        request = [{"type": "http.request", "body": b"", "more_body": False}]
        async def receive():
            if request:
                return request.pop()
            await asyncio.Event().wait()  # the client stays connected
        async def send(message):
            pass
        scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"",
                 "headers": [(b"host", b"testserver")]}
        await ASGIHandler()(scope, receive, send)

    asyncio.run(serve_one_get())
    print(used)
"""


def test_djangos_asgi_handler_sends_request_started_with_asend():
    # request_finished comes from the response's close(), run through sync_to_async: send().
    assert run_in_fresh_python(ASGI_REQUEST) == (
        "['request_started.asend()', 'request_finished.send()']\n"
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


def test_a_pre_save_receiver_that_raises_stops_the_save_before_the_row_is_written(under_django):
    assert printed(under_django, "a_pre_save_receiver_that_raises_stops_the_save") == (
        "create() raised: not enough stock\norders saved: 0\n"
    )


def test_connecting_one_module_level_function_again_for_the_same_senders_adds_nothing(
    under_django,
):
    assert printed(under_django, "the_audit_loop_run_twice_connects_each_model_once") == (
        "2 ['Invoice', 'Customer']\n"
    )


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
