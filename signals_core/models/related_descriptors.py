"""The attributes relations put on model classes (django/db/models/fields/related_descriptors.py).

- `book.author`, `book.author_id`: the forward side; the author is fetched on first access
  and kept in the instance's fields cache. A multi-table child's parent link
  (`restaurant.place_ptr`) is built from the child's own values, as Django does.
- `place.restaurant`: the reverse side of a one-to-one.
- `author.book_set`, `article.tags`, `tag.article_set`: they give related managers
  (related_managers.py), made once per default manager class of the related model.
"""

from __future__ import annotations

from functools import cached_property

from .fields import DeferredAttribute
from .related_managers import (create_forward_many_to_many_manager,
                               create_reverse_many_to_one_manager)


class ForeignKeyDeferredAttribute(DeferredAttribute):
    def __set__(self, instance, value):
        field = self.field
        if instance.__dict__.get(field.attname) != value and field.is_cached(instance):
            field.delete_cached_value(instance)
        instance.__dict__[field.attname] = value


def _related_does_not_exist(model, owner, name):
    return type("RelatedObjectDoesNotExist", (model.DoesNotExist, AttributeError), {
        "__module__": owner.__module__,
        "__qualname__": f"{owner.__qualname__}.{name}.RelatedObjectDoesNotExist",
    })


def _check_instance(value, instance, name, model):
    if not isinstance(value, model._meta.concrete_model):
        raise ValueError(f'Cannot assign "{value!r}": "{instance._meta.object_name}.{name}" '
                         f'must be a "{model._meta.object_name}" instance.')


class ForwardManyToOneDescriptor:
    """`book.author`."""

    def __init__(self, field_with_rel):
        self.field = field_with_rel

    @cached_property
    def RelatedObjectDoesNotExist(self):
        return _related_does_not_exist(self.field.remote_field.model, self.field.model,
                                       self.field.name)

    def is_cached(self, instance):
        return self.field.is_cached(instance)

    def get_object(self, instance):
        model = self.field.remote_field.model
        return model._base_manager.get(pk=getattr(instance, self.field.attname))

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        field = self.field
        try:
            rel_obj = field.get_cached_value(instance)
        except KeyError:
            rel_obj = None
            if getattr(instance, field.attname) is not None:
                rel_obj = self.get_object(instance)
                if not field.remote_field.multiple:
                    field.remote_field.set_cached_value(rel_obj, instance)
            field.set_cached_value(instance, rel_obj)
        if rel_obj is None and not field.null:
            raise self.RelatedObjectDoesNotExist(
                f"{field.model.__name__} has no {field.name}.")
        return rel_obj

    def __set__(self, instance, value):
        field, remote = self.field, self.field.remote_field
        if value is not None:
            _check_instance(value, instance, field.name, remote.model)
        elif not remote.multiple:
            related = field.get_cached_value(instance, default=None)
            if related is not None:
                remote.set_cached_value(related, None)
        instance.__dict__[field.attname] = None if value is None else value.pk
        field.set_cached_value(instance, value)
        if value is not None and not remote.multiple:
            remote.set_cached_value(value, instance)


class ForwardOneToOneDescriptor(ForwardManyToOneDescriptor):
    """`restaurant.place`, and a multi-table child's parent link `restaurant.place_ptr`."""

    def get_object(self, instance):
        if self.field.remote_field.parent_link:
            deferred = instance.get_deferred_fields()
            model = self.field.remote_field.model
            names = [field.attname for field in model._meta.concrete_fields]
            if not any(name in deferred for name in names):
                obj = model(**{name: getattr(instance, name) for name in names})
                obj._state.adding, obj._state.db = instance._state.adding, instance._state.db
                return obj
        return super().get_object(instance)

    def __set__(self, instance, value):
        super().__set__(instance, value)
        if self.field.primary_key and self.field.remote_field.parent_link:
            for field in instance._meta.concrete_fields:
                if field.primary_key and field.remote_field:
                    pk_name = field.remote_field.model._meta.pk.attname
                    setattr(instance, pk_name, None if value is None else getattr(value, pk_name))


class ReverseOneToOneDescriptor:
    """`place.restaurant`: the object whose one-to-one field points here."""

    def __init__(self, related):
        self.related = related

    @cached_property
    def RelatedObjectDoesNotExist(self):
        return _related_does_not_exist(self.related.related_model, self.related.model,
                                       self.related.name)

    def is_cached(self, instance):
        return self.related.is_cached(instance)

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        related = self.related
        try:
            rel_obj = related.get_cached_value(instance)
        except KeyError:
            rel_obj = None
            if instance.pk is not None:
                manager = related.related_model._base_manager
                try:
                    rel_obj = manager.get(**{f"{related.field.name}__pk": instance.pk})
                except related.related_model.DoesNotExist:
                    pass
                else:
                    related.field.set_cached_value(rel_obj, instance)
            related.set_cached_value(instance, rel_obj)
        if rel_obj is None:
            raise self.RelatedObjectDoesNotExist(
                f"{type(instance).__name__} has no {related.get_accessor_name()}.")
        return rel_obj

    def __set__(self, instance, value):
        related = self.related
        if value is None:
            rel_obj = related.get_cached_value(instance, default=None)
            if rel_obj is not None:
                related.delete_cached_value(instance)
                setattr(rel_obj, related.field.name, None)
            return
        _check_instance(value, instance, related.get_accessor_name(), related.related_model)
        value.__dict__[related.field.attname] = instance.pk
        related.set_cached_value(instance, value)
        related.field.set_cached_value(value, instance)


def _manager_class(descriptor, make):
    """The related manager class for `descriptor`, built once per default manager class."""
    superclass = descriptor.target_model._default_manager.__class__
    cache = descriptor.__dict__.setdefault("_manager_classes", {})
    if superclass not in cache:
        cache[superclass] = make(superclass)
    return cache[superclass]


class ReverseManyToOneDescriptor:
    """`author.book_set` (or the ForeignKey's related_name)."""

    def __init__(self, rel):
        self.rel = rel
        self.field = rel.field

    @property
    def target_model(self):
        return self.rel.related_model

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        manager_class = _manager_class(
            self, lambda superclass: create_reverse_many_to_one_manager(superclass, self.rel))
        return manager_class(instance)

    def __set__(self, instance, value):
        raise TypeError("Direct assignment to the reverse side of a related set is prohibited. "
                        f"Use {self.rel.get_accessor_name()}.set() instead.")


class ManyToManyDescriptor:
    """`article.tags` (forward) and `tag.article_set` (reverse): managers of the links."""

    def __init__(self, rel, reverse=False):
        self.rel = rel
        self.field = rel.field
        self.reverse = reverse

    @property
    def through(self):
        return self.rel.through

    @property
    def target_model(self):
        return self.rel.related_model if self.reverse else self.rel.model

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        manager_class = _manager_class(self, lambda superclass: create_forward_many_to_many_manager(
            superclass, self.rel, self.reverse))
        return manager_class(instance)

    def __set__(self, instance, value):
        side = "reverse" if self.reverse else "forward"
        name = self.rel.get_accessor_name() if self.reverse else self.field.name
        raise TypeError(f"Direct assignment to the {side} side of a many-to-many set is "
                        f"prohibited. Use {name}.set() instead.")
