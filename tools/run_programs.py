"""Run course programs, each as if it were a fresh program, under one backend; print JSON.

    python -S tools/run_programs.py signals_core < programs.json
    python    tools/run_programs.py django       < programs.json
    python    tools/run_programs.py django --no-debug < programs.json

Input: a JSON list of {"id": ..., "code": ...}. Output: a JSON object mapping each id to
{"stdout": ..., "stderr": ..., "error": "ExceptionType: message" or null}; `stderr` holds what
the program wrote there, logging's reports included.

- signals_core: run with `python -S`, so real Django is not importable and `signals_core.install()`
  provides the `django` modules, exactly as in the browser; code runs as `__main__`, as on a page.
- django: real Django 5.2 with in-memory SQLite (shared by threads, for async ORM calls), its
  default (locmem) cache and the locmem e-mail backend, plus signals_core's Celery stand-in as
  `celery` (real Celery is not installed here, and the browser has the same stand-in). DEBUG is
  on, so that Django checks receivers when they connect as signals_core always does;
  `--no-debug` turns it off, as in production, where Django's receiver check no longer keeps weak
  receivers alive and, as on the page, they vanish. Code runs as the models module of an
  installed app called `app` (signals_core gives models defined in `__main__` that same app
  label); a second installed app, `store`, is there for models that set
  `Meta.app_label = "store"`. Each model's table is created once the model and the models its
  relations point to are registered. Django's `auth` and `contenttypes` apps are installed
  too, first, as in a project (their tables made by `migrate` once, at the start; passwords
  hashed with MD5, as Django advises for tests, to keep runs fast), so that `authenticate()`,
  `login()`, `post_migrate` and the auth signals run as in a project.
  ROOT_URLCONF names the program's module and ALLOWED_HOSTS has the test client's "testserver", so `django.test.Client` serves the `urlpatterns` the
  program defines, as the page's test client does.

Each program runs as a module of its own, registered in sys.modules under its name while it runs
(`__main__`, or `app.models`), as the page's code runs in its `__main__`: a URLconf is looked up
there.

Between programs everything a program left behind is undone: receivers, models, tables, rows
(the auth and contenttypes tables emptied, their keys counted from 1 again), sent e-mails,
cached values and queued tasks, so each program's output is what it prints when
run on its own.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import sys
import tempfile
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_LABEL = "app"
APP_LABELS = (APP_LABEL, "store")
DJANGO_APPS = ("django.contrib.auth", "django.contrib.contenttypes")


class SignalsCoreBackend:
    module_name = "__main__"

    def __init__(self):
        sys.path.insert(0, str(ROOT))
        import signals_core

        signals_core.install()
        self.signals_core = signals_core

    def fresh_start(self):
        self.signals_core.reset()

    def clean_up(self):
        pass


class _CurrentStderr:
    """Writes to whatever sys.stderr is at the time, so that Django's console log handler (made
    with the process's stderr when Django was set up) writes into each program's own stderr."""

    def write(self, text):
        return sys.stderr.write(text)

    def flush(self):
        sys.stderr.flush()


class DjangoBackend:
    module_name = f"{APP_LABEL}.models"

    def __init__(self, debug: bool):
        apps_directory = Path(tempfile.mkdtemp())
        for label in APP_LABELS:
            package = apps_directory / label
            package.mkdir()
            (package / "__init__.py").write_text("")
            (package / "models.py").write_text("")
        sys.path.insert(0, str(apps_directory))

        import django
        from django.conf import settings

        settings.configure(
            DEBUG=debug,
            INSTALLED_APPS=[*DJANGO_APPS, *APP_LABELS],
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            # login() signs the session with it; DEBUG's error page for a raising view reads it.
            SECRET_KEY="only-for-running-course-programs",
            # In memory, shared by the connections of every thread (so that async ORM calls,
            # which Django runs in a thread, see the same tables).
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3",
                                   "NAME": "file:app?mode=memory&cache=shared"}},
            DEFAULT_AUTO_FIELD="django.db.models.AutoField",
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            USE_TZ=True,
            ROOT_URLCONF=self.module_name,
            ALLOWED_HOSTS=["testserver"],
        )
        django.setup()
        for handler in logging.getLogger("django").handlers:
            if type(handler) is logging.StreamHandler:
                handler.setStream(_CurrentStderr())
        sys.path.insert(0, str(ROOT))
        import signals_core
        from signals_core import celery_stand_in

        signals_core.install()  # real Django stays; only `celery` is registered, as a stand-in
        self.celery_worker = celery_stand_in.worker

        from django.apps import apps
        from django.contrib.auth import signals as auth_signals
        from django.contrib.contenttypes.models import ContentType
        from django.core.cache import cache
        from django.core import mail
        from django.core.management import call_command
        from django.db import connection
        from django.db.models import signals as model_signals
        from django.core import signals as core_signals
        from django.dispatch import Signal
        from django.urls import clear_url_caches

        call_command("migrate", verbosity=0)
        self.clear_url_caches = clear_url_caches
        self.apps, self.mail, self.connection, self.cache = apps, mail, connection, cache
        self.content_types = ContentType.objects
        self.django_tables = connection.introspection.django_table_names(only_existing=True)
        self.builtin_signals = [
            value for module in (model_signals, core_signals, auth_signals)
            for value in vars(module).values() if isinstance(value, Signal)
        ]
        self.original_receivers = {sig: list(sig.receivers) for sig in self.builtin_signals}
        self.created_models = []
        model_signals.class_prepared.connect(self._create_table, weak=False)
        self.original_receivers[model_signals.class_prepared] = list(
            model_signals.class_prepared.receivers
        )

    def _create_table(self, sender, **kwargs):
        """Create `sender`'s table once it and the models it points to are registered (an
        auto-created many-to-many table comes with the table of the model that declares it, a
        proxy model has none of its own, and neither have the historical models that `migrate`
        builds in a registry of their own)."""
        from django.db.models.fields.related import resolve_relation
        from django.db.models.utils import make_model_tuple

        opts = sender._meta
        if (opts.app_label not in APP_LABELS or opts.auto_created or opts.proxy
                or opts.apps is not self.apps):
            return
        related = [resolve_relation(sender, field.remote_field.model)
                   for field in [*opts.local_fields, *opts.local_many_to_many] if field.is_relation]
        related += [resolve_relation(sender, field.remote_field.through)
                    for field in opts.local_many_to_many]
        self.apps.lazy_model_operation(lambda *models: self._create(sender),
                                       make_model_tuple(sender),
                                       *(make_model_tuple(model) for model in related))

    def _create(self, model):
        with self.connection.schema_editor() as editor:
            editor.create_model(model)
        self.created_models.append(model)

    def _empty_django_tables(self):
        """Empty auth's and contenttypes' tables, keys reset, as `flush` does (without its
        post_migrate)."""
        from django.core.management.color import no_style

        operations = self.connection.ops
        operations.execute_sql_flush(operations.sql_flush(no_style(), self.django_tables,
                                                          reset_sequences=True))
        self.content_types.clear_cache()

    def fresh_start(self):
        self.mail.outbox = []
        self.cache.clear()
        self.celery_worker.purge()

    def clean_up(self):
        for signal, receivers in self.original_receivers.items():
            with signal.lock:
                signal.receivers[:] = receivers
                signal.sender_receivers_cache.clear()
        with self.connection.schema_editor() as editor:
            for model in reversed(self.created_models):
                editor.delete_model(model)
        self.created_models.clear()
        self._empty_django_tables()
        for label in APP_LABELS:
            self.apps.all_models[label].clear()
        for key in [key for key in self.apps._pending_operations if key[0] in APP_LABELS]:
            del self.apps._pending_operations[key]
        self.apps.clear_cache()
        self.clear_url_caches()  # the next program's module is a new URLconf


def run(backend, code: str) -> dict:
    backend.fresh_start()
    stdout, stderr = io.StringIO(), io.StringIO()
    error = None
    program = types.ModuleType(backend.module_name)
    replaced = sys.modules.get(backend.module_name)
    sys.modules[backend.module_name] = program
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            exec(compile(code, "<program>", "exec"), vars(program))
    except BaseException as exc:  # the program's own failure is part of its result
        error = f"{type(exc).__name__}: {exc}"
    finally:
        sys.modules[backend.module_name] = replaced
        del program
        backend.clean_up()
    return {"stdout": stdout.getvalue(), "stderr": stderr.getvalue(), "error": error}


def main() -> None:
    name, options = sys.argv[1], sys.argv[2:]
    backend = (SignalsCoreBackend() if name == "signals_core"
               else DjangoBackend(debug="--no-debug" not in options))
    programs = json.load(sys.stdin)
    results = {program["id"]: run(backend, program["code"]) for program in programs}
    json.dump(results, sys.__stdout__)


if __name__ == "__main__":
    main()
