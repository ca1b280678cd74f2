"""What "Signals around a request, sync and async" says about Django, shown by Django 5.2 itself.

Its examples prove what they print (tests/course/test_exercises.py); these are the page's other
claims, each a short program run under the course's Django harness (DEBUG on, ROOT_URLCONF the
program itself).
"""

from __future__ import annotations

import textwrap

import pytest

from tools.program_runs import printed, run_snippets

IMPORTS = """
    import asyncio, sys, threading
    from django.core.signals import got_request_exception, request_finished, request_started
    from django.http import Http404, HttpResponse
    from django.test import AsyncClient, Client
    from django.urls import path
"""


def _with_imports(program: str) -> str:
    """A claim's program, after the imports they all share."""
    return textwrap.dedent(IMPORTS) + textwrap.dedent(program)


PROGRAMS = {
    "real_servers_handlers_are_the_senders": _with_imports("""
        from django.core.handlers.asgi import ASGIHandler
        from django.core.handlers.wsgi import WSGIHandler
        from django.test import RequestFactory
        def home(request):
            return HttpResponse("hi")
        urlpatterns = [path("", home)]
        def started(sender, **kwargs):
            print("started", sender.__name__, sorted(kwargs))
        def finished(sender, **kwargs):
            print("finished", sender.__name__, threading.current_thread() is threading.main_thread())
        request_started.connect(started)
        request_finished.connect(finished)
        response = WSGIHandler()(RequestFactory()._base_environ(PATH_INFO="/"), lambda *a: None)
        response.close()
        async def asgi():
            messages = [{"type": "http.request", "body": b""}]
            async def receive():
                return messages.pop() if messages else await asyncio.Event().wait()
            async def send(message):
                pass
            scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"",
                     "headers": []}
            await ASGIHandler()(scope, receive, send)
        asyncio.run(asgi())
    """),
    "request_started_is_sent_with_asend_under_asgi": _with_imports("""
        def home(request):
            return HttpResponse("hi")
        urlpatterns = [path("", home)]
        async def started(sender, **kwargs):
            print("async receiver in the loop's thread:",
                  threading.current_thread() is threading.main_thread())
        request_started.connect(started)
        asyncio.run(AsyncClient().get("/"))
    """),
    "a_receiver_naming_environ_fails_under_asgi": _with_imports("""
        def home(request):
            return HttpResponse("hi")
        urlpatterns = [path("", home)]
        def started(sender, environ, **kwargs):
            pass
        request_started.connect(started)
        try:
            asyncio.run(AsyncClient().get("/"))
        except TypeError as error:
            print(error)
    """),
    "close_old_connections_is_off_while_the_test_client_sends": _with_imports("""
        from django.db import close_old_connections
        def home(request):
            return HttpResponse("hi")
        urlpatterns = [path("", home)]
        def connected(signal):
            return any(ref() is close_old_connections for _, ref, _ in signal.receivers)
        def started(sender, **kwargs):
            print("during request_started:", connected(request_started))
        def finished(sender, **kwargs):
            print("during request_finished:", connected(request_finished))
        request_started.connect(started)
        request_finished.connect(finished)
        print("before:", connected(request_started), connected(request_finished))
        Client().get("/")
        print("after:", connected(request_started), connected(request_finished))
    """),
    "http404_and_unknown_urls_send_no_got_request_exception": _with_imports("""
        def missing(request):
            raise Http404("no such order")
        urlpatterns = [path("orders/1/", missing)]
        sent = []
        got_request_exception.connect(lambda sender, **kwargs: sent.append(sender))
        print(Client().get("/orders/1/").status_code, Client().get("/nowhere/").status_code, sent)
    """),
    "the_test_client_connects_a_receiver_of_its_own_for_each_request": _with_imports("""
        def home(request):
            print("during the request:", len(got_request_exception.receivers))
            return HttpResponse("hi")
        urlpatterns = [path("", home)]
        print("before:", len(got_request_exception.receivers))
        Client().get("/")
        print("after:", len(got_request_exception.receivers))
    """),
    "asend_returns_once_every_receiver_is_done_sync_ones_in_a_worker_thread": _with_imports("""
        import time
        from django.dispatch import Signal
        order_paid = Signal()
        done = []
        def reserve_stock(sender, **kwargs):
            time.sleep(0.05)
            done.append("sync")
            return threading.current_thread() is threading.main_thread()
        async def notify(sender, **kwargs):
            await asyncio.sleep(0.01)
            done.append("async")
            return "async answer"
        order_paid.connect(notify)
        order_paid.connect(reserve_stock)
        async def main():
            answers = await order_paid.asend(sender=None)
            print(sorted(done), [answer for _, answer in answers])
        asyncio.run(main())
    """),
    "asend_robust_answers_with_the_exception": _with_imports("""
        from django.dispatch import Signal
        order_paid = Signal()
        async def broken(sender, **kwargs):
            raise ValueError("warehouse down")
        def fine(sender, **kwargs):
            return "ok"
        order_paid.connect(broken)
        order_paid.connect(fine)
        answers = asyncio.run(order_paid.asend_robust(sender=None))
        print([repr(answer) for _, answer in answers])
    """),
    "send_in_an_async_view_with_an_async_receiver_raises": _with_imports("""
        from django.dispatch import Signal
        order_paid = Signal()
        async def notify(sender, **kwargs):
            pass
        order_paid.connect(notify)
        async def pay(request):
            order_paid.send(sender=None)
            return HttpResponse("paid")
        urlpatterns = [path("pay/", pay)]
        try:
            asyncio.run(AsyncClient().post("/pay/"))
        except RuntimeError as error:
            print(error)
    """),
    "asend_without_await_sends_nothing": _with_imports("""
        import warnings
        from django.dispatch import Signal
        warnings.simplefilter("ignore", RuntimeWarning)
        order_paid = Signal()
        called = []
        order_paid.connect(lambda sender, **kwargs: called.append(sender))
        async def main():
            order_paid.asend(sender=None)
        asyncio.run(main())
        print(called)
    """),
}


@pytest.fixture(scope="module")
def django_says():
    return run_snippets("django", PROGRAMS)


def test_a_real_servers_handler_is_the_sender_and_asgi_closes_the_response_in_a_thread(django_says):
    assert printed(django_says, "real_servers_handlers_are_the_senders").splitlines() == [
        "started WSGIHandler ['environ', 'signal']",
        "finished WSGIHandler True",
        "started ASGIHandler ['scope', 'signal']",
        "finished ASGIHandler False",
    ]


def test_under_asgi_request_started_reaches_an_async_receiver_in_the_loops_own_thread(django_says):
    assert printed(django_says, "request_started_is_sent_with_asend_under_asgi") == (
        "async receiver in the loop's thread: True\n")


def test_a_receiver_with_environ_in_its_signature_raises_typeerror_under_asgi(django_says):
    assert "missing 1 required positional argument: 'environ'" in printed(
        django_says, "a_receiver_naming_environ_fails_under_asgi")


def test_the_test_client_disconnects_close_old_connections_only_while_it_sends(django_says):
    assert printed(django_says, "close_old_connections_is_off_while_the_test_client_sends"
                   ).splitlines() == ["before: True True", "during request_started: False",
                                      "during request_finished: False", "after: True True"]


def test_http404_and_an_unknown_url_answer_404_without_got_request_exception(django_says):
    assert printed(django_says, "http404_and_unknown_urls_send_no_got_request_exception") == (
        "404 404 []\n")


def test_the_test_client_listens_to_got_request_exception_only_during_a_request(django_says):
    assert printed(django_says, "the_test_client_connects_a_receiver_of_its_own_for_each_request"
                   ).splitlines() == ["before: 0", "during the request: 1", "after: 0"]


def test_asend_returns_when_all_are_done_with_sync_receivers_in_a_thread_listed_first(django_says):
    assert printed(django_says,
                   "asend_returns_once_every_receiver_is_done_sync_ones_in_a_worker_thread") == (
        "['async', 'sync'] [False, 'async answer']\n")


def test_asend_robust_gives_a_failing_receivers_exception_as_its_answer(django_says):
    assert printed(django_says, "asend_robust_answers_with_the_exception") == (
        "[\"'ok'\", \"ValueError('warehouse down')\"]\n")


def test_send_from_an_async_view_with_an_async_receiver_raises_runtimeerror(django_says):
    assert "You cannot use AsyncToSync in the same thread as an async event loop" in printed(
        django_says, "send_in_an_async_view_with_an_async_receiver_raises")


def test_asend_without_await_calls_no_receiver(django_says):
    assert printed(django_says, "asend_without_await_sends_nothing") == "[]\n"
