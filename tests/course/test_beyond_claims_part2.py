"""What the Connections and Common pitfalls pages and the final quiz's answers say about Django,
shown by Django 5.2 itself.

The runnable examples already prove what they print (tests/course/test_exercises.py), and many
quiz answers are proven by the lesson tests (tests/test_final_quiz.py names the proof of each);
these are the remaining claims. Most are short programs run under the course's Django harness
(DEBUG on, in-memory SQLite, models in an app called `app`); the ones that need their own
settings or a project layout run in a fresh Django process.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

from tools.exercise_files import EXERCISES, parse
from tools.program_runs import printed, run_in_fresh_python, run_programs

ROOT = Path(__file__).resolve().parents[2]

PROGRAMS = {
    "created_on_insert_then_update": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        class User(models.Model):
            username = models.CharField(max_length=50)
        seen = []
        def before(sender, **kwargs):
            seen.append(("pre_save", "created" in kwargs))
        def after(sender, created, **kwargs):
            seen.append(("post_save", created))
        pre_save.connect(before, sender=User)
        post_save.connect(after, sender=User)
        user = User.objects.create(username="ada")
        user.username = "ada_l"
        user.save()
        print(seen)
    """,
    "sender_filter": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        from django.dispatch import receiver
        class User(models.Model):
            username = models.CharField(max_length=50)
        class Order(models.Model):
            total = models.IntegerField()
        ran = []
        @receiver(post_save, sender=Order)
        def for_orders(sender, **kwargs):
            ran.append("sender=Order")
        @receiver(post_save)
        def for_everyone(sender, **kwargs):
            ran.append("no sender")
        @receiver(post_save, sender=User)
        def for_users(sender, **kwargs):
            ran.append("sender=User")
        @receiver(pre_save, sender=Order)
        def before_orders(sender, **kwargs):
            ran.append("pre_save")
        Order.objects.create(total=5)
        print(sorted(name for name in ran if name != "pre_save"))
    """,
    "receivers_run_inside_the_senders_call": """
        import threading
        from django.db import models
        from django.db.models.signals import post_save
        class User(models.Model):
            username = models.CharField(max_length=50)
        sender_thread = threading.get_ident()
        events = []
        def welcome(sender, **kwargs):
            events.append(f"receiver ran, same thread: {threading.get_ident() == sender_thread}")
        post_save.connect(welcome, sender=User)
        User.objects.create(username="ada")
        events.append("create() returned")
        print(events)
    """,
    "unconditional_resave_recurses": """
        from django.db import models
        from django.db.models.signals import post_save
        class Article(models.Model):
            title = models.CharField(max_length=50)
        def resave(sender, instance, **kwargs):
            instance.save()
        post_save.connect(resave, sender=Article)
        try:
            Article.objects.create(title="loop")
        except RecursionError:
            print("RecursionError")
    """,
    "on_commit_queues_after_commit_never_on_rollback": """
        from celery import shared_task, worker
        from django.db import models, transaction
        from django.db.models.signals import post_save
        class User(models.Model):
            username = models.CharField(max_length=50)
        @shared_task
        def send_welcome(user_id):
            pass
        def welcome(sender, instance, created, **kwargs):
            if created:
                transaction.on_commit(lambda: send_welcome.delay(instance.pk))
        post_save.connect(welcome, sender=User)
        with transaction.atomic():
            User.objects.create(username="ada")
            print("inside the block:", worker.pending())
        print("after the commit:", worker.pending())
        worker.purge()
        try:
            with transaction.atomic():
                User.objects.create(username="bob")
                raise ValueError("roll back")
        except ValueError:
            pass
        print("after a rollback:", worker.pending())
    """,
    "one_file_imported_under_two_names": """
        import sys
        import tempfile
        from pathlib import Path
        root = Path(tempfile.mkdtemp())
        (root / "shop").mkdir()
        (root / "shop" / "__init__.py").write_text("")
        (root / "bus.py").write_text("from django.dispatch import Signal\\norder_placed = Signal()\\n")
        receiver_module = '''
        from django.dispatch import receiver
        from bus import order_placed
        @receiver(order_placed{uid})
        def log_order(sender, **kwargs):
            print("  log_order ran, from module", __name__)
        '''
        (root / "shop" / "plain_receivers.py").write_text(receiver_module.format(uid=""))
        (root / "shop" / "uid_receivers.py").write_text(
            receiver_module.format(uid=', dispatch_uid="shop.log_order"'))
        sys.path[:0] = [str(root), str(root / "shop")]
        from bus import order_placed
        import shop.plain_receivers, plain_receivers
        print("without dispatch_uid:")
        order_placed.send(sender=None)
        order_placed.disconnect(shop.plain_receivers.log_order)
        order_placed.disconnect(plain_receivers.log_order)
        import shop.uid_receivers, uid_receivers
        print("with dispatch_uid:")
        order_placed.send(sender=None)
    """,
}


# Final quiz and Connections


def test_created_is_true_on_insert_false_on_update_and_pre_save_has_no_created(under_django):
    assert printed(under_django, "created_on_insert_then_update") == (
        "[('pre_save', False), ('post_save', True), ('pre_save', False), ('post_save', False)]\n"
    )


def test_a_receiver_without_sender_hears_every_sender_and_sender_filters_the_others(under_django):
    assert printed(under_django, "sender_filter") == "['no sender', 'sender=Order']\n"


def test_receivers_run_in_the_senders_thread_before_the_senders_call_returns(under_django):
    assert printed(under_django, "receivers_run_inside_the_senders_call") == (
        "['receiver ran, same thread: True', 'create() returned']\n"
    )


def test_without_kwargs_the_first_send_fails_and_naming_every_argument_lasts_until_a_new_one():
    output = run_in_fresh_python("""
        from django.conf import settings
        settings.configure(DEBUG=False)
        from django.dispatch import Signal
        order_placed = Signal()
        def bare(sender, order):
            pass
        def every_name(sender, signal, order):
            print("every_name ran")
        for receiver in (bare, every_name):
            order_placed.connect(receiver)
            try:
                order_placed.send(sender=None, order=1)
                order_placed.send(sender=None, order=1, coupon="SPRING")
            except TypeError as error:
                print("TypeError:", error)
            order_placed.disconnect(receiver)
    """)
    assert output == (
        "TypeError: bare() got an unexpected keyword argument 'signal'\n"
        "every_name ran\n"
        "TypeError: every_name() got an unexpected keyword argument 'coupon'\n"
    )


def test_a_post_save_receiver_that_always_saves_again_recurses_until_recursion_error(under_django):
    assert printed(under_django, "unconditional_resave_recurses") == "RecursionError\n"


def test_on_commit_queues_the_task_after_the_commit_and_never_after_a_rollback(under_django):
    assert printed(under_django, "on_commit_queues_after_commit_never_on_rollback") == (
        "inside the block: []\n"
        "after the commit: ['send_welcome']\n"
        "after a rollback: []\n"
    )


# Common pitfalls


def test_one_file_imported_under_two_names_connects_twice_unless_dispatch_uid(under_django):
    assert printed(under_django, "one_file_imported_under_two_names") == (
        "without dispatch_uid:\n"
        "  log_order ran, from module shop.plain_receivers\n"
        "  log_order ran, from module plain_receivers\n"
        "with dispatch_uid:\n"
        "  log_order ran, from module shop.uid_receivers\n"
    )


def test_django_imports_each_models_module_once_then_calls_the_apps_ready(tmp_path):
    app = tmp_path / "tracked"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "models.py").write_text('print("tracked/models.py imported")\n')
    (app / "apps.py").write_text(textwrap.dedent("""
        from django.apps import AppConfig, apps

        class TrackedConfig(AppConfig):
            name = "tracked"

            def ready(self):
                print("TrackedConfig.ready(), every app's models loaded:", apps.models_ready)
    """))
    output = run_in_fresh_python("""
        import django
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["tracked"])  # the app's name, not its AppConfig
        django.setup()
        import tracked.models
        from django.apps import apps
        print("config found by itself:", type(apps.get_app_config("tracked")).__name__)
    """, cwd=tmp_path)
    assert output == (
        "tracked/models.py imported\n"
        "TrackedConfig.ready(), every app's models loaded: True\n"
        "config found by itself: TrackedConfig\n"
    )


def test_the_observer_and_the_signal_versions_print_the_same():
    observer, signal = (parse(EXERCISES / "beyond" / f"connections_{name}.py").example_program
                        for name in ("observer", "signal"))
    outputs = run_programs("django", {"observer": observer, "signal": signal})
    assert printed(outputs, "observer") == printed(outputs, "signal") != ""


def _project_files(example: str, layout: str) -> dict[str, str]:
    """The files of one layout (WRONG or RIGHT) that an example writes to disk, as the page
    shows them: without the `class Meta` only the course's Django test run needs."""
    tree = ast.parse(parse(EXERCISES / "beyond" / f"{example}.py").section("code"))
    namespace: dict = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id in ("WRONG", "RIGHT"):
            exec(compile(ast.Module([node], []), example, "exec"), namespace)
    meta = '\n\n    class Meta:\n        app_label = "app"\n'
    return {path: source.replace(meta, "\n").strip() + "\n"
            for path, source in namespace[layout].items() if source}


def _titled_code_blocks(page: str, section: str, tab: str) -> dict[str, str]:
    """The `python title="..."` blocks inside one content tab of one section of a page."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    section_text = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    tab_lines = []
    for line in section_text.split(f'=== "{tab}"\n', 1)[1].splitlines():
        if line.strip() and not line.startswith("    "):
            break  # the tab's content is the indented block under its title
        tab_lines.append(line)
    blocks = re.findall(r'```python title="([^"]+)"\n(.*?)```',
                        textwrap.dedent("\n".join(tab_lines)), re.DOTALL)
    return {title: code.strip() + "\n" for title, code in blocks}


@pytest.mark.parametrize("tab, layout", [("Wrong", "WRONG"), ("Right", "RIGHT")])
def test_the_pitfall_page_shows_the_files_its_example_runs(tab, layout):
    shown = _titled_code_blocks(
        "beyond/common-pitfalls.md", "Receivers in `models.py` and import loops", tab
    )
    run = _project_files("pitfalls_receiver_location", layout)
    assert shown, f"no file shown in the {tab} tab"
    assert {path: run[path] for path in shown} == shown
