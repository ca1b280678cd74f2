"""Related managers: `author.book_set`, `article.tags`, `tag.article_set`
(django/db/models/fields/related_descriptors.py). Each subclasses the related model's default
manager, so its custom methods and get_queryset() apply.

What they send is Django's: `add()` on a reverse ForeignKey updates rows without save()
(unless bulk=False), and so do remove() and clear(); every many-to-many change goes through
the intermediate model and sends m2m_changed (pre_/post_add, _remove, _clear) from it, with
`instance`, `reverse`, `model`, `pk_set` and `using`. Adding sends nothing when m2m_changed
has no receiver for that model.
"""

from __future__ import annotations

from .. import database, signals, transaction
from .lookups import Q

DB = database.DEFAULT_DB_ALIAS


def create_reverse_many_to_one_manager(superclass, rel):
    class RelatedManager(superclass):
        def __init__(self, instance):
            super().__init__()
            self.instance = instance
            self.model = rel.related_model
            self.field = rel.field
            self.core_filters = {self.field.name: instance}

        def _check_fk_val(self):
            if self.instance.pk is None:
                raise ValueError(f'"{self.instance!r}" needs to have a value for field '
                                 f'"{self.instance._meta.pk.attname}" before this relationship '
                                 "can be used.")

        def get_queryset(self):
            if self.instance.pk is None:
                raise ValueError(f"{type(self.instance).__name__!r} instance needs to have a "
                                 "primary key value before this relationship can be used.")
            queryset = super().get_queryset().filter(**self.core_filters)
            queryset._known_related_objects = {self.field: {self.instance.pk: self.instance}}
            return queryset

        def _check_and_set(self, obj):
            if not isinstance(obj, self.model):
                raise TypeError(f"'{self.model._meta.object_name}' instance expected, got "
                                f"{obj!r}")
            setattr(obj, self.field.name, self.instance)

        def add(self, *objs, bulk=True):
            self._check_fk_val()
            if not bulk:
                with transaction.atomic(savepoint=False):
                    for obj in objs:
                        self._check_and_set(obj)
                        obj.save()
                return
            for obj in objs:
                self._check_and_set(obj)
                if obj._state.adding:
                    raise ValueError(f"{obj!r} instance isn't saved. Use bulk=False or save the "
                                     "object first.")
            self.model._base_manager.filter(pk__in=[obj.pk for obj in objs]).update(
                **{self.field.name: self.instance})

        def create(self, **kwargs):
            self._check_fk_val()
            kwargs[self.field.name] = self.instance
            return super().create(**kwargs)

        def get_or_create(self, **kwargs):
            self._check_fk_val()
            kwargs[self.field.name] = self.instance
            return super().get_or_create(**kwargs)

        def update_or_create(self, **kwargs):
            self._check_fk_val()
            kwargs[self.field.name] = self.instance
            return super().update_or_create(**kwargs)

        if rel.field.null:
            def remove(self, *objs, bulk=True):
                if not objs:
                    return
                self._check_fk_val()
                old_ids = set()
                for obj in objs:
                    if not isinstance(obj, self.model):
                        raise TypeError(f"'{self.model._meta.object_name}' instance expected, "
                                        f"got {obj!r}")
                    if getattr(obj, self.field.attname) != self.instance.pk:
                        raise self.field.remote_field.model.DoesNotExist(
                            f"{obj!r} is not related to {self.instance!r}.")
                    old_ids.add(obj.pk)
                self._clear(self.filter(pk__in=old_ids), bulk)

            def clear(self, *, bulk=True):
                self._check_fk_val()
                self._clear(self.get_queryset(), bulk)

            def _clear(self, queryset, bulk):
                if bulk:
                    queryset.update(**{self.field.name: None})
                    return
                with transaction.atomic(savepoint=False):
                    for obj in queryset:
                        setattr(obj, self.field.name, None)
                        obj.save(update_fields=[self.field.name])

        def set(self, objs, *, bulk=True, clear=False):
            self._check_fk_val()
            objs = tuple(objs)
            if not self.field.null:
                self.add(*objs, bulk=bulk)
                return
            with transaction.atomic(savepoint=False):
                if clear:
                    self.clear(bulk=bulk)
                    self.add(*objs, bulk=bulk)
                    return
                old_objs = set(self.get_queryset())
                new_objs = []
                for obj in objs:
                    if obj in old_objs:
                        old_objs.remove(obj)
                    else:
                        new_objs.append(obj)
                self.remove(*old_objs, bulk=bulk)
                self.add(*new_objs, bulk=bulk)

    return RelatedManager


def create_forward_many_to_many_manager(superclass, rel, reverse):
    class ManyRelatedManager(superclass):
        def __init__(self, instance):
            super().__init__()
            self.instance = instance
            if not reverse:
                self.model = rel.model
                self.query_field_name = rel.field.related_query_name()
                self.source_field_name = rel.field.m2m_field_name()
                self.target_field_name = rel.field.m2m_reverse_field_name()
                self.symmetrical = rel.symmetrical
            else:
                self.model = rel.related_model
                self.query_field_name = rel.field.name
                self.source_field_name = rel.field.m2m_reverse_field_name()
                self.target_field_name = rel.field.m2m_field_name()
                self.symmetrical = False
            self.through = rel.through
            self.reverse = reverse
            self.source_field = self.through._meta.get_field(self.source_field_name)
            self.target_field = self.through._meta.get_field(self.target_field_name)
            self.related_val = instance.pk
            if instance.pk is None:
                raise ValueError(f'"{instance!r}" needs to have a value for field '
                                 f'"{instance._meta.pk.attname}" before this many-to-many '
                                 "relationship can be used.")

        def get_queryset(self):
            return super().get_queryset().filter(
                **{f"{self.query_field_name}__pk": self.related_val})

        def _links(self):
            return self.through._default_manager

        def _build_remove_filters(self, removed_vals):
            filters = Q(**{self.source_field_name: self.related_val})
            has_filters = not hasattr(removed_vals, "_has_filters") or removed_vals._has_filters()
            if has_filters:
                filters &= Q(**{f"{self.target_field_name}__in": removed_vals})
            if self.symmetrical:
                symmetrical = Q(**{self.target_field_name: self.related_val})
                if has_filters:
                    symmetrical &= Q(**{f"{self.source_field_name}__in": removed_vals})
                filters |= symmetrical
            return filters

        def _send(self, action, pk_set):
            signals.m2m_changed.send(sender=self.through, action=action, instance=self.instance,
                                     reverse=self.reverse, model=self.model, pk_set=pk_set,
                                     using=DB)

        def add(self, *objs, through_defaults=None):
            with transaction.atomic(savepoint=False):
                self._add_items(self.source_field_name, self.target_field_name, *objs,
                                through_defaults=through_defaults)
                if self.symmetrical:
                    self._add_items(self.target_field_name, self.source_field_name, *objs,
                                    through_defaults=through_defaults)

        def remove(self, *objs):
            self._remove_items(*objs)

        def clear(self):
            with transaction.atomic(savepoint=False):
                self._send("pre_clear", None)
                filters = self._build_remove_filters(super().get_queryset())
                self._links().filter(filters).delete()
                self._send("post_clear", None)

        def set(self, objs, *, clear=False, through_defaults=None):
            objs = tuple(objs)
            with transaction.atomic(savepoint=False):
                if clear:
                    self.clear()
                    self.add(*objs, through_defaults=through_defaults)
                    return
                old_ids = set(self.values_list("pk", flat=True))
                new_objs = []
                for obj in objs:
                    fk_val = (obj.pk if isinstance(obj, self.model)
                              else self.target_field.get_prep_value(obj))
                    if fk_val in old_ids:
                        old_ids.remove(fk_val)
                    else:
                        new_objs.append(obj)
                self.remove(*old_ids)
                self.add(*new_objs, through_defaults=through_defaults)

        def create(self, *, through_defaults=None, **kwargs):
            new_obj = super().create(**kwargs)
            self.add(new_obj, through_defaults=through_defaults)
            return new_obj

        def get_or_create(self, *, through_defaults=None, **kwargs):
            obj, created = super().get_or_create(**kwargs)
            if created:
                self.add(obj, through_defaults=through_defaults)
            return obj, created

        def update_or_create(self, *, through_defaults=None, **kwargs):
            obj, created = super().update_or_create(**kwargs)
            if created:
                self.add(obj, through_defaults=through_defaults)
            return obj, created

        def _get_target_ids(self, target_field_name, objs):
            target_field = self.through._meta.get_field(target_field_name)
            target_ids = set()
            for obj in objs:
                if isinstance(obj, self.model):
                    if obj.pk is None:
                        raise ValueError(f'Cannot add "{obj!r}": the value for field '
                                         f'"{target_field_name}" is None')
                    target_ids.add(obj.pk)
                elif hasattr(obj, "_meta"):
                    raise TypeError(f"'{self.model._meta.object_name}' instance expected, got "
                                    f"{obj!r}")
                else:
                    target_ids.add(target_field.get_prep_value(obj))
            return target_ids

        def _add_items(self, source_field_name, target_field_name, *objs, through_defaults=None):
            if not objs:
                return
            through_defaults = {key: value() if callable(value) else value
                                for key, value in (through_defaults or {}).items()}
            target_ids = self._get_target_ids(target_field_name, objs)
            can_ignore_conflicts = self.through._meta.auto_created is not False
            must_send_signals = ((self.reverse or source_field_name == self.source_field_name)
                                 and signals.m2m_changed.has_listeners(self.through))
            if can_ignore_conflicts and not must_send_signals:
                missing_target_ids = target_ids
            else:
                present = self._links().values_list(target_field_name, flat=True).filter(**{
                    source_field_name: self.related_val, f"{target_field_name}__in": target_ids})
                missing_target_ids = target_ids.difference(present)
            with transaction.atomic(savepoint=False):
                if must_send_signals:
                    self._send("pre_add", missing_target_ids)
                self._links().bulk_create([
                    self.through(**through_defaults, **{
                        f"{source_field_name}_id": self.related_val,
                        f"{target_field_name}_id": target_id})
                    for target_id in missing_target_ids
                ], ignore_conflicts=can_ignore_conflicts)
                if must_send_signals:
                    self._send("post_add", missing_target_ids)

        def _remove_items(self, *objs):
            if not objs:
                return
            old_ids = {obj.pk if isinstance(obj, self.model) else obj for obj in objs}
            with transaction.atomic(savepoint=False):
                self._send("pre_remove", old_ids)
                targets = super().get_queryset()
                old_vals = targets.filter(pk__in=old_ids) if targets._has_filters() else old_ids
                self._links().filter(self._build_remove_filters(old_vals)).delete()
                self._send("post_remove", old_ids)

    return ManyRelatedManager
