"""Model: an instance's life as django/db/models/base.py has it (defining the class is
modelbase.py's job).

Saving (`save()` then `save_base()`): pre_save; then the row is updated if the primary key is
set and the row exists, and inserted otherwise (a multi-table child's parents first); then
post_save, with `created` telling which. The sender is the instance's class, a proxy model
included. `update_fields` limits the columns written (an empty one saves nothing and sends
nothing); `save_base(raw=True)` is what fixture loading does: the same signals with
`raw=True`, and parents left alone. Deleting runs the Collector (deletion.py).
"""

from __future__ import annotations

import datetime
import decimal
import warnings

from .. import database, signals, transaction
from ..exceptions import DatabaseError, FieldDoesNotExist, IntegrityError, not_on_this_page_method
from . import rows
from .expressions import Expression, compile_expression
from .fields import DEFERRED, NOT_PROVIDED
from .modelbase import ModelBase

DB = database.DEFAULT_DB_ALIAS


class RemovedInDjango60Warning(DeprecationWarning):
    pass


class ModelState:
    """Where an instance came from: `adding` until it is saved or read from the database."""

    def __init__(self):
        self.db = None
        self.adding = True
        self.fields_cache = {}


class Model(metaclass=ModelBase):
    def __init__(self, *args, **kwargs):
        cls = self.__class__
        opts = self._meta
        if opts.abstract:
            raise TypeError("Abstract models cannot be instantiated.")
        signals.pre_init.send(sender=cls, args=args, kwargs=kwargs)
        self._state = ModelState()
        if len(args) > len(opts.concrete_fields):
            raise IndexError("Number of args exceeds number of fields")
        if not kwargs:
            fields_iter = iter(opts.concrete_fields)
            for val, field in zip(args, fields_iter):
                if val is not DEFERRED:
                    setattr(self, field.attname, val)
        else:
            fields_iter = iter(opts.fields)
            for val, field in zip(args, fields_iter):
                if val is not DEFERRED:
                    setattr(self, field.attname, val)
                if kwargs.pop(field.name, NOT_PROVIDED) is not NOT_PROVIDED:
                    raise TypeError(f"{cls.__qualname__}() got both positional and keyword "
                                    f"arguments for field '{field.name}'.")
        for field in fields_iter:
            if kwargs and field.is_relation:
                if field.name in kwargs:
                    rel_obj = kwargs.pop(field.name)
                    if rel_obj is not DEFERRED:
                        setattr(self, field.name, rel_obj)
                    continue
                val = kwargs.pop(field.attname) if field.attname in kwargs else field.get_default()
            elif kwargs and field.attname in kwargs:
                val = kwargs.pop(field.attname)
            else:
                val = field.get_default()
            if val is not DEFERRED:
                setattr(self, field.attname, val)
        if kwargs:
            unexpected = []
            for prop, value in kwargs.items():
                if prop in opts._property_names:
                    if value is not DEFERRED:
                        setattr(self, prop, value)
                    continue
                try:
                    opts.get_field(prop)
                except FieldDoesNotExist:
                    unexpected.append(prop)
                else:
                    if value is not DEFERRED:
                        setattr(self, prop, value)
            if unexpected:
                names = ", ".join(repr(name) for name in unexpected)
                raise TypeError(f"{cls.__name__}() got unexpected keyword arguments: {names}")
        super().__init__()
        signals.post_init.send(sender=cls, instance=self)

    @classmethod
    def from_db(cls, db, field_names, values):
        """An instance for a row read from the database (values of the fields in
        `field_names`; the others are deferred)."""
        if len(values) != len(cls._meta.concrete_fields):
            values_iter = iter(values)
            values = [next(values_iter) if field.attname in field_names else DEFERRED
                      for field in cls._meta.concrete_fields]
        new = cls(*values)
        new._state.adding = False
        new._state.db = db
        return new

    def __repr__(self):
        return f"<{self.__class__.__name__}: {self}>"

    def __str__(self):
        return f"{self.__class__.__name__} object ({self.pk})"

    def __eq__(self, other):
        if not isinstance(other, Model):
            return NotImplemented
        if self._meta.concrete_model != other._meta.concrete_model:
            return False
        my_pk = self.pk
        if my_pk is None:
            return self is other
        return my_pk == other.pk

    def __hash__(self):
        if self.pk is None:
            raise TypeError("Model instances without primary key value are unhashable")
        return hash(self.pk)

    def _get_pk_val(self, meta=None):
        return getattr(self, (meta or self._meta).pk.attname)

    def _set_pk_val(self, value):
        for parent_link in self._meta.parents.values():
            if parent_link and parent_link != self._meta.pk:
                setattr(self, parent_link.target_field.attname, value)
        setattr(self, self._meta.pk.attname, value)

    pk = property(_get_pk_val, _set_pk_val)

    def _is_pk_set(self, meta=None):
        return self._get_pk_val(meta) is not None

    def get_deferred_fields(self):
        """The attnames of the fields only()/defer() left unloaded."""
        return {field.attname for field in self._meta.concrete_fields
                if field.attname not in self.__dict__}

    def refresh_from_db(self, using=None, fields=None, from_queryset=None):
        """Reload field values from the database (by building an instance, as Django does)."""
        if fields is not None:
            fields = set(fields)
            if not fields:
                return
            if any("__" in name for name in fields):
                raise ValueError('Found "__" in fields argument. Relations and transforms are '
                                 "not allowed in fields.")
        queryset = (from_queryset or self.__class__._base_manager).filter(pk=self.pk)
        deferred = self.get_deferred_fields()
        if fields is not None:
            queryset = queryset.only(*fields)
        elif deferred:
            queryset = queryset.only(*{field.attname for field in self._meta.concrete_fields
                                       if field.attname not in deferred})
        db_instance = queryset.get()
        not_loaded = db_instance.get_deferred_fields()
        for field in self._meta.concrete_fields:
            if field.attname in not_loaded:
                continue
            setattr(self, field.attname, getattr(db_instance, field.attname))
            if field.is_relation:
                if field.is_cached(db_instance):
                    field.set_cached_value(self, field.get_cached_value(db_instance))
                elif field.is_cached(self):
                    field.delete_cached_value(self)
        for rel in self._meta.related_objects:
            if (fields is None or rel.name in fields) and rel.is_cached(self):
                rel.delete_cached_value(self)
        self._state.db = db_instance._state.db

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        label = dict(field.flatchoices).get(value, value)
        plain = (type(None), int, float, decimal.Decimal, datetime.date, datetime.time)
        return label if isinstance(label, plain) else str(label)

    def serializable_value(self, field_name):
        try:
            field = self._meta.get_field(field_name)
        except FieldDoesNotExist:
            return getattr(self, field_name)
        return getattr(self, field.attname)

    def clean(self):
        """A hook for model validation: nothing to check by default, as in Django."""

    prepare_database_save = not_on_this_page_method("prepare_database_save", "prepares SQL")
    check = classmethod(not_on_this_page_method(
        "check", "runs Django's system checks, which this page's Django leaves out", False))

    # Saving

    def save(self, *args, force_insert=False, force_update=False, using=None,
             update_fields=None):
        if args:
            warnings.warn("Passing positional arguments to save() is deprecated",
                          RemovedInDjango60Warning, stacklevel=2)
            force_insert, force_update, using, update_fields = (
                *args, *(force_insert, force_update, using, update_fields)[len(args):])
        self._prepare_related_fields_for_save(operation_name="save")
        using = using or DB
        database.check_alias(using, f"using={using!r}")
        if force_insert and (force_update or update_fields):
            raise ValueError("Cannot force both insert and updating in model saving.")
        deferred = {field.attname for field in self._meta.concrete_fields
                    if field.attname not in self.__dict__}
        if update_fields is not None:
            if not update_fields:
                return
            update_fields = frozenset(update_fields)
            not_updatable = update_fields.difference(self._meta._non_pk_concrete_field_names)
            if not_updatable:
                raise ValueError("The following fields do not exist in this model, are m2m "
                                 "fields, primary keys, or are non-concrete fields: "
                                 + ", ".join(not_updatable))
        elif not force_insert and deferred and using == self._state.db:
            loaded = {field.attname for field in self._meta.concrete_fields
                      if field is not self._meta.pk}.difference(deferred)
            if loaded:
                update_fields = frozenset(loaded)
        self.save_base(using=using, force_insert=force_insert, force_update=force_update,
                       update_fields=update_fields)

    def save_base(self, raw=False, force_insert=False, force_update=False, using=None,
                  update_fields=None):
        """Send pre_save, write the rows (parents first), send post_save."""
        using = using or DB
        cls = origin = self.__class__
        if cls._meta.proxy:
            cls = cls._meta.concrete_model
        meta = cls._meta
        if not meta.auto_created:
            signals.pre_save.send(sender=origin, instance=self, raw=raw, using=using,
                                  update_fields=update_fields)
        if meta.parents:
            context = transaction.atomic(savepoint=False)
        else:
            context = transaction.mark_for_rollback_on_error()
        with context:
            parent_inserted = False
            if not raw:
                force_insert = self._validate_force_insert(force_insert)
                parent_inserted = self._save_parents(cls, using, update_fields, force_insert)
            updated = self._save_table(raw, cls, force_insert or parent_inserted, force_update,
                                       using, update_fields)
        self._state.db = using
        self._state.adding = False
        if not meta.auto_created:
            signals.post_save.send(sender=origin, instance=self, created=not updated,
                                   update_fields=update_fields, raw=raw, using=using)

    @classmethod
    def _validate_force_insert(cls, force_insert):
        if force_insert is False:
            return ()
        if force_insert is True:
            return (cls,)
        if not isinstance(force_insert, tuple):
            raise TypeError("force_insert must be a bool or tuple.")
        for member in force_insert:
            if not isinstance(member, ModelBase):
                raise TypeError(f"Invalid force_insert member. {member!r} must be a model "
                                "subclass.")
            if not issubclass(cls, member):
                raise TypeError(f"Invalid force_insert member. {member.__qualname__} must be a "
                                f"base of {cls.__qualname__}.")
        return force_insert

    def _save_parents(self, cls, using, update_fields, force_insert, updated_parents=None):
        """Save the parents' rows of a multi-table child, oldest first."""
        inserted = False
        if updated_parents is None:
            updated_parents = {}
        for parent, field in cls._meta.parents.items():
            if (field and getattr(self, parent._meta.pk.attname) is None
                    and getattr(self, field.attname) is not None):
                setattr(self, parent._meta.pk.attname, getattr(self, field.attname))
            parent_updated = updated_parents.get(parent)
            if parent_updated is None:
                parent_inserted = self._save_parents(parent, using, update_fields, force_insert,
                                                     updated_parents)
                updated = self._save_table(
                    cls=parent, using=using, update_fields=update_fields,
                    force_insert=parent_inserted or issubclass(parent, force_insert))
                if not updated:
                    inserted = True
                updated_parents[parent] = updated
            elif not parent_updated:
                inserted = True
            if field:
                setattr(self, field.attname, self._get_pk_val(parent._meta))
                if field.is_cached(self):
                    field.delete_cached_value(self)
        return inserted

    def _save_table(self, raw=False, cls=None, force_insert=False, force_update=False,
                    using=None, update_fields=None):
        """Update this instance's row of `cls`'s table, or insert it; True if updated."""
        meta = cls._meta
        fields = [field for field in meta.local_concrete_fields if not field.primary_key]
        if update_fields:
            fields = [field for field in fields
                      if field.name in update_fields or field.attname in update_fields]
        if not self._is_pk_set(meta):
            setattr(self, meta.pk.attname, meta.pk.get_pk_value_on_save(self))
        pk_set = self._is_pk_set(meta)
        if not pk_set and (force_update or update_fields):
            raise ValueError("Cannot force an update in save() with no primary key.")
        updated = False
        if (not raw and not force_insert and not force_update and self._state.adding
                and meta.pk.has_default()):
            force_insert = True
        if pk_set and not force_insert:
            values = {field: getattr(self, field.attname) if raw else field.pre_save(self, False)
                      for field in fields}
            updated = self._do_update(cls, self._get_pk_val(meta), values, update_fields)
            if force_update and not updated:
                raise DatabaseError("Forced update did not affect any rows.")
            if update_fields and not updated:
                raise DatabaseError("Save with update_fields did not affect any rows.")
        if not updated:
            self._insert_row(cls, raw=raw)
        return updated

    def _do_update(self, cls, pk_val, values, update_fields):
        if not values:
            return update_fields is not None or pk_val in rows.table_of(cls)
        expressions = {field: value for field, value in values.items()
                       if isinstance(value, Expression)}
        if expressions:
            record = rows.record_map(cls).get(pk_val)
            if record is None:
                return False
            for field, expression in expressions.items():
                values[field] = compile_expression(cls, expression, allow_joins=False)(record)
        changes = {field.attname: field.get_prep_value(value) for field, value in values.items()}
        rows.check_row(cls, pk_val, changes)
        return database.current.update(cls, pk_val, changes)

    def _insert_row(self, cls, raw=False, ignore_conflicts=False):
        """Insert this instance's row of `cls`'s table (parents are saved already); return
        its primary key, or None when ignore_conflicts skipped it."""
        meta = cls._meta
        row = {}
        for field in meta.local_concrete_fields:
            value = getattr(self, field.attname) if raw else field.pre_save(self, True)
            if isinstance(value, Expression):
                raise ValueError(f'Failed to insert expression "{value}" on {meta.label}. F() '
                                 "expressions can only be used to update, not to insert.")
            row[field.attname] = field.get_prep_value(value)
        pk_name = meta.pk.attname
        pk = row[pk_name]
        automatic_pk = pk is None and meta.pk is meta.auto_field
        if automatic_pk:
            pk = row[pk_name] = database.current.next_pk(cls)
        try:
            rows.check_row(cls, pk, row, inserting=True)
        except IntegrityError:
            if ignore_conflicts:
                if automatic_pk:
                    database.current.use_pk(cls, pk)
                return None
            raise
        database.current.insert(cls, pk, row)
        if not ignore_conflicts or self.pk is not None:
            setattr(self, pk_name, pk)
        return pk

    def _prepare_related_fields_for_save(self, operation_name, fields=None):
        for field in self._meta.concrete_fields:
            if fields and field not in fields:
                continue
            if field.is_relation and field.is_cached(self):
                obj = getattr(self, field.name, None)
                if not obj:
                    continue
                if obj.pk is None:
                    if not field.remote_field.multiple:
                        field.remote_field.delete_cached_value(obj)
                    raise ValueError(f"{operation_name}() prohibited to prevent data loss due to "
                                     f"unsaved related object '{field.name}'.")
                if getattr(self, field.attname) in (None, ""):
                    setattr(self, field.name, obj)
                if obj.pk != getattr(self, field.attname):
                    field.delete_cached_value(self)

    def delete(self, using=None, keep_parents=False):
        from .deletion import Collector

        if self.pk is None:
            raise ValueError(f"{self._meta.object_name} object can't be deleted because its "
                             f"{self._meta.pk.attname} attribute is set to None.")
        collector = Collector(using=using or DB, origin=self)
        collector.collect([self], keep_parents=keep_parents)
        return collector.delete()

    async def asave(self, *args, **kwargs):
        return self.save(*args, **kwargs)

    async def adelete(self, using=None, keep_parents=False):
        return self.delete(using=using, keep_parents=keep_parents)

    async def arefresh_from_db(self, using=None, fields=None, from_queryset=None):
        return self.refresh_from_db(using=using, fields=fields, from_queryset=from_queryset)


# Validation is not signal business: these say they are missing rather than pass silently.
for _name in ("full_clean", "clean_fields", "validate_unique", "validate_constraints",
              "get_constraints", "date_error_message", "unique_error_message"):
    setattr(Model, _name, not_on_this_page_method(
        _name, "runs Django's validation, which this page's Django leaves out", False))
