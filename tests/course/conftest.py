"""Claims modules list their programs in PROGRAMS, and in SAME_IN_THE_BROWSER the ones the page
runs too; these fixtures run them once per module."""

import pytest

from tools.program_runs import run_snippets


@pytest.fixture(scope="module")
def under_django(request):
    """What each of the module's PROGRAMS prints under real Django 5.2."""
    return run_snippets("django", request.module.PROGRAMS)


@pytest.fixture(scope="module")
def under_signals_core(request):
    """What the module's SAME_IN_THE_BROWSER programs print under signals_core, as on the page."""
    programs = request.module.PROGRAMS
    return run_snippets("signals_core",
                        {name: programs[name] for name in request.module.SAME_IN_THE_BROWSER})
