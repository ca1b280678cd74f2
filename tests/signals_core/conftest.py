"""Real Django 5.2, configured once for the signals_core tests: an in-memory SQLite database
(so transactions are real), the default locmem cache, and DEBUG off, as in production: with
DEBUG on, Django's receiver check caches each function it inspects (functools.lru_cache), which
keeps weak receivers alive and would hide the weak-reference behaviour these tests compare.

The Django models these tests define belong to an installed app, `signals_core_tests` (an
empty package made here): Django only sees the relations, and cascades along them, between
models of installed apps.

Modules that list programs in PROGRAMS get the `both` fixture: it runs each program under
signals_core (as on the page) and under Django (tools/run_programs.py), checks they printed
the same, and gives what they printed.
"""

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import django
import pytest
from django.conf import settings

from tools.program_runs import printed, run_snippets

TEST_APP = "signals_core_tests"

if not settings.configured:
    apps_directory = Path(tempfile.mkdtemp())
    (apps_directory / TEST_APP).mkdir()
    (apps_directory / TEST_APP / "__init__.py").write_text("")
    sys.path.insert(0, str(apps_directory))
    settings.configure(
        DEBUG=False,
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=[TEST_APP],
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        USE_TZ=True,
    )
    django.setup()


@pytest.fixture(scope="session")
def _printed_by_backend(request):
    """Every program of the collected modules' PROGRAMS, run once under each backend, in two
    processes side by side: {backend: {(module name, program name): result}}."""
    modules = {item.module for item in request.session.items
               if hasattr(item, "module") and hasattr(item.module, "PROGRAMS")}
    programs = {f"{module.__name__}:{name}": code for module in modules
                for name, code in module.PROGRAMS.items()}
    with ThreadPoolExecutor(2) as pool:
        core, real = pool.map(lambda backend: run_snippets(backend, programs),
                              ["signals_core", "django"])
    return {"signals_core": core, "django": real}


@pytest.fixture(scope="module")
def both(request, _printed_by_backend):
    """printed_by_both(name): what program `name` of the module's PROGRAMS printed, the same
    under signals_core and Django (each run as a fresh program, without an error)."""
    prefix = f"{request.module.__name__}:"
    core, real = _printed_by_backend["signals_core"], _printed_by_backend["django"]

    def printed_by_both(name):
        key = prefix + name
        assert core[key] == real[key], f"{name}: signals_core and Django differ"
        return printed(core, key)
    return printed_by_both
