"""The page's test client, `django.http` and `django.urls.path` stand-ins do what Django 5.2's
do: each program runs under both, and prints the same."""

from __future__ import annotations

import textwrap

import pytest

from tools.program_runs import run_snippets, seen_by_the_learner

IMPORTS = """
import asyncio, json
from django.core.signals import got_request_exception, request_finished, request_started
from django.http import Http404, HttpResponse, JsonResponse
from django.test import AsyncClient, Client
from django.urls import path
"""

PROGRAMS = {
    "responses_repr_content_and_headers": """
        for response in [HttpResponse("hi"), HttpResponse(b"x", status=201),
                         HttpResponse("", content_type="text/plain"), JsonResponse({"a": [1]})]:
            print(repr(response), response.status_code, response.content, response["Content-Type"])
        try:
            JsonResponse([1])
        except TypeError as error:
            print(error)
    """,
    "routes_with_converters_and_extra_kwargs": """
        def show(request, **kwargs):
            return JsonResponse(kwargs)
        urlpatterns = [path("orders/<int:order_id>/", show),
                       path("tags/<slug:tag>/<name>/", show),
                       path("about/", show, {"page": "about"})]
        for url in ["/orders/7/", "/orders/x/", "/tags/new-in/ada/", "/about/", "/about"]:
            response = Client().get(url)
            print(url, response.status_code, response.json() if response.status_code == 200 else "")
    """,
    "json_of_a_response_that_is_not_json": """
        urlpatterns = [path("", lambda request: HttpResponse("hi"))]
        try:
            Client().get("/").json()
        except ValueError as error:
            print(error)
    """,
    "the_views_request_under_each_client": """
        def show(request):
            print(repr(request), request.method, request.path)
            return HttpResponse("ok")
        urlpatterns = [path("orders/", show)]
        Client().get("/orders/")
        Client().post("/orders/")
        asyncio.run(AsyncClient().post("/orders/"))
    """,
    "environ_and_scope_hold_the_method_and_path": """
        def started(sender, environ=None, scope=None, **kwargs):
            if environ is not None:
                print(sender.__name__, environ["REQUEST_METHOD"], environ["PATH_INFO"],
                      environ["SERVER_NAME"], environ["QUERY_STRING"] == "")
            else:
                print(sender.__name__, scope["type"], scope["method"], scope["path"],
                      scope["query_string"])
        request_started.connect(started)
        urlpatterns = [path("", lambda request: HttpResponse("ok"))]
        Client().get("/")
        asyncio.run(AsyncClient().get("/"))
    """,
    "an_async_receiver_of_request_started_under_both_clients": """
        async def started(sender, **kwargs):
            await asyncio.sleep(0)
            print("async receiver for", sender.__name__)
        request_started.connect(started)
        urlpatterns = [path("", lambda request: HttpResponse("ok"))]
        Client().get("/")
        asyncio.run(AsyncClient().get("/"))
    """,
    "the_exception_reaches_the_test_and_the_response_keeps_it": """
        def boom(request):
            raise KeyError("cart")
        urlpatterns = [path("boom/", boom)]
        response = Client(raise_request_exception=False).get("/boom/")
        print(response.status_code, type(response.exc_info[1]).__name__)
        async def main():
            try:
                await AsyncClient().get("/boom/")
            except KeyError as error:
                print("raised", repr(error))
        asyncio.run(main())
    """,
    "a_failing_receiver_of_got_request_exception_reaches_the_test": """
        def boom(request):
            raise KeyError("cart")
        def broken(sender, request, **kwargs):
            raise RuntimeError("the error reporter failed")
        got_request_exception.connect(broken)
        urlpatterns = [path("boom/", boom)]
        try:
            Client().get("/boom/")
        except Exception as error:
            print(type(error).__name__, error)
    """,
}


@pytest.fixture(scope="module")
def both():
    programs = {key: IMPORTS + textwrap.dedent(code) for key, code in PROGRAMS.items()}
    return run_snippets("signals_core", programs), run_snippets("django", programs)


@pytest.mark.parametrize("key", PROGRAMS)
def test_the_stand_ins_print_what_django_prints(key, both):
    under_signals_core, under_django = both
    assert under_django[key]["error"] is None, under_django[key]["error"]
    assert seen_by_the_learner(under_signals_core[key]) == seen_by_the_learner(under_django[key])
