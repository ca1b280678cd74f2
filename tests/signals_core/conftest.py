"""Real Django 5.2, configured once for the signals_core tests: an in-memory SQLite database
(so transactions are real), the default locmem cache, and DEBUG off, as in production: with
DEBUG on, Django's receiver check caches each function it inspects (functools.lru_cache), which
keeps weak receivers alive and would hide the weak-reference behaviour these tests compare."""

import django
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=[],
        USE_TZ=True,
    )
    django.setup()
