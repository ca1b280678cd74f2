"""signals_core.install() gives code written for Django its imports, and never shadows Django."""

import subprocess
import sys
import textwrap
from pathlib import Path

import django

import signals_core
from signals_core import celery_stand_in

ROOT = Path(__file__).resolve().parents[2]

DJANGO_STYLE_PROGRAM = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    import signals_core
    print("installed:", signals_core.install())

    from django.apps import AppConfig
    from django.core.cache import cache
    from django.core.signals import request_finished, request_started
    from django.db import models, transaction
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
    from django.dispatch import Signal, receiver
    from celery import shared_task

    print("signals_core's Signal:", Signal is signals_core.Signal)
    print("built-in signals:", [s.name for s in (pre_save, post_save, post_delete, m2m_changed,
                                                 request_started, request_finished)])

    class Shop(AppConfig):
        name = "shop"

        def ready(self):
            print("ready() connects receivers")

    Shop("shop", None).ready()
    print("cache and transaction:", cache.get("missing", "default"), callable(transaction.atomic))
""")


def test_install_gives_django_imports_when_django_is_not_installed():
    # `python -S` leaves out site-packages, so real Django cannot be imported, as in the browser.
    result = subprocess.run([sys.executable, "-S", "-c", DJANGO_STYLE_PROGRAM.format(root=str(ROOT))],
                            capture_output=True, text=True, timeout=60)
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "installed: True",
        "signals_core's Signal: True",
        "built-in signals: ['pre_save', 'post_save', 'post_delete', 'm2m_changed', "
        "'request_started', 'request_finished']",
        "ready() connects receivers",
        "cache and transaction: default True",
    ]


def test_install_never_shadows_a_real_django():
    real = sys.modules["django"]
    assert signals_core.install() is False
    assert sys.modules["django"] is real is django
    from django.dispatch import Signal

    assert Signal is not signals_core.Signal


def test_install_leaves_a_real_celery_alone(tmp_path, monkeypatch):
    (tmp_path / "celery").mkdir()
    (tmp_path / "celery" / "__init__.py").write_text("REAL = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(sys.modules, "celery", celery_stand_in)  # so that teardown restores it
    monkeypatch.delitem(sys.modules, "celery")
    signals_core.install()
    import celery

    assert getattr(celery, "REAL", False) and celery is not celery_stand_in
