"""What the learning-style pages say about Django, shown by Django 5.2 itself.

- The cheat sheet: each API entry's proof program prints what course_data/api.yml says, under
  real Django and under the page's signals_core; each built-in signal is where the sheet says
  and is sent with exactly the arguments it lists, read from every send in Django's source.
- Debug it: each broken program shows its bug under real Django as it does on the page; the
  import cycle breaks a real Django start-up, and the fix starts it; Django calls the apps'
  ready() (and so their receivers) in INSTALLED_APPS order; the vanishing receiver vanishes
  once DEBUG is off.
- The playground's suggestions and the cheat sheet's notes, as short programs.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import textwrap
from collections import defaultdict
from pathlib import Path

import pytest

from course_data.content import course
from tools.exercise_files import EXERCISES, all_exercise_files, parse
from tools.program_runs import printed, run_in_fresh_python, run_programs

COURSE = course()
DJANGO = Path(importlib.util.find_spec("django").origin).parent
DEBUG_EXERCISES = [file for file in all_exercise_files() if file.name.startswith("modes/debug_")]
# Set on the page and in the course's Django harness (DEBUG on), this bug only shows with
# DEBUG off: tested on its own below.
HIDDEN_BY_DEBUG = "modes/debug_vanishing_receiver"

PROGRAMS = {
    "model_signals_send_the_class_and_every_receiver_gets_signal": """
        from django.db import models
        from django.db.models.signals import post_save
        class Order(models.Model):
            total = models.IntegerField()
        def show(sender, **kwargs):
            print(sender is Order, kwargs["signal"] is post_save)
        post_save.connect(show)
        Order.objects.create(total=1)
    """,
    "the_same_receiver_connected_twice_is_one_entry": """
        from django.dispatch import Signal
        order_placed = Signal()
        def award_points(sender, **kwargs):
            return 10
        order_placed.connect(award_points)
        order_placed.connect(award_points)
        print(len(order_placed.receivers), order_placed.send(sender=None)[0][1])
    """,
    "on_commit_refuses_what_is_not_callable": """
        from django.db import transaction
        try:
            with transaction.atomic():
                transaction.on_commit("the result of a call")
        except TypeError as error:
            print(error)
    """,
    "where_the_built_in_signals_are": """
        import importlib, json
        from django.dispatch import Signal
        found = {}
        for module in ["django.db.models.signals", "django.core.signals",
                       "django.db.backends.signals", "django.test.signals",
                       "django.contrib.auth.signals"]:
            for name, value in vars(importlib.import_module(module)).items():
                if isinstance(value, Signal):
                    found.setdefault(name, []).append(module)
        print(json.dumps(found))
    """,
}


@pytest.fixture(scope="module")
def under_django():
    return run_programs("django", {name: textwrap.dedent(code).strip() + "\n"
                                   for name, code in PROGRAMS.items()})


# ---- The cheat sheet ----

@pytest.fixture(scope="module")
def proofs():
    programs = {entry.id: entry.proof for entry in COURSE.api}
    return {backend: run_programs(backend, programs) for backend in ("django", "signals_core")}


@pytest.mark.parametrize("backend", ["django", "signals_core"])
@pytest.mark.parametrize("entry", COURSE.api, ids=lambda entry: entry.id)
def test_each_api_entry_of_the_cheat_sheet_does_what_it_says(entry, backend, proofs):
    assert printed(proofs[backend], entry.id) == entry.proof_prints


def test_model_signals_send_the_model_class_as_sender_and_every_receiver_gets_signal(under_django):
    assert printed(under_django, "model_signals_send_the_class_and_every_receiver_gets_signal") == (
        "True True\n")


def test_the_cheat_sheet_lists_every_signal_of_djangos_signal_modules_where_it_lives(under_django):
    modules_of = json.loads(printed(under_django, "where_the_built_in_signals_are"))
    assert sorted(signal.name for signal in COURSE.builtin_signals) == sorted(modules_of)
    for signal in COURSE.builtin_signals:  # setting_changed is in two of them
        assert signal.module in modules_of[signal.name], signal.name


def _function_calls(tree) -> dict[str, list[ast.Call]]:
    calls = defaultdict(list)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
            calls[node.func.id if isinstance(node.func, ast.Name) else node.func.attr].append(node)
    return calls


def sent_arguments() -> dict[str, set[str]]:
    """For each signal name, the keyword arguments of every `<name>.send(...)` (or send_robust,
    asend, asend_robust) in Django's source. A send that passes `**kwargs` on from its function's
    callers counts the keywords those callers pass it beyond the function's own parameters."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in DJANGO.rglob("*.py")
             if "tests" not in path.relative_to(DJANGO).parts]
    calls = defaultdict(list)
    for tree in trees:
        for name, found in _function_calls(tree).items():
            calls[name] += found
    arguments = defaultdict(set)
    for tree in trees:
        for function in [node for node in ast.walk(tree)
                         if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]:
            named = {arg.arg for arg in function.args.args + function.args.kwonlyargs}
            for call in [node for node in ast.walk(function) if isinstance(node, ast.Call)]:
                func = call.func
                if not (isinstance(func, ast.Attribute)
                        and func.attr in ("send", "send_robust", "asend", "asend_robust")):
                    continue
                signal = func.value.id if isinstance(func.value, ast.Name) else getattr(func.value, "attr", None)
                for keyword in call.keywords:
                    if keyword.arg is not None:
                        arguments[signal].add(keyword.arg)
                    else:  # **kwargs: what this function's callers pass it beyond its own
                        arguments[signal] |= {k.arg for caller in calls[function.name]
                                              for k in caller.keywords if k.arg not in named | {None}}
    return arguments


@pytest.fixture(scope="module")
def django_sends():
    return sent_arguments()


@pytest.mark.parametrize("signal", COURSE.builtin_signals, ids=lambda signal: signal.name)
def test_the_cheat_sheet_lists_exactly_the_arguments_django_sends_each_signal_with(signal, django_sends):
    assert signal.arguments[0] == "sender"
    assert set(signal.arguments) == django_sends[signal.name]


# ---- Debug it ----

def _normalised(result: dict) -> dict:
    """A run's result without what depends on the machine: the temporary folder an import error
    names, and where in C code the recursion limit was hit."""
    error = result["error"] and re.sub(r" \((/|[A-Z]:\\)[^)]*\)$", "", result["error"])
    error = error and re.sub(r"^(RecursionError: maximum recursion depth exceeded).*", r"\1", error)
    return {**result, "error": error}


@pytest.fixture(scope="module")
def broken_programs():
    programs = {file.name: file.example_program for file in DEBUG_EXERCISES}
    return {backend: run_programs(backend, programs) for backend in ("signals_core", "django")}


def test_debug_it_has_eight_broken_programs():
    assert len(DEBUG_EXERCISES) == 8 and all(file.is_graded for file in DEBUG_EXERCISES)


@pytest.mark.parametrize("file", [f for f in DEBUG_EXERCISES if f.name != HIDDEN_BY_DEBUG],
                         ids=lambda file: file.name)
def test_each_broken_program_shows_its_bug_under_django_as_on_the_page(file, broken_programs):
    on_the_page = _normalised(broken_programs["signals_core"][file.name])
    assert _normalised(broken_programs["django"][file.name]) == on_the_page
    assert solution_output(file) != on_the_page, "the broken program must show something wrong"


def solution_output(file) -> dict:
    return _normalised(run_programs("signals_core", {"fixed": file.program("env", "corr")})["fixed"])


RUN_WITH_DEBUG = """
import django
from django.conf import settings
settings.configure(DEBUG={debug})
django.setup()
exec(compile({program!r}, "<program>", "exec"), {{"__name__": "__main__"}})
"""


@pytest.mark.parametrize("debug, shown", [
    (False, "[]\n"),                              # production: the receiver is gone
    (True, "['Welcome aboard, ada!']\n"),         # development: Django's kwargs check keeps it
])
def test_the_vanishing_welcome_vanishes_only_with_debug_off(debug, shown):
    program = parse(EXERCISES / f"{HIDDEN_BY_DEBUG}.py").example_program
    assert run_in_fresh_python(RUN_WITH_DEBUG.format(debug=debug, program=program)) == shown


def project_files(section: str) -> dict[str, str]:
    """The files of the import-cycle program's PROJECT (in its starter or its solution), as a
    project has them: without the `class Meta` only the course's Django test run needs."""
    code = parse(EXERCISES / "modes" / "debug_import_cycle.py").section(section)
    assignment = next(node for node in ast.parse(code).body
                      if isinstance(node, ast.Assign) and node.targets[0].id == "PROJECT")
    namespace: dict = {}
    exec(compile(ast.Module([assignment], []), "PROJECT", "exec"), namespace)
    meta = '\n\n    class Meta:\n        app_label = "app"\n'
    return {path: source.replace(meta, "\n") for path, source in namespace["PROJECT"].items()}


START_SHOP_AND_BILLING = """
import django
from django.conf import settings
settings.configure(
    INSTALLED_APPS=["shop", "billing"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
try:
    django.setup()
except ImportError as error:
    print("ImportError:", str(error).split(" (")[0])
else:
    from django.db import connection
    from billing.models import Invoice
    from shop.models import Order
    with connection.schema_editor() as editor:
        editor.create_model(Order)
        editor.create_model(Invoice)
    Order.objects.create(total=20)
    print("invoices:", Invoice.objects.count())
"""


def start_project(tmp_path, files: dict[str, str]) -> str:
    for path, source in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(source)
    return run_in_fresh_python(START_SHOP_AND_BILLING, cwd=tmp_path)


def test_the_receiver_in_models_py_breaks_a_real_django_start_up_with_the_import_cycle(tmp_path):
    assert start_project(tmp_path, project_files("code")) == (
        "ImportError: cannot import name 'Order' from partially initialized module 'shop.models'\n")


def test_the_receiver_in_signals_py_imported_in_ready_starts_django_and_bills_each_order(tmp_path):
    assert start_project(tmp_path, project_files("corr")) == "invoices: 1\n"


def _app(tmp_path, name: str, receiver_body: str) -> None:
    app = tmp_path / name
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "apps.py").write_text(textwrap.dedent(f"""
        from django.apps import AppConfig

        class Config(AppConfig):
            name = "{name}"

            def ready(self):
                from orders.signals import order_placed

                def receiver(sender, **kwargs):
                    {receiver_body}

                order_placed.connect(receiver, weak=False)
    """))


@pytest.mark.parametrize("installed_apps", [["mailing", "loyalty"], ["loyalty", "mailing"]])
def test_django_connects_the_apps_receivers_in_installed_apps_order(tmp_path, installed_apps):
    (tmp_path / "orders").mkdir()
    (tmp_path / "orders" / "__init__.py").write_text("")
    (tmp_path / "orders" / "signals.py").write_text("from django.dispatch import Signal\n\norder_placed = Signal()\n")
    _app(tmp_path, "loyalty", 'print("loyalty")')
    _app(tmp_path, "mailing", 'print("mailing")')
    output = run_in_fresh_python(f"""
        import django
        from django.conf import settings
        settings.configure(INSTALLED_APPS={installed_apps!r})
        django.setup()
        from orders.signals import order_placed
        order_placed.send(sender=None)
    """, cwd=tmp_path)
    assert output == "".join(f"{app}\n" for app in installed_apps)


def test_on_commit_refuses_a_result_in_place_of_a_function_to_call(under_django):
    assert printed(under_django, "on_commit_refuses_what_is_not_callable") == (
        "on_commit()'s callback must be a callable.\n")


# ---- The playground's suggestions ----

def test_a_receiver_connected_twice_is_one_entry_of_the_registry(under_django):
    assert printed(under_django, "the_same_receiver_connected_twice_is_one_entry") == "1 10\n"


def test_a_lambda_connected_weakly_never_answers_with_debug_off():
    output = run_in_fresh_python("""
        import django
        from django.conf import settings
        settings.configure(DEBUG=False)
        django.setup()
        from django.dispatch import Signal
        order_placed = Signal()
        order_placed.connect(lambda sender, **kwargs: "hello")
        print(order_placed.send(sender=None))
    """)
    assert output == "[]\n"
