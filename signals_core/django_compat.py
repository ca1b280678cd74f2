"""Let code written for Django import from signals_core: `from django.dispatch import receiver`.

`install()` registers a small `django` package in sys.modules, only when real Django cannot be
imported: it never shadows a real Django. It registers the Celery stand-in as `celery` the same
way, only when real Celery cannot be imported.

The modules it provides: `django.dispatch`; `django.db` (with `models`, `transaction` and the
database errors); `django.db.models.signals`, `.deletion`, `.query`, `.manager`, `.fields`;
`django.apps` (`apps`, `AppConfig`); `django.core.signals`, `.mail`, `.cache`, `.exceptions`,
`.management` (`call_command("migrate")`); `django.utils.timezone`; `django.conf.settings`;
`django.test` (`TestCase` and its kin, `override_settings`, `Client`, `AsyncClient`) and
`django.test.signals`; `django.contrib.auth` (with `.models` and `.signals`);
`django.contrib.sessions.backends.cache`; and, for views and their request signals, stand-ins for
`django.http` and `django.urls.path`. Importing any other `django.*` module fails with a message
that says it is not part of this page's Django.

App labels: code typed on a page runs as the module `__main__`, and its models belong to the
app labelled `app`: `Article._meta.label` is `"app.Article"`, its table `app_article`, and a
receiver can name it as a sender with `sender="app.Article"`, or find it with
`apps.get_model("app", "Article")`. A model whose `class Meta` sets `app_label = "shop"`
belongs to the app `shop` instead (`"shop.Invoice"`), as in a Django project.
"""

from __future__ import annotations

import importlib.util
import sys
import types

from . import (apps, auth_stand_in, cache, celery_stand_in, client, database, dispatcher,
               exceptions, http, migrate_stand_in, models, session_store, settings_stand_in,
               signals, test_cases, timezone, transaction, urls)
from .models import base, deletion, enums, expressions, fields, lookups, manager, query, related

MODEL_SIGNALS = ("pre_init", "post_init", "pre_save", "post_save", "pre_delete", "post_delete",
                 "m2m_changed", "class_prepared", "pre_migrate", "post_migrate", "ModelSignal")
PROVIDED = ("django.dispatch, django.db (models, transaction), django.apps, "
            "django.core (signals, mail, cache, exceptions, management), django.conf, "
            "django.test (test cases, override_settings, Client, signals), django.contrib.auth, "
            "django.contrib.sessions.backends.cache, django.utils.timezone, and stand-ins for "
            "django.http and django.urls")
# Modules that hold others, which install() makes packages and links to their submodules.
PACKAGES = ("django", "django.db", "django.db.models", "django.core", "django.utils",
            "django.contrib", "django.contrib.auth", "django.contrib.sessions",
            "django.contrib.sessions.backends", "django.test")


class _Mail:
    """`django.core.mail` with the locmem backend: sent messages land in `outbox`."""

    class EmailMessage:
        def __init__(self, subject="", body="", from_email=None, to=None):
            self.subject, self.body, self.from_email, self.to = subject, body, from_email, list(to or [])

        def send(self, fail_silently=False):
            _mail_module.outbox.append(self)
            return 1

    @staticmethod
    def send_mail(subject, message, from_email, recipient_list, fail_silently=False, **kwargs):
        return _Mail.EmailMessage(subject, message, from_email, recipient_list).send()


_mail_module = types.ModuleType("django.core.mail")
_mail_module.outbox = []
_mail_module.EmailMessage = _Mail.EmailMessage
_mail_module.send_mail = _Mail.send_mail


def _module(name, **attributes):
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    return module


def _modules():
    model_api = {name: getattr(models, name) for name in models.__all__}
    db_errors = {name: getattr(exceptions, name) for name in (
        "Error", "DatabaseError", "IntegrityError", "ProgrammingError", "NotSupportedError")}
    return {
        "django": _module("django", VERSION=(5, 2, 0, "final", 0)),
        "django.dispatch": _module("django.dispatch", Signal=dispatcher.Signal,
                                   receiver=dispatcher.receiver),
        "django.apps": _module("django.apps", apps=apps.apps, AppConfig=apps.AppConfig),
        "django.db": _module("django.db", models=None, transaction=transaction,
                             DEFAULT_DB_ALIAS=database.DEFAULT_DB_ALIAS, **db_errors),
        "django.db.transaction": transaction,
        "django.db.models": _module("django.db.models", __getattr__=models.__getattr__,
                                    **model_api),
        "django.db.models.signals": _module(
            "django.db.models.signals", **{name: getattr(signals, name) for name in MODEL_SIGNALS}),
        "django.db.models.base": base,
        "django.db.models.deletion": deletion,
        "django.db.models.enums": enums,
        "django.db.models.expressions": expressions,
        "django.db.models.fields": fields,
        "django.db.models.fields.related": related,
        "django.db.models.manager": manager,
        "django.db.models.query": query,
        "django.db.models.query_utils": lookups,
        "django.core": _module("django.core", signals=None, mail=_mail_module, cache=None,
                               exceptions=exceptions),
        "django.core.cache": _module("django.core.cache", cache=cache.cache),
        "django.core.exceptions": exceptions,
        "django.core.signals": _module(
            "django.core.signals",
            request_started=signals.request_started, request_finished=signals.request_finished,
            setting_changed=signals.setting_changed,
            got_request_exception=signals.got_request_exception,
        ),
        "django.core.mail": _mail_module,
        "django.core.management": _module("django.core.management",
                                          call_command=migrate_stand_in.call_command),
        "django.utils": _module("django.utils"),
        "django.utils.timezone": _module("django.utils.timezone", now=timezone.now,
                                         utc=timezone.utc),
        "django.conf": _module("django.conf", settings=settings_stand_in.settings),
        "django.http": _module("django.http", HttpResponse=http.HttpResponse,
                               JsonResponse=http.JsonResponse, Http404=http.Http404,
                               HttpRequest=http.HttpRequest),
        "django.urls": _module("django.urls", path=urls.path),
        **_auth_modules(),
        **_test_modules(),
    }


def _auth_modules():
    """django.contrib.auth (and the session store its login() needs): see auth_stand_in."""
    return {
        "django.contrib": _module("django.contrib"),
        **{name: _module(name, __getattr__=auth_stand_in.module_getattr(name))
           for name in auth_stand_in.MODULES},
        "django.contrib.sessions": _module("django.contrib.sessions"),
        "django.contrib.sessions.backends": _module("django.contrib.sessions.backends"),
        "django.contrib.sessions.backends.cache": _module(
            "django.contrib.sessions.backends.cache", SessionStore=session_store.SessionStore),
    }


def _test_modules():
    """django.test's test cases, override_settings and test clients (see signals_core.client),
    and django.test.signals (Django re-exports setting_changed there)."""
    return {
        "django.test": _module("django.test", SimpleTestCase=test_cases.SimpleTestCase,
                               TransactionTestCase=test_cases.TransactionTestCase,
                               TestCase=test_cases.TestCase,
                               override_settings=settings_stand_in.override_settings,
                               Client=client.Client, AsyncClient=client.AsyncClient),
        "django.test.client": client,
        "django.test.signals": _module("django.test.signals",
                                       setting_changed=signals.setting_changed),
    }


def _request_modules():
    """The stand-ins a view and a test client need (see signals_core.client)."""
    return {
        "django.http": _module("django.http", HttpResponse=http.HttpResponse,
                               JsonResponse=http.JsonResponse, Http404=http.Http404,
                               HttpRequest=http.HttpRequest),
        "django.urls": _module("django.urls", path=urls.path),
        "django.test": _module("django.test", Client=client.Client,
                               AsyncClient=client.AsyncClient),
        "django.test.client": client,
    }


class _NotOnThisPage:
    """Finds no `django.*` module beyond those install() registered, and says so."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.startswith("django.") and getattr(sys.modules.get("django"), "__signals_core__",
                                                  False):
            raise ModuleNotFoundError(f"No module named '{name}': this page's Django has only "
                                      f"{PROVIDED}", name=name)
        return None


def _is_real(name) -> bool:
    """Whether `name` is, or can be imported as, a real package rather than our stand-in."""
    if name in sys.modules:
        return not getattr(sys.modules[name], "__signals_core__", False)
    return importlib.util.find_spec(name) is not None


def install() -> bool:
    """Register the `django` modules (and `celery`); True if `django` is ours, False if real."""
    if not _is_real("celery"):
        sys.modules["celery"] = celery_stand_in
    if _is_real("django"):
        return False
    modules = _modules()
    modules["django"].__signals_core__ = True
    for name, module in modules.items():
        sys.modules.setdefault(name, module)
        if name in PACKAGES:
            sys.modules[name].__path__ = []
    for name in modules:
        parent, _, child = name.rpartition(".")
        if parent in PACKAGES and getattr(sys.modules[parent], child, None) is None:
            setattr(sys.modules[parent], child, sys.modules[name])
    if not any(isinstance(finder, _NotOnThisPage) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NotOnThisPage())
    return True


def clear_outbox():
    _mail_module.outbox.clear()
