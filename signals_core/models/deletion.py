"""Deletes and their cascades: Django's Collector (django/db/models/deletion.py), over the
page's rows.

`instance.delete()` and `queryset.delete()` collect what must go: the objects, their
multi-table parents, and what points to them, as each ForeignKey's `on_delete` says (CASCADE
collects the children, PROTECT and RESTRICT refuse, SET_NULL / SET_DEFAULT / SET() change
the column, DO_NOTHING leaves the row). Then, in one atomic block, pre_delete is sent for every
collected object, the rows go (children before their parents unless the link can be null),
and post_delete is sent for every object, each with `origin`, the instance or queryset whose
delete() started it all. Rows nobody listens for, with nothing to cascade to, are deleted
without being read ("fast deletes"): no instance is built and no signal sent, as in Django.
The result is Django's: `(total, {"app.Model": count, ...})`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import partial, reduce
from itertools import chain
from operator import attrgetter, or_

from .. import signals, transaction
from ..exceptions import IntegrityError
from . import rows
from .lookups import Q


class ProtectedError(IntegrityError):
    def __init__(self, msg, protected_objects):
        self.protected_objects = protected_objects
        super().__init__(msg, protected_objects)


class RestrictedError(IntegrityError):
    def __init__(self, msg, restricted_objects):
        self.restricted_objects = restricted_objects
        super().__init__(msg, restricted_objects)


def CASCADE(collector, field, sub_objs, using):
    collector.collect(sub_objs, source=field.remote_field.model, source_attr=field.name,
                      nullable=field.null, fail_on_restricted=False)


def PROTECT(collector, field, sub_objs, using):
    raise ProtectedError(
        f"Cannot delete some instances of model '{field.remote_field.model.__name__}' because "
        f"they are referenced through a protected foreign key: "
        f"'{sub_objs[0].__class__.__name__}.{field.name}'", sub_objs)


def RESTRICT(collector, field, sub_objs, using):
    collector.add_restricted_objects(field, sub_objs)
    collector.add_dependency(field.remote_field.model, field.model)


def SET(value):
    if callable(value):
        def set_on_delete(collector, field, sub_objs, using):
            collector.add_field_update(field, value(), sub_objs)
    else:
        def set_on_delete(collector, field, sub_objs, using):
            collector.add_field_update(field, value, sub_objs)
        set_on_delete.lazy_sub_objs = True
    return set_on_delete


def SET_NULL(collector, field, sub_objs, using):
    collector.add_field_update(field, None, sub_objs)


SET_NULL.lazy_sub_objs = True


def SET_DEFAULT(collector, field, sub_objs, using):
    collector.add_field_update(field, field.get_default(), sub_objs)


def DO_NOTHING(collector, field, sub_objs, using):
    pass


def get_candidate_relations_to_delete(opts):
    """The ForeignKeys and OneToOneFields of other models that point to this one."""
    return (f for f in opts.get_fields(include_hidden=True)
            if f.auto_created and not f.concrete and (f.one_to_one or f.one_to_many))


class Collector:
    def __init__(self, using, origin=None):
        self.using = using
        self.origin = origin              # the Model or QuerySet whose delete() this is
        self.data = defaultdict(set)      # {model: {instances}}, later sorted lists
        self.field_updates = defaultdict(list)   # {(field, value): [instances or querysets]}
        self.restricted_objects = defaultdict(partial(defaultdict, set))
        self.fast_deletes = []            # querysets to delete without reading them
        self.dependencies = defaultdict(set)     # {model: {models to delete before it}}

    def add(self, objs, source=None, nullable=False, reverse_dependency=False):
        """Collect `objs`; return those not collected before."""
        if not objs:
            return []
        model = objs[0].__class__
        instances = self.data[model]
        new_objs = [obj for obj in objs if obj not in instances]
        instances.update(new_objs)
        # A nullable link is set to NULL first: it does not order the deletes.
        if source is not None and not nullable:
            self.add_dependency(source, model, reverse_dependency=reverse_dependency)
        return new_objs

    def add_dependency(self, model, dependency, reverse_dependency=False):
        if reverse_dependency:
            model, dependency = dependency, model
        self.dependencies[model._meta.concrete_model].add(dependency._meta.concrete_model)
        self.data.setdefault(dependency, self.data.default_factory())

    def add_field_update(self, field, value, objs):
        self.field_updates[field, value].append(objs)

    def add_restricted_objects(self, field, objs):
        if objs:
            self.restricted_objects[objs[0].__class__][field].update(objs)

    def clear_restricted_objects_from_set(self, model, objs):
        if model in self.restricted_objects:
            self.restricted_objects[model] = {
                field: items - objs for field, items in self.restricted_objects[model].items()}

    def clear_restricted_objects_from_queryset(self, model, qs):
        if model in self.restricted_objects:
            pks = [obj.pk for objs in self.restricted_objects[model].values() for obj in objs]
            self.clear_restricted_objects_from_set(model, set(qs.filter(pk__in=pks)))

    def _has_signal_listeners(self, model):
        return signals.pre_delete.has_listeners(model) or signals.post_delete.has_listeners(model)

    def can_fast_delete(self, objs, from_field=None):
        """Whether `objs` (a model, an instance or a queryset) can go without being read: no
        delete receivers, no multi-table parents, nothing pointing to it that must react."""
        if from_field and from_field.remote_field.on_delete is not CASCADE:
            return False
        if hasattr(objs, "_meta"):
            model = objs._meta.model
        elif hasattr(objs, "model") and hasattr(objs, "_raw_delete"):
            model = objs.model
        else:
            return False
        if self._has_signal_listeners(model):
            return False
        opts = model._meta
        return (all(link == from_field for link in opts.concrete_model._meta.parents.values())
                and all(related.field.remote_field.on_delete is DO_NOTHING
                        for related in get_candidate_relations_to_delete(opts)))

    def collect(self, objs, source=None, nullable=False, collect_related=True, source_attr=None,
                reverse_dependency=False, keep_parents=False, fail_on_restricted=True):
        """Collect `objs` (instances of one model, or a queryset), their parents, and what
        their related objects' on_delete asks for."""
        if self.can_fast_delete(objs):
            self.fast_deletes.append(objs)
            return
        new_objs = self.add(objs, source, nullable, reverse_dependency=reverse_dependency)
        if not new_objs:
            return
        model = new_objs[0].__class__
        if not keep_parents:
            # A multi-table parent's row goes with its child's (its own relations are
            # found among the child's).
            for ptr in model._meta.concrete_model._meta.parents.values():
                if ptr:
                    self.collect([getattr(obj, ptr.name) for obj in new_objs], source=model,
                                 source_attr=ptr.remote_field.related_name,
                                 collect_related=False, reverse_dependency=True,
                                 fail_on_restricted=False)
        if not collect_related:
            return
        model_fast_deletes = defaultdict(list)
        protected_objects = defaultdict(list)
        for related in get_candidate_relations_to_delete(model._meta):
            if keep_parents and related.model in model._meta.all_parents:
                continue
            field = related.field
            on_delete = field.remote_field.on_delete
            if on_delete == DO_NOTHING:
                continue
            related_model = related.related_model
            if self.can_fast_delete(related_model, from_field=field):
                model_fast_deletes[related_model].append(field)
                continue
            sub_objs = self.related_objects(related_model, [field], new_objs)
            # With no delete receiver, nobody sees the fields not needed to go on.
            if not self._has_signal_listeners(related_model):
                sub_objs = sub_objs.only(*{
                    rel.field.target_field.attname
                    for rel in get_candidate_relations_to_delete(related_model._meta)})
            if getattr(on_delete, "lazy_sub_objs", False) or sub_objs:
                try:
                    on_delete(self, field, sub_objs, self.using)
                except ProtectedError as error:
                    key = f"'{field.model.__name__}.{field.name}'"
                    protected_objects[key] += error.protected_objects
        if protected_objects:
            raise ProtectedError(
                f"Cannot delete some instances of model {model.__name__!r} because they are "
                f"referenced through protected foreign keys: {', '.join(protected_objects)}.",
                set(chain.from_iterable(protected_objects.values())))
        for related_model, related_fields in model_fast_deletes.items():
            self.fast_deletes.append(self.related_objects(related_model, related_fields, new_objs))
        if fail_on_restricted:
            self._check_restricted(model)

    def _check_restricted(self, model):
        """RESTRICT refuses unless what it protects is being deleted anyway, by a cascade."""
        for related_model, instances in self.data.items():
            self.clear_restricted_objects_from_set(related_model, instances)
        for qs in self.fast_deletes:
            self.clear_restricted_objects_from_queryset(qs.model, qs)
        restricted_objects = defaultdict(list)
        for related_model, fields in self.restricted_objects.items():
            for field, objs in fields.items():
                if objs:
                    restricted_objects[f"'{related_model.__name__}.{field.name}'"] += objs
        if restricted_objects:
            raise RestrictedError(
                f"Cannot delete some instances of model {model.__name__!r} because they are "
                f"referenced through restricted foreign keys: {', '.join(restricted_objects)}.",
                set(chain.from_iterable(restricted_objects.values())))

    def related_objects(self, related_model, related_fields, objs):
        """A queryset of the `related_model` rows that point to `objs` through the fields."""
        predicate = reduce(or_, [Q(**{f"{field.name}__in": objs}) for field in related_fields])
        related = related_model._base_manager.filter(predicate)
        if len(related_fields) == 1 and related_fields[0].db_index and not related.ordered:
            # Django leaves this order to the database, and SQLite reads the rows through the
            # foreign key's index: by key, then by row. The receivers see the cascade so.
            related = related.order_by(related_fields[0].attname, "pk")
        return related

    def instances_with_model(self):
        for model, instances in self.data.items():
            for obj in instances:
                yield model, obj

    def sort(self):
        """Order the models so that each comes after those it must be deleted after."""
        sorted_models, concrete_models = [], set()
        models = list(self.data)
        while len(sorted_models) < len(models):
            found = False
            for model in models:
                if model in sorted_models:
                    continue
                dependencies = self.dependencies.get(model._meta.concrete_model)
                if not (dependencies and dependencies.difference(concrete_models)):
                    sorted_models.append(model)
                    concrete_models.add(model._meta.concrete_model)
                    found = True
            if not found:
                return
        self.data = {model: self.data[model] for model in sorted_models}

    def delete(self):
        for model, instances in self.data.items():
            self.data[model] = sorted(instances, key=attrgetter("pk"))
        self.sort()
        deleted_counter = Counter()

        # One object, nothing depending on it, nobody listening: delete its row at once.
        if len(self.data) == 1 and len(instances) == 1:
            instance = list(instances)[0]
            if self.can_fast_delete(instance):
                with transaction.mark_for_rollback_on_error(self.using):
                    count = rows.delete_rows(model, [instance.pk])
                setattr(instance, model._meta.pk.attname, None)
                return count, {model._meta.label: count}

        with transaction.atomic(using=self.using, savepoint=False):
            for model, obj in self.instances_with_model():
                if not model._meta.auto_created:
                    signals.pre_delete.send(sender=model, instance=obj, using=self.using,
                                            origin=self.origin)
            for qs in self.fast_deletes:
                count = qs._raw_delete(using=self.using)
                if count:
                    deleted_counter[qs.model._meta.label] += count
            for (field, value), instances_list in self.field_updates.items():
                updates, objs = [], []
                for instances in instances_list:
                    if hasattr(instances, "_raw_delete") and instances._result_cache is None:
                        updates.append(instances)
                    else:
                        objs.extend(instances)
                if updates:
                    reduce(or_, updates).update(**{field.name: value})
                if objs:
                    rows.update_rows(objs[0].__class__, list({obj.pk for obj in objs}),
                                     {field.attname: field.get_prep_value(value)})
            for instances in self.data.values():
                instances.reverse()
            for model, instances in self.data.items():
                count = rows.delete_rows(model, [obj.pk for obj in instances])
                if count:
                    deleted_counter[model._meta.label] += count
                if not model._meta.auto_created:
                    for obj in instances:
                        signals.post_delete.send(sender=model, instance=obj, using=self.using,
                                                 origin=self.origin)
        for model, instances in self.data.items():
            for instance in instances:
                setattr(instance, model._meta.pk.attname, None)
        return sum(deleted_counter.values()), dict(deleted_counter)
