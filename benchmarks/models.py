"""signals_core's model layer against Django 5.2's on SQLite in memory, measured in one process.

    .venv/bin/python benchmarks/models.py

Prints one table: each measure for both model layers, signals_core's ratio to Django and
whether the goal of issue 16 is met (faster than Django on each: the page's layer does no
SQL). Each measure runs the same code on a signals_core model and an identical Django model;
the rows a round needs are made before it, untimed, and the fastest of interleaved rounds
counts, so that other work on the machine hurts both alike. Django runs as in production
(DEBUG off).
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402
from django.conf import settings  # noqa: E402

# Django only sees relations (and cascades along them) between models of installed apps.
APPS = Path(tempfile.mkdtemp())
(APPS / "bench").mkdir()
(APPS / "bench" / "__init__.py").write_text("")
sys.path.insert(0, str(APPS))
settings.configure(
    DEBUG=False, INSTALLED_APPS=["bench"], USE_TZ=True,
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
)
django.setup()

from django.db import connection  # noqa: E402
from django.db import models as django_models  # noqa: E402
from django.db.models import signals as django_signals  # noqa: E402

from signals_core import database  # noqa: E402
from signals_core import models as core_models  # noqa: E402
from signals_core import signals as core_signals  # noqa: E402

CREATES, ROWS, CHILDREN = 1_000, 10_000, 1_000
ROUNDS = 7          # for the measures that make their rows anew before each round
QUERY_ROUNDS = 100  # for the query, which reads the same rows every round


def define(models):
    """The same three models, on either model layer."""
    class Product(models.Model):
        name = models.CharField(max_length=20)
        price = models.IntegerField()
        Meta = type("Meta", (), {"app_label": "bench"})

    class Parent(models.Model):
        name = models.CharField(max_length=20)
        Meta = type("Meta", (), {"app_label": "bench"})

    class Child(models.Model):
        parent = models.ForeignKey(Parent, on_delete=models.CASCADE)
        name = models.CharField(max_length=20)
        Meta = type("Meta", (), {"app_label": "bench"})

    return Product, Parent, Child


CORE = define(core_models)
DJANGO = define(django_models)
with connection.schema_editor() as editor:
    for model in DJANGO:
        editor.create_model(model)


def empty_tables(layer):
    if layer is CORE:
        database.reset()
        return
    with connection.cursor() as cursor:
        for model in reversed(DJANGO):  # children first: their foreign keys are checked
            cursor.execute(f"DELETE FROM {model._meta.db_table}")
        cursor.execute("DELETE FROM sqlite_sequence")


def fastest(candidates, rounds=ROUNDS):
    """{name: fastest seconds of candidates[name] = (prepare, run)}, rounds interleaved."""
    best = dict.fromkeys(candidates, float("inf"))
    gc.disable()
    for _ in range(rounds):
        for name, (prepare, run) in candidates.items():
            state = prepare()
            started = time.perf_counter()
            run(state)
            best[name] = min(best[name], time.perf_counter() - started)
    gc.enable()
    return best


def receiver(sender, **kwargs):
    return None


def create_times():
    def prepare(layer):
        def prepared():
            empty_tables(layer)
            return layer[0]
        return prepared

    def run(product):
        for index in range(CREATES):
            product.objects.create(name="pen", price=index)

    for signals, layer in ((core_signals, CORE), (django_signals, DJANGO)):
        signals.pre_save.connect(receiver, sender=layer[0])
        signals.post_save.connect(receiver, sender=layer[0])
    times = fastest({"signals_core": (prepare(CORE), run), "Django": (prepare(DJANGO), run)})
    for signals, layer in ((core_signals, CORE), (django_signals, DJANGO)):
        signals.pre_save.disconnect(receiver, sender=layer[0])
        signals.post_save.disconnect(receiver, sender=layer[0])
    return times


def filter_times():
    def prepare(layer):
        empty_tables(layer)
        product = layer[0]
        product.objects.bulk_create([product(name=f"p{index}", price=index % 100)
                                     for index in range(ROWS)])
        return product

    def run(product):
        list(product.objects.filter(price__gte=90, name__startswith="p1"))

    prepared = {layer: prepare(layer) for layer in (CORE, DJANGO)}
    return fastest({"signals_core": (lambda: prepared[CORE], run),
                    "Django": (lambda: prepared[DJANGO], run)}, rounds=QUERY_ROUNDS)


def cascade_times(listening):
    def prepare(layer):
        def prepared():
            empty_tables(layer)
            _, parent_model, child_model = layer
            parent = parent_model.objects.create(name="parent")
            child_model.objects.bulk_create([child_model(parent=parent, name=f"c{index}")
                                             for index in range(CHILDREN)])
            return parent
        return prepared

    def run(parent):
        parent.delete()

    pairs = ((core_signals, CORE), (django_signals, DJANGO))
    if listening:
        for signals, layer in pairs:
            signals.post_delete.connect(receiver, sender=layer[2])
    times = fastest({"signals_core": (prepare(CORE), run), "Django": (prepare(DJANGO), run)})
    if listening:
        for signals, layer in pairs:
            signals.post_delete.disconnect(receiver, sender=layer[2])
    return times


def row(measure, times):
    core, django_time = times["signals_core"], times["Django"]
    ratio = core / django_time
    return (f"| {measure} | {core * 1e3:,.2f} | {django_time * 1e3:,.2f} | {ratio:.2f}x | "
            f"< 1.0x Django | {'yes' if ratio < 1 else 'NO'} |")


def main():
    lines = ["| measure (ms) | signals_core | Django 5.2 + SQLite | ratio | goal | met |",
             "| --- | ---: | ---: | ---: | --- | --- |",
             row(f"create() {CREATES:,} rows, 2 receivers (pre_save, post_save)", create_times()),
             row(f"filter() over {ROWS:,} rows, {ROWS // 100:,} returned", filter_times()),
             row(f"delete() 1 parent, cascading to {CHILDREN:,} children, a post_delete "
                 "receiver on the children", cascade_times(listening=True)),
             row(f"delete() 1 parent, cascading to {CHILDREN:,} children, no receiver (fast "
                 "delete)", cascade_times(listening=False))]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
