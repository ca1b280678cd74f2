"""Every "Try this" of the pages works as the page says: each suggestion is a variant file beside
the example it changes (exercises/.../<example>__<change>.py, see tools/variant_files.py), run
under signals_core (as on the page) and under real Django 5.2, which must show the same.

Variants are found by their names, so a new one is covered as soon as its file exists; its
notes tie it to the page and the words of the suggestion, so neither can drift from the other.
"""

from __future__ import annotations

import re
import tempfile

import pytest

from tools.course_pages import nav_pages
from tools.program_runs import run_programs, seen_by_the_learner
from tools.variant_files import all_variants

VARIANTS = all_variants()
PAGES = {page.src: page for page in nav_pages()}
# A program that writes files (the import-cycle pages) names its own temporary folder in errors.
TEMPORARY_FOLDER = re.compile(re.escape(tempfile.gettempdir()) + r"/\w+")
# A queued task's id is random; an exception's class is named after the module the program runs
# as: `__main__` (left out of the name) on the page, `app.models` in the Django harness.
TASK_ID = re.compile(r"\[[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\]")
HARNESS_MODULE = re.compile(r"\bapp\.models\.")


def _runs_in_production_mode(variant) -> bool:
    return variant.notes.get("django") == "DEBUG = False"


@pytest.fixture(scope="module")
def under_signals_core():
    return run_programs("signals_core", {variant.name: variant.program for variant in VARIANTS})


@pytest.fixture(scope="module")
def under_django():
    results = {}
    for debug in (True, False):
        programs = {variant.name: variant.program for variant in VARIANTS
                    if _runs_in_production_mode(variant) is not debug}
        results |= run_programs("django", programs, debug=debug)
    return results


# Where a runaway recursion meets the limit (in a Python call or a C one) changes only the tail
# of Python's message ("... while calling a Python object"), not what the learner learns.
RECURSION_TAIL = re.compile(r"^(RecursionError: maximum recursion depth exceeded).*", re.DOTALL)


def _shown(result):
    stdout, reports, error = seen_by_the_learner(result)
    reports = [HARNESS_MODULE.sub("", TASK_ID.sub("[<task id>]", line)) for line in reports]
    if error:
        error = RECURSION_TAIL.sub(r"\1", TEMPORARY_FOLDER.sub("<temporary folder>", error))
    return stdout, reports, error


def _words(text: str) -> str:
    return " ".join(text.split())


SUGGESTION = re.compile(r"\b[Tt]ry\s+(this|it)\b|then try:|\brun again\b")


def test_every_page_that_suggests_a_change_has_its_variants():
    suggesting = {src for src, page in PAGES.items() if SUGGESTION.search(page.text)}
    with_variants = {variant.notes.get("page") for variant in VARIANTS}
    assert suggesting, "no page suggests a change: is SUGGESTION out of date?"
    assert suggesting <= with_variants


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda variant: variant.name)
def test_each_variant_changes_an_example_its_page_shows_as_the_page_words_it(variant):
    page = PAGES.get(variant.notes.get("page"))
    assert page, f"{variant.name}: `# page:` names no page of the navigation"
    assert variant.notes.get("django", "DEBUG = False") == "DEBUG = False"
    suggestion = variant.notes.get("suggestion", "`# suggestion:` is missing")
    assert _words(suggestion) in _words(page.text), "the page words the suggestion otherwise"
    example = variant.example
    assert example.path in [ide.path for ide in page.ides()], "the page does not show the example"
    assert not example.is_graded and variant.program != example.example_program


@pytest.mark.parametrize("variant", [v for v in VARIANTS if "shows" in v.notes],
                         ids=lambda variant: variant.name)
def test_each_variant_shows_what_its_page_says_it_will(variant, under_signals_core):
    stdout, reports, error = seen_by_the_learner(under_signals_core[variant.name])
    assert _words(variant.notes["shows"]) in _words("\n".join([stdout, *reports, error or ""]))


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda variant: variant.name)
def test_each_variant_shows_the_same_on_the_page_and_under_django(
    variant, under_signals_core, under_django
):
    assert _shown(under_signals_core[variant.name]) == _shown(under_django[variant.name])
