"""What lessons 4, 5 and 6 say about Django, shown by Django 5.2 itself.

The runnable examples and exercises already prove what they print (tests/course/test_exercises.py);
these are the claims the text makes beyond them. Each is a short program run under real Django
(the course harness: DEBUG on, in-memory SQLite, models in an app called `app`), and, where the
page says the browser behaves the same, under signals_core too. The claims that depend on DEBUG
being off run in a plain Django process configured with DEBUG = False.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tools.program_runs import printed, run_in_fresh_python, run_snippets

ROOT = Path(__file__).resolve().parents[2]

# Programs print facts; each test below checks what its program printed.
PROGRAMS = {
    "built_in_signals_are_signals": """
        from django.db.models.signals import post_save, pre_delete
        from django.dispatch import Signal
        print(isinstance(post_save, Signal), isinstance(pre_delete, Signal))
    """,
    "providing_args_is_gone": """
        from django.dispatch import Signal
        try:
            Signal(providing_args=["order"])
        except TypeError:
            print("TypeError")
    """,
    "receiver_without_kwargs_is_refused": """
        from django.dispatch import Signal
        def no_kwargs(sender):
            pass
        try:
            Signal().connect(no_kwargs)
        except ValueError as error:
            print(error)
    """,
    "receivers_also_get_the_signal": """
        from django.dispatch import Signal
        order_shipped = Signal()
        def spy(sender, **kwargs):
            return sorted(kwargs), kwargs["signal"] is order_shipped
        order_shipped.connect(spy)
        print(order_shipped.send(sender="shop", carrier="PostNL")[0][1])
    """,
    "send_without_receivers_returns_an_empty_list": """
        from django.dispatch import Signal
        print(Signal().send(sender="shop"))
    """,
    "async_receivers_run_after_sync_ones": """
        from django.dispatch import Signal
        ping = Signal()
        async def first_connected(sender, **kwargs):
            return "async"
        def second_connected(sender, **kwargs):
            return "sync"
        ping.connect(first_connected)
        ping.connect(second_connected)
        for send in (ping.send, ping.send_robust):
            print(send.__name__, [response for _, response in send(sender=None)])
    """,
    "sync_receivers_run_in_registration_order": """
        from django.dispatch import Signal
        discount_requested = Signal()
        def make(name):
            def receiver(sender, **kwargs):
                return name
            return receiver
        receivers = [make(name) for name in ("loyalty", "big_basket", "coupon")]
        for receiver in (receivers[2], receivers[0], receivers[1]):
            discount_requested.connect(receiver)
        print([response for _, response in discount_requested.send(sender="cart")])
    """,
    "asend_runs_the_sync_group_alongside_the_async_receivers": """
        import asyncio
        import threading
        from django.dispatch import Signal
        ping = Signal()
        async_receiver_ran = threading.Event()
        seen = {}
        def first_sync(sender, **kwargs):
            # Connected before the async receiver, yet it can wait for it: they run side by side.
            seen["the async receiver ran meanwhile"] = async_receiver_ran.wait(timeout=30)
            seen["first_sync's thread"] = threading.get_ident()
            return "first_sync"
        def second_sync(sender, **kwargs):
            seen["one thread for the sync group"] = threading.get_ident() == seen["first_sync's thread"]
            return "second_sync"
        async def late_async(sender, **kwargs):
            async_receiver_ran.set()
            return "late_async"
        ping.connect(first_sync)
        ping.connect(second_sync)
        ping.connect(late_async)
        async def main():
            seen["event loop's thread"] = threading.get_ident()
            return [response for _, response in await ping.asend(sender=None)]
        print(asyncio.run(main()))
        print(seen["the async receiver ran meanwhile"], seen["one thread for the sync group"],
              seen["first_sync's thread"] != seen["event loop's thread"])
    """,
    "send_waits_for_async_receivers": """
        from django.dispatch import Signal
        ping = Signal()
        done = []
        async def slow(sender, **kwargs):
            done.append("async receiver finished")
        ping.connect(slow)
        ping.send(sender=None)
        print(done)
    """,
    "asend_waits_for_every_receiver": """
        import asyncio
        from django.dispatch import Signal
        ping = Signal()
        async def answer(sender, **kwargs):
            await asyncio.sleep(0)
            return "async"
        def plain(sender, **kwargs):
            return "sync"
        ping.connect(answer)
        ping.connect(plain)
        async def main():
            return [response for _, response in await ping.asend(sender=None)]
        print(asyncio.run(main()))
    """,
    "send_robust_logs_on_django_dispatch": """
        import logging
        from django.dispatch import Signal
        class Collect(logging.Handler):
            def emit(self, record):
                print(record.name, record.levelname, record.getMessage())
        collect = Collect()
        logger = logging.getLogger("django.dispatch")
        logger.addHandler(collect)
        logger.propagate = False  # keep Django's own console handler out of this output
        ping = Signal()
        def update_crm(sender, **kwargs):
            raise ConnectionError("the CRM is down")
        ping.connect(update_crm)
        try:
            ping.send_robust(sender=None)
        finally:
            logger.removeHandler(collect)
            logger.propagate = True
    """,
    "a_failing_post_save_receiver_fails_save_after_the_row_is_written": """
        from django.db import models
        from django.db.models.signals import post_save
        class Photo(models.Model):
            title = models.CharField(max_length=50)
        def broken(sender, **kwargs):
            raise ConnectionError("down")
        post_save.connect(broken, sender=Photo)
        try:
            Photo.objects.create(title="sunset")
        except ConnectionError:
            print("save raised; rows:", Photo.objects.count())
    """,
    "post_save_gets_update_fields_as_a_frozenset": """
        from django.db import models
        from django.db.models.signals import post_save
        class Article(models.Model):
            title = models.CharField(max_length=50)
            slug = models.CharField(max_length=50, default="")
        seen = []
        def spy(sender, update_fields, **kwargs):
            seen.append(update_fields)
        post_save.connect(spy, sender=Article)
        article = Article.objects.create(title="a")
        article.save(update_fields=["slug"])
        print(seen)
    """,
    "only_and_defer_fill_in_update_fields": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        class Article(models.Model):
            title = models.CharField(max_length=50)
            slug = models.CharField(max_length=50, default="")
            body = models.TextField(default="")
        seen = []
        def spy(sender, signal, update_fields, **kwargs):
            seen.append(("pre_save" if signal is pre_save else "post_save", update_fields))
        pre_save.connect(spy, sender=Article)
        post_save.connect(spy, sender=Article)
        article = Article.objects.create(title="Hello")
        seen.clear()
        Article.objects.only("title", "slug").get(pk=article.pk).save()
        Article.objects.defer("title").get(pk=article.pk).save()
        for name, fields in seen:
            print(name, sorted(fields))
    """,
    "post_save_runs_inside_the_open_transaction": """
        from django.db import connection, models, transaction
        from django.db.models.signals import post_save
        class Photo(models.Model):
            title = models.CharField(max_length=50)
        events = []
        def spy(sender, **kwargs):
            events.append(("post_save in transaction", connection.in_atomic_block))
            transaction.on_commit(lambda: events.append("on_commit"))
        post_save.connect(spy, sender=Photo)
        with transaction.atomic():
            Photo.objects.create(title="sunset")
            events.append("end of atomic block")
        print(events)
    """,
    "queryset_update_sends_no_save_signals": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        class Article(models.Model):
            slug = models.CharField(max_length=50, default="")
        article = Article.objects.create()
        sent = []
        def spy(sender, signal, **kwargs):
            sent.append(signal)
        pre_save.connect(spy, sender=Article)
        post_save.connect(spy, sender=Article)
        Article.objects.filter(pk=article.pk).update(slug="new")
        print(len(sent), Article.objects.get(pk=article.pk).slug)
    """,
    "the_flag_and_update_guards_stop_the_loop": """
        from django.db import models
        from django.db.models.signals import post_save
        class Article(models.Model):
            title = models.CharField(max_length=100)
            slug = models.CharField(max_length=100, default="")
        class Page(models.Model):
            title = models.CharField(max_length=100)
            slug = models.CharField(max_length=100, default="")
        def fill_slug_with_flag(sender, instance, **kwargs):
            if getattr(instance, "_filling_slug", False):
                return
            instance._filling_slug = True
            try:
                instance.slug = instance.title.lower().replace(" ", "-")
                instance.save()
            finally:
                instance._filling_slug = False
        def fill_slug_with_update(sender, instance, **kwargs):
            slug = instance.title.lower().replace(" ", "-")
            Page.objects.filter(pk=instance.pk).update(slug=slug)
            instance.slug = slug
        post_save.connect(fill_slug_with_flag, sender=Article)
        post_save.connect(fill_slug_with_update, sender=Page)
        article = Article.objects.create(title="Hello World")
        page = Page.objects.create(title="About Us")
        print(Article.objects.get(pk=article.pk).slug, Page.objects.get(pk=page.pk).slug)
    """,
    "send_robust_does_not_catch_keyboard_interrupt": """
        from django.dispatch import Signal
        ping = Signal()
        def interrupted(sender, **kwargs):
            raise KeyboardInterrupt
        ping.connect(interrupted)
        try:
            ping.send_robust(sender=None)
        except KeyboardInterrupt:
            print("KeyboardInterrupt went through")
    """,
    "receivers_entries_are_keyed_by_receiver_and_sender": """
        from django.dispatch import Signal
        order_shipped = Signal()
        class Order:
            pass
        def log_orders(sender, **kwargs):
            pass
        order_shipped.connect(log_orders, sender=Order)
        (key, reference, is_async), = order_shipped.receivers
        print(key == (id(log_orders), id(Order)), reference() is log_orders, is_async)
    """,
    "connecting_the_same_key_twice_keeps_the_first": """
        from django.dispatch import Signal
        ping = Signal()
        ping.connect(lambda sender, **kwargs: "first", weak=False, dispatch_uid="uid")
        ping.connect(lambda sender, **kwargs: "second", weak=False, dispatch_uid="uid")
        print([response for _, response in ping.send(sender=None)])
        print(ping.disconnect(dispatch_uid="uid"), ping.send(sender=None))
    """,
    "model_signals_use_caching": """
        from django.db.models import signals
        names = ["pre_init", "post_init", "pre_save", "post_save", "pre_delete", "post_delete",
                 "m2m_changed"]
        print(all(getattr(signals, name).use_caching for name in names))
    """,
    "connect_empties_the_sender_cache": """
        from django.dispatch import Signal
        cached = Signal(use_caching=True)
        class Order:
            pass
        def first(sender, **kwargs):
            return "first"
        def second(sender, **kwargs):
            return "second"
        cached.connect(first)
        before = [response for _, response in cached.send(sender=Order)]
        cached.connect(second)
        after_connect = [response for _, response in cached.send(sender=Order)]
        cached.disconnect(first)
        after_disconnect = [response for _, response in cached.send(sender=Order)]
        print(before, after_connect, after_disconnect)
    """,
    "a_cached_signal_needs_weakly_referenceable_senders": """
        from django.dispatch import Signal
        cached = Signal(use_caching=True)
        def attempt(call):
            try:
                return repr(call())
            except TypeError:
                return "TypeError"
        for receivers in ("no receiver", "one receiver"):
            for sender in (None, "shop"):
                print(f"{receivers}, sender={sender!r}:",
                      "send", attempt(lambda: cached.send(sender=sender)),
                      "| has_listeners", attempt(lambda: cached.has_listeners(sender)))
            cached.connect(lambda sender, **kwargs: None, weak=False)
    """,
}

# Runs the commands in COMMANDS as a terminal would, echoing each expression's value, with
# memory addresses and ids (which differ from run to run) left out.
TERMINAL = """
    import re
    for command in COMMANDS:
        try:
            value = eval(command)
        except SyntaxError:
            exec(command)
        else:
            if value is not None:
                print(re.sub(r"0x[0-9a-f]+|\\b\\d{6,}\\b", "…", repr(value)))
"""


def _terminal_session_on_lesson_6() -> str:
    """The commands lesson 6 suggests typing in its terminal, as a program."""
    text = (ROOT / "docs" / "lessons" / "6-internals.md").read_text(encoding="utf-8")
    block = re.search(r"```pycon\n(?P<session>.*?)```", text, re.DOTALL)
    assert block, "lesson 6 shows no terminal session"
    commands = [line.removeprefix(">>> ") for line in block["session"].splitlines()]
    return f"COMMANDS = {commands!r}\n" + textwrap.dedent(TERMINAL)


PROGRAMS["lesson_6_terminal_session"] = _terminal_session_on_lesson_6()

# Only what the pages say the browser does the same way is compared with signals_core.
SAME_IN_THE_BROWSER = [
    "receivers_also_get_the_signal",
    "send_without_receivers_returns_an_empty_list",
    "sync_receivers_run_in_registration_order",
    "async_receivers_run_after_sync_ones",
    "send_robust_logs_on_django_dispatch",
    "send_waits_for_async_receivers",
    "a_failing_post_save_receiver_fails_save_after_the_row_is_written",
    "post_save_gets_update_fields_as_a_frozenset",
    "send_robust_does_not_catch_keyboard_interrupt",
    "connecting_the_same_key_twice_keeps_the_first",
    "lesson_6_terminal_session",
    "connect_empties_the_sender_cache",
    "a_cached_signal_needs_weakly_referenceable_senders",
    "queryset_update_sends_no_save_signals",
    "the_flag_and_update_guards_stop_the_loop",
]

# Weak receivers under DEBUG on and off: a lambda, an inner function and a dropped object's method.
WEAK_RECEIVERS = """
    import gc
    from django.dispatch import Signal

    bell = Signal()

    class Room:
        def pack_up(self, sender, **kwargs):
            return "method"

    def connect_all():
        def inner(sender, **kwargs):
            return "inner"
        bell.connect(inner)
        bell.connect(lambda sender, **kwargs: "lambda")
        bell.connect(Room().pack_up)

    connect_all()
    gc.collect()
    print([response for _, response in bell.send(sender=None)])
"""


def _in_plain_django(code: str, debug: bool) -> str:
    """What `code` prints in a fresh process where Django is set up with only DEBUG given."""
    setup = f"from django.conf import settings\nsettings.configure(DEBUG={debug})\n"
    return run_in_fresh_python(setup + textwrap.dedent(code))


# Lesson 4


def test_built_in_signals_are_instances_of_signal(under_django):
    assert printed(under_django, "built_in_signals_are_signals") == "True True\n"


def test_signal_no_longer_takes_providing_args(under_django):
    assert printed(under_django, "providing_args_is_gone") == "TypeError\n"


def test_django_in_debug_refuses_a_receiver_without_kwargs(under_django):
    assert printed(under_django, "receiver_without_kwargs_is_refused") == (
        "Signal receivers must accept keyword arguments (**kwargs).\n"
    )


def test_receivers_get_the_signal_itself_as_a_keyword_argument(under_django):
    assert printed(under_django, "receivers_also_get_the_signal") == "(['carrier', 'signal'], True)\n"


def test_send_with_no_receiver_returns_an_empty_list(under_django):
    assert printed(under_django, "send_without_receivers_returns_an_empty_list") == "[]\n"


def test_sync_receivers_are_called_in_the_order_they_were_registered(under_django):
    assert printed(under_django, "sync_receivers_run_in_registration_order") == (
        "['coupon', 'loyalty', 'big_basket']\n"
    )


def test_async_receivers_are_called_after_sync_ones_whatever_the_connection_order(under_django):
    # By send() and send_robust() alike; asend() runs both groups at once (see below).
    assert printed(under_django, "async_receivers_run_after_sync_ones") == (
        "send ['sync', 'async']\nsend_robust ['sync', 'async']\n"
    )


# Lesson 5


def test_send_returns_only_after_async_receivers_finished(under_django):
    assert printed(under_django, "send_waits_for_async_receivers") == "['async receiver finished']\n"


def test_asend_returns_every_receivers_answer(under_django):
    assert printed(under_django, "asend_waits_for_every_receiver") == "['sync', 'async']\n"


def test_asend_runs_the_sync_receivers_in_one_thread_alongside_the_async_ones(under_django):
    assert printed(under_django, "asend_runs_the_sync_group_alongside_the_async_receivers") == (
        "['first_sync', 'second_sync', 'late_async']\nTrue True True\n"
    )


def test_a_failing_post_save_receiver_makes_save_raise_after_the_row_is_written(under_django):
    assert printed(
        under_django, "a_failing_post_save_receiver_fails_save_after_the_row_is_written"
    ) == "save raised; rows: 1\n"


def test_post_save_passes_update_fields_as_a_frozenset_or_none(under_django):
    assert printed(under_django, "post_save_gets_update_fields_as_a_frozenset") == (
        "[None, frozenset({'slug'})]\n"
    )


def test_post_save_is_sent_inside_the_open_transaction_before_on_commit(under_django):
    assert printed(under_django, "post_save_runs_inside_the_open_transaction") == (
        "[('post_save in transaction', True), 'end of atomic block', 'on_commit']\n"
    )


def test_queryset_update_writes_without_sending_save_signals(under_django):
    assert printed(under_django, "queryset_update_sends_no_save_signals") == "0 new\n"


def test_the_flag_and_update_guards_shown_on_the_page_stop_the_loop(under_django):
    assert printed(under_django, "the_flag_and_update_guards_stop_the_loop") == (
        "hello-world about-us\n"
    )


def test_send_robust_lets_keyboard_interrupt_through(under_django):
    assert printed(under_django, "send_robust_does_not_catch_keyboard_interrupt") == (
        "KeyboardInterrupt went through\n"
    )


def test_send_robust_logs_each_error_on_the_django_dispatch_logger(under_django):
    assert printed(under_django, "send_robust_logs_on_django_dispatch") == (
        "django.dispatch ERROR Error calling update_crm in Signal.send_robust() (the CRM is down)\n"
    )


SEND_ROBUST_WITH_A_FAILING_RECEIVER = """
    from django.dispatch import Signal
    ping = Signal()
    def update_crm(sender, **kwargs):
        raise ConnectionError("the CRM is down")
    ping.connect(update_crm)
    ping.send_robust(sender=None)
    print("the run went on")
"""


def _logging_settings_on_lesson_5() -> str:
    """The LOGGING setting lesson 5 tells the learner to add to settings.py."""
    text = (ROOT / "docs" / "lessons" / "5-pitfalls.md").read_text(encoding="utf-8")
    block = re.search(r'```python title="settings.py"\n(?P<code>.*?)```', text, re.DOTALL)
    assert block, "lesson 5 shows no settings.py block"
    return textwrap.dedent(block["code"])


@pytest.mark.parametrize("settings, shows_the_report", [
    ("DEBUG=True", True),
    ("DEBUG=False", False),
    ("DEBUG=False, LOGGING=LOGGING", True),
], ids=["debug", "no debug", "no debug with the LOGGING of lesson 5"])
def test_under_default_logging_the_report_shows_only_with_debug_unless_logging_is_configured(
    settings, shows_the_report
):
    output = run_in_fresh_python(
        "import sys\n"
        "sys.stderr = sys.stdout  # Django's console handler writes to stderr: show it here\n"
        + _logging_settings_on_lesson_5()
        + f"from django.conf import settings\nsettings.configure({settings})\n"
        "import django\ndjango.setup()\n"
        + textwrap.dedent(SEND_ROBUST_WITH_A_FAILING_RECEIVER)
    )
    if shows_the_report:
        assert output.startswith("Error calling update_crm in Signal.send_robust() (the CRM is down)\n"
                                 "Traceback (most recent call last):\n"), output
        assert output.endswith("ConnectionError: the CRM is down\nthe run went on\n"), output
    else:
        assert output == "the run went on\n"


def test_only_and_defer_make_django_fill_in_update_fields_with_the_loaded_fields(under_django):
    assert printed(under_django, "only_and_defer_fill_in_update_fields") == (
        "pre_save ['slug', 'title']\npost_save ['slug', 'title']\n"
        "pre_save ['body', 'slug']\npost_save ['body', 'slug']\n"
    )


# Lesson 6


def test_each_entry_is_keyed_by_receiver_id_and_sender_id(under_django):
    assert printed(under_django, "receivers_entries_are_keyed_by_receiver_and_sender") == (
        "True True False\n"
    )


def test_a_second_connect_with_the_same_dispatch_uid_is_ignored_and_uid_disconnects(under_django):
    assert printed(under_django, "connecting_the_same_key_twice_keeps_the_first") == (
        "['first']\nTrue []\n"
    )


def test_the_terminal_session_of_lesson_6_connects_shows_and_disconnects_a_receiver(under_django):
    assert printed(under_django, "lesson_6_terminal_session") == (
        "[((…, …), <weakref at …; to 'function' at … (<lambda>)>, False)]\nTrue\n"
    )


def test_model_signals_are_created_with_use_caching(under_django):
    assert printed(under_django, "model_signals_use_caching") == "True\n"


def test_connect_and_disconnect_empty_the_cache_so_the_receivers_called_follow(under_django):
    assert printed(under_django, "connect_empties_the_sender_cache") == (
        "['first'] ['first', 'second'] ['second']\n"
    )


def test_a_cached_signal_refuses_senders_without_weak_references_once_it_has_a_receiver(
    under_django,
):
    assert printed(under_django, "a_cached_signal_needs_weakly_referenceable_senders") == (
        "no receiver, sender=None: send [] | has_listeners TypeError\n"
        "no receiver, sender='shop': send [] | has_listeners TypeError\n"
        "one receiver, sender=None: send TypeError | has_listeners TypeError\n"
        "one receiver, sender='shop': send TypeError | has_listeners TypeError\n"
    )


def test_weak_receivers_vanish_when_debug_is_off():
    assert _in_plain_django(WEAK_RECEIVERS, debug=False) == "[]\n"


def test_debug_keeps_inner_functions_and_lambdas_alive_but_not_a_dropped_objects_method():
    assert _in_plain_django(WEAK_RECEIVERS, debug=True) == "['inner', 'lambda']\n"


def test_the_browser_drops_weak_receivers_like_django_without_debug():
    result = run_snippets("signals_core", {"weak": WEAK_RECEIVERS})
    assert printed(result, "weak") == "[]\n"


@pytest.mark.parametrize("name", SAME_IN_THE_BROWSER)
def test_the_browser_does_what_django_does(name, under_django, under_signals_core):
    assert under_signals_core[name] == under_django[name]


def test_without_the_debug_check_a_receiver_without_kwargs_fails_when_the_signal_is_sent():
    assert _in_plain_django("""
        from django.dispatch import Signal
        order_shipped = Signal()
        def tell_customer(sender, order, carrier):
            pass
        order_shipped.connect(tell_customer)
        try:
            order_shipped.send(sender=None, order=1, carrier="PostNL")
        except TypeError as error:
            print("TypeError:", "'signal'" in str(error))
    """, debug=False) == "TypeError: True\n"
