"""signals_core: Django 5.2's `django.dispatch` in plain Python, with the built-in signals and
the parts of Django's model layer that decide which signals fire (signals_core.models, over
rows in memory), so code written for Django runs unchanged in the browser (Pyodide)."""

from . import trace
from .dispatcher import Signal, receiver
from .django_compat import install
from .reset import reset

__all__ = ["Signal", "receiver", "install", "reset", "trace"]
