"""signals_core: Django 5.2's `django.dispatch` in plain Python, with the built-in signals and
a tiny model layer, so code written for Django runs unchanged in the browser (Pyodide)."""

from . import trace
from .dispatcher import Signal, receiver
from .django_compat import install
from .reset import reset

__all__ = ["Signal", "receiver", "install", "reset", "trace"]
