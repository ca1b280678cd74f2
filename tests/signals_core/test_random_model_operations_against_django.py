"""Random sequences of model operations give the same rows and the same signals on the page's
model layer as on Django 5.2 with SQLite.

The schema is small: a Parent, a Child with a CASCADE foreign key to it, and a Tag that
children have many of. Each example listens to a random set of the model signals (so that
Django's shortcuts for nobody listening, fast deletes and fast m2m adds, are taken too), then
runs one sequence of create / save / update / delete / bulk_create / m2m add, remove, set,
clear / get, and atomic blocks that fail after a few of those, on both layers side by side,
from two objects of each model.
After every step they must agree on the step's result, on every signal sent (its name, its
sender and its arguments, objects shown by model and primary key), and on every table's rows.
"""

import logging

from django.db import connection, models, transaction
from django.db.models import signals as django_signals
from hypothesis import given, settings
from hypothesis import strategies as st

import signals_core
from signals_core import models as core_models
from signals_core import signals as core_signals
from signals_core import transaction as core_transaction

APP = "signals_core_tests"
SIGNALS = ["pre_init", "post_init", "pre_save", "post_save", "pre_delete", "post_delete",
           "m2m_changed"]
KINDS = ["parent", "child", "tag"]


def define(models, app_label):
    meta = type("Meta", (), {"app_label": app_label})

    class Parent(models.Model):
        name = models.CharField(max_length=10)
        Meta = meta

    class Tag(models.Model):
        name = models.CharField(max_length=10)
        Meta = meta

    class Child(models.Model):
        parent = models.ForeignKey(Parent, on_delete=models.CASCADE)
        name = models.CharField(max_length=10)
        tags = models.ManyToManyField(Tag)
        Meta = meta

    return {"parent": Parent, "tag": Tag, "child": Child}


DJANGO_MODELS = define(models, APP)
with connection.schema_editor() as editor:
    for model in DJANGO_MODELS.values():
        editor.create_model(model)


class Layer:
    """One model layer, its models, the instances a sequence made and what it heard."""

    def __init__(self, models, signals, transaction_module):
        self.models, self.signals, self.transaction = models, signals, transaction_module
        self.objects = {kind: [] for kind in KINDS}
        self.heard = []

    def listen(self, names):
        self.receivers = {name: self._recorder(name) for name in names}
        for name, recorder in self.receivers.items():
            getattr(self.signals, name).connect(recorder, weak=False)

    def stop_listening(self):
        for name, recorder in self.receivers.items():
            getattr(self.signals, name).disconnect(recorder)

    def _recorder(self, name):
        def record(sender, signal, **kwargs):
            if sender._meta.app_label == self.models["parent"]._meta.app_label:
                self.heard.append((name, sender.__name__,
                                   sorted((key, plain(value)) for key, value in kwargs.items())))
        return record

    def rows(self):
        Child = self.models["child"]
        tables = {kind: list(model.objects.order_by("pk").values_list())
                  for kind, model in self.models.items()}
        tables["links"] = list(Child.tags.through.objects.order_by("pk").values_list())
        return tables

    def pick(self, kind, index):
        found = self.objects[kind]
        return found[index % len(found)] if found else None


def plain(value):
    """A signal argument as a plain value: objects by model and primary key."""
    if hasattr(value, "_meta") and not isinstance(value, type):
        return (type(value).__name__, value.pk)
    if isinstance(value, type):
        return value.__name__
    if hasattr(value, "_raw_delete"):
        return "QuerySet"
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    if isinstance(value, dict):
        return sorted((key, plain(item)) for key, item in value.items())
    if isinstance(value, (str, int, bool, type(None))):
        return value
    return repr(value)


def exists(instance):
    return instance is not None and type(instance).objects.filter(pk=instance.pk).exists()


def can_link(layer, child, tags):
    """Whether SQLite's foreign key checks would accept the rows an operation writes: the
    page's layer does not check them, so the test leaves out what they would refuse."""
    parent_alive = child is not None and layer.models["parent"].objects.filter(
        pk=child.parent_id).exists()
    return parent_alive and all(exists(tag) for tag in tags)


def run(layer, action):
    """Run `action` on `layer`; return a plain result."""
    kind, *arguments = action
    models_ = layer.models
    if kind == "create":
        what, index, name = arguments
        values = {"name": name}
        if what == "child":
            parent = layer.pick("parent", index)
            if not exists(parent):
                return "skipped"
            values["parent"] = parent
        obj = models_[what].objects.create(**values)
        layer.objects[what].append(obj)
        return plain(obj)
    if kind == "save":
        what, index, name, only_name = arguments
        obj = layer.pick(what, index)
        if obj is None or (what == "child" and not can_link(layer, obj, [])):
            return "skipped"
        obj.name = name
        obj.save(update_fields=["name"] if only_name else None)
        return plain(obj)
    if kind == "update":
        what, old, new = arguments
        return models_[what].objects.filter(name=old).update(name=new)
    if kind == "delete":
        what, index = arguments
        obj = layer.pick(what, index)
        return "skipped" if obj is None else obj.delete()
    if kind == "delete_where":
        what, name = arguments
        return models_[what].objects.filter(name=name).delete()
    if kind == "bulk_create":
        what, names = arguments
        if what == "child":
            return "skipped"
        created = models_[what].objects.bulk_create([models_[what](name=n) for n in names])
        layer.objects[what] += created
        return [plain(obj) for obj in created]
    if kind == "get":
        what, name = arguments
        return [plain(obj) for obj in models_[what].objects.filter(name=name)]
    if kind == "m2m":
        operation, index, tag_indexes = arguments
        child = layer.pick("child", index)
        tags = [layer.pick("tag", i) for i in tag_indexes]
        if child is None or None in tags:
            return "skipped"
        if operation in ("add", "set") and not (exists(child) and can_link(layer, child, tags)):
            return "skipped"
        if operation == "clear":
            return child.tags.clear()
        if operation == "set":
            return child.tags.set(tags)
        return getattr(child.tags, operation)(*tags)
    if kind == "atomic":
        steps, fail = arguments
        results = []
        try:
            with layer.transaction.atomic():
                results = [guarded(layer, step) for step in steps]
                if fail:
                    raise RuntimeError("the block fails")
        except RuntimeError:
            results.append("rolled back")
        return results
    raise AssertionError(kind)


def guarded(layer, action):
    try:
        return run(layer, action)
    except Exception as error:  # both layers must fail alike
        return ("raised", type(error).__name__, str(error))


name = st.sampled_from(["a", "b", "c"])
index = st.integers(0, 5)
what = st.sampled_from(KINDS)
m2m_step = st.tuples(st.just("m2m"), st.sampled_from(["add", "remove", "set", "clear"]), index,
                     st.lists(index, max_size=3))
simple_step = st.one_of(
    st.tuples(st.just("create"), what, index, name),
    st.tuples(st.just("create"), st.just("child"), index, name),
    st.tuples(st.just("save"), what, index, name, st.booleans()),
    st.tuples(st.just("update"), what, name, name),
    st.tuples(st.just("delete"), what, index),
    st.tuples(st.just("delete_where"), what, name),
    st.tuples(st.just("bulk_create"), st.sampled_from(["parent", "tag"]),
              st.lists(name, min_size=1, max_size=3)),
    st.tuples(st.just("get"), what, name),
    m2m_step,
    m2m_step,
)
step = st.one_of(simple_step, simple_step,
                 st.tuples(st.just("atomic"), st.lists(simple_step, min_size=1, max_size=3),
                           st.booleans()))
# Every sequence starts from two of each, so that its steps have objects to work on.
FIRST_STEPS = [("create", "parent", 0, "a"), ("create", "parent", 1, "b"),
               ("create", "tag", 0, "a"), ("create", "tag", 1, "b"),
               ("create", "child", 0, "a"), ("create", "child", 1, "b")]


def empty_django_tables():
    with connection.cursor() as cursor:
        Child = DJANGO_MODELS["child"]
        for model in (Child.tags.through, Child, DJANGO_MODELS["tag"], DJANGO_MODELS["parent"]):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")
        cursor.execute("DELETE FROM sqlite_sequence")


@settings(max_examples=150, deadline=None)
@given(listening=st.sets(st.sampled_from(SIGNALS)), steps=st.lists(step, min_size=1, max_size=15))
def test_random_model_operations_send_the_same_signals_and_leave_the_same_rows(listening, steps):
    signals_core.reset()
    empty_django_tables()
    core = Layer(define(core_models, APP), core_signals, core_transaction)
    real = Layer(DJANGO_MODELS, django_signals, transaction)
    for layer in (core, real):
        layer.listen(listening)
    logging.disable(logging.CRITICAL)
    try:
        for number, action in enumerate(FIRST_STEPS + steps):
            results = [guarded(layer, action) for layer in (core, real)]
            assert results[0] == results[1], f"step {number}: {action}"
            assert core.heard == real.heard, f"signals differ at step {number}: {action}"
            assert core.rows() == real.rows(), f"rows differ after step {number}: {action}"
            core.heard.clear()
            real.heard.clear()
    finally:
        logging.disable(logging.NOTSET)
        real.stop_listening()
        signals_core.reset()
