"""Let code written for Django import from signals_core: `from django.dispatch import receiver`.

`install()` registers a small `django` package in sys.modules, only when real Django cannot be
imported: it never shadows a real Django. It registers the Celery stand-in as `celery` the same
way, only when real Celery cannot be imported.
"""

from __future__ import annotations

import importlib.util
import sys
import types

from . import cache, celery_stand_in, dispatcher, models, signals, transaction


class AppConfig:
    """Django's AppConfig, enough to show where receivers are connected: in ready()."""

    name = ""

    def __init__(self, app_name=None, app_module=None):
        self.name = app_name or self.name

    def ready(self):
        pass


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
    model_api = {name: getattr(models, name) for name in (
        "Model", "CharField", "TextField", "EmailField", "IntegerField", "DecimalField",
        "DateTimeField", "BooleanField", "ForeignKey", "CASCADE", "PROTECT", "SET_NULL",
        "DO_NOTHING",
    )}
    built_in = {name: value for name, value in vars(signals).items()
                if isinstance(value, dispatcher.Signal)}
    return {
        "django": _module("django", VERSION=(5, 2, 0, "final", 0)),
        "django.dispatch": _module("django.dispatch", Signal=dispatcher.Signal,
                                   receiver=dispatcher.receiver),
        "django.db": _module("django.db", models=None, transaction=transaction),
        "django.db.transaction": transaction,
        "django.db.models": _module("django.db.models", signals=None, **model_api),
        "django.db.models.signals": _module("django.db.models.signals", **built_in),
        "django.core": _module("django.core", signals=None, mail=_mail_module, cache=None),
        "django.core.cache": _module("django.core.cache", cache=cache.cache),
        "django.core.signals": _module(
            "django.core.signals",
            request_started=signals.request_started, request_finished=signals.request_finished,
        ),
        "django.core.mail": _mail_module,
        "django.apps": _module("django.apps", AppConfig=AppConfig),
    }


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
    modules["django"].__path__ = []
    for name, module in modules.items():
        sys.modules.setdefault(name, module)
    sys.modules["django.db"].models = sys.modules["django.db.models"]
    sys.modules["django.db.models"].signals = sys.modules["django.db.models.signals"]
    sys.modules["django.core"].signals = sys.modules["django.core.signals"]
    sys.modules["django.core"].cache = sys.modules["django.core.cache"]
    return True


def clear_outbox():
    _mail_module.outbox.clear()
