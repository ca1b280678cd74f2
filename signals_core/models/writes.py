"""The QuerySet methods that write rows (django/db/models/query.py), and which of them send
save signals, as Django decides: create(), get_or_create() and update_or_create() go through
save(); update(), bulk_create() and bulk_update() write rows directly and send no save signal;
delete() runs the Collector (deletion.py).
"""

from __future__ import annotations

from .. import transaction
from ..exceptions import FieldDoesNotExist, FieldError, not_on_this_page
from . import rows
from .expressions import Expression, compile_expression
from .paths import LOOKUP_SEP


class WriteMethods:
    """Mixed into QuerySet: its writes."""

    def create(self, **kwargs):
        obj = self.model(**kwargs)
        obj.save(force_insert=True, using=self.db)
        return obj

    def get_or_create(self, defaults=None, **kwargs):
        try:
            return self.get(**kwargs), False
        except self.model.DoesNotExist:
            params = self._extract_model_params(defaults, **kwargs)
            with transaction.atomic():
                params = {key: value() if callable(value) else value
                          for key, value in params.items()}
                return self.create(**params), True

    def update_or_create(self, defaults=None, create_defaults=None, **kwargs):
        update_defaults = defaults or {}
        if create_defaults is None:
            create_defaults = update_defaults
        with transaction.atomic():
            obj, created = self.get_or_create(create_defaults, **kwargs)
            if created:
                return obj, created
            for key, value in update_defaults.items():
                setattr(obj, key, value() if callable(value) else value)
            update_fields = set(update_defaults)
            opts = self.model._meta
            if opts._non_pk_concrete_field_names.issuperset(update_fields):
                for field in opts.local_concrete_fields:
                    if not field.primary_key and type(field).pre_save is not _plain_pre_save():
                        update_fields.update({field.name, field.attname})
                obj.save(using=self.db, update_fields=update_fields)
            else:
                obj.save(using=self.db)
        return obj, False

    def _extract_model_params(self, defaults, **kwargs):
        params = {key: value for key, value in kwargs.items() if LOOKUP_SEP not in key}
        params.update(defaults or {})
        opts = self.model._meta
        invalid = []
        for param in params:
            try:
                opts.get_field(param)
            except FieldDoesNotExist:
                if not (param in opts._property_names and getattr(self.model, param).fset):
                    invalid.append(param)
        if invalid:
            names = "', '".join(sorted(invalid))
            raise FieldError(f"Invalid field name(s) for model {opts.object_name}: '{names}'.")
        return params

    def bulk_create(self, objs, batch_size=None, ignore_conflicts=False, update_conflicts=False,
                    update_fields=None, unique_fields=None):
        if batch_size is not None and batch_size <= 0:
            raise ValueError("Batch size must be a positive integer.")
        if update_conflicts:
            raise not_on_this_page("bulk_create(update_conflicts=True)", "needs a real database")
        opts = self.model._meta
        if any(parent._meta.concrete_model is not opts.concrete_model
               for parent in opts.all_parents):
            raise ValueError("Can't bulk create a multi-table inherited model")
        objs = list(objs)
        if not objs:
            return objs
        for obj in objs:
            if obj.pk is None:
                obj.pk = opts.pk.get_pk_value_on_save(obj)
            obj._prepare_related_fields_for_save(operation_name="bulk_create")
        with_pk = [obj for obj in objs if obj.pk is not None]
        without_pk = [obj for obj in objs if obj.pk is None]
        with transaction.atomic(savepoint=False):
            for obj in with_pk:
                obj._insert_row(opts.concrete_model, ignore_conflicts=ignore_conflicts)
                obj._state.adding, obj._state.db = False, self.db
            for obj in without_pk:
                obj._insert_row(opts.concrete_model, ignore_conflicts=ignore_conflicts)
                # Skipping conflicts, Django gets no keys back: these stay unsaved-looking.
                if not ignore_conflicts:
                    obj._state.adding, obj._state.db = False, self.db
        return objs

    def bulk_update(self, objs, fields, batch_size=None):
        if batch_size is not None and batch_size <= 0:
            raise ValueError("Batch size must be a positive integer.")
        if not fields:
            raise ValueError("Field names must be given to bulk_update().")
        objs = tuple(objs)
        if any(obj.pk is None for obj in objs):
            raise ValueError("All bulk_update() objects must have a primary key set.")
        opts = self.model._meta
        fields = [opts.get_field(name) for name in fields]
        if any(not field.concrete or field.many_to_many for field in fields):
            raise ValueError("bulk_update() can only be used with concrete fields.")
        if any(field.primary_key for field in fields):
            raise ValueError("bulk_update() cannot be used with primary key fields.")
        if not objs:
            return 0
        for obj in objs:
            obj._prepare_related_fields_for_save(operation_name="bulk_update", fields=fields)
        first_of_each = {}
        for obj in objs:
            first_of_each.setdefault(obj.pk, obj)
        with transaction.atomic(savepoint=False):
            return sum(rows.update_rows(self.model, [pk], _update_values(
                self.model, {field.attname: getattr(obj, field.attname) for field in fields}))
                for pk, obj in first_of_each.items())

    def update(self, **kwargs):
        if self.is_sliced:
            raise TypeError("Cannot update a query once a slice has been taken.")
        opts = self.model._meta
        values = {}
        for name, value in kwargs.items():
            field = opts.get_field(name)
            if not getattr(field, "concrete", False) or field.many_to_many:
                raise FieldError(f"Cannot update model field {field!r} (only non-relations and "
                                 "foreign keys permitted).")
            if field.primary_key:
                raise not_on_this_page("update() of a primary key", "is not supported")
            values[field.attname] = value
        values = _update_values(self.model, values)
        pk = opts.pk.attname
        with transaction.mark_for_rollback_on_error():
            count = rows.update_rows(self.model, [record[pk] for record in self._records()],
                                     values)
        self._result_cache = None
        return count

    def delete(self):
        from .deletion import Collector

        if self.is_sliced:
            raise TypeError("Cannot use 'limit' or 'offset' with delete().")
        if self._iterable != "models":
            raise TypeError("Cannot call delete() after .values() or .values_list()")
        query = self._chain()
        query._order_by, query._default_ordering = (), False
        collector = Collector(using=self.db, origin=self)
        collector.collect(query)
        deleted = collector.delete()
        self._result_cache = None
        return deleted

    delete.queryset_only = True

    def _raw_delete(self, using=None):
        """Delete this query's rows with no signals and no cascade."""
        pk = self.model._meta.pk.attname
        return rows.delete_rows(self.model, [record[pk] for record in self._records()])


def _plain_pre_save():
    from .fields import Field

    return Field.pre_save


def _update_values(model, values):
    """attname -> a stored value, or a function of the row's record for an F() expression."""
    opts = model._meta
    prepared = {}
    for attname, value in values.items():
        field = opts.get_field(attname)
        if isinstance(value, Expression):
            prepared[attname] = _computed(field, compile_expression(model, value,
                                                                    allow_joins=False))
        else:
            prepared[attname] = field.get_prep_value(value)
    return prepared


def _computed(field, expression):
    return lambda record: field.get_prep_value(expression(record))
