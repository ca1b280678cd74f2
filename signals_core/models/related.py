"""Relation fields: ForeignKey, OneToOneField and ManyToManyField (django/db/models/fields/
related.py and reverse_related.py).

A relation may name its model lazily: "self", "Author" (same app) or "shop.Author". It is
resolved once both models are registered (apps.lazy_model_operation), and then gives the other
model its reverse accessor (`author.book_set`, or the related_name) and a reverse relation in
its `_meta`, which is what deletes cascade along. A ManyToManyField without `through` creates
its intermediate model, `Article_tags`, a model of its own with a ForeignKey to each side: it is
the sender of m2m_changed, and its rows are the links.
"""

from __future__ import annotations

from functools import partial

from ..apps import make_model_tuple
from ..exceptions import not_on_this_page
from . import related_descriptors as descriptors
from .fields import Field

RECURSIVE_RELATIONSHIP_CONSTANT = "self"


def resolve_relation(scope_model, relation):
    """A model class, or the "app_label.ModelName" of one, for `relation` seen from
    `scope_model`."""
    if relation == RECURSIVE_RELATIONSHIP_CONSTANT:
        return scope_model
    if isinstance(relation, str) and "." not in relation:
        return f"{scope_model._meta.app_label}.{relation}"
    return relation


def lazy_related_operation(function, model, *related_models, **kwargs):
    """Call `function(model, *related_models, **kwargs)` once all of them are registered."""
    models = [model] + [resolve_relation(model, related) for related in related_models]
    model._meta.apps.lazy_model_operation(partial(function, **kwargs),
                                          *(make_model_tuple(m) for m in models))


class CachedRelation:
    """Where a relation keeps the object it has fetched: the instance's fields cache."""

    def is_cached(self, instance):
        return self.cache_name in instance._state.fields_cache

    def get_cached_value(self, instance, default=KeyError):
        cache = instance._state.fields_cache
        if default is KeyError:
            return cache[self.cache_name]
        return cache.get(self.cache_name, default)

    def set_cached_value(self, instance, value):
        instance._state.fields_cache[self.cache_name] = value

    def delete_cached_value(self, instance):
        del instance._state.fields_cache[self.cache_name]


class ForeignObjectRel(CachedRelation):
    """The reverse side of a relation, as the target model's `_meta` lists it."""

    auto_created = True
    concrete = False
    editable = False
    is_relation = True
    multiple = True
    null = True

    def __init__(self, field, to, related_name=None, related_query_name=None,
                 limit_choices_to=None, parent_link=False, on_delete=None):
        self.field = field
        self.model = to
        self.related_name = related_name
        self.related_query_name = related_query_name
        self.limit_choices_to = limit_choices_to or {}
        self.parent_link = parent_link
        self.on_delete = on_delete
        self.symmetrical = False

    many_to_many = property(lambda self: self.field.many_to_many)
    many_to_one = property(lambda self: self.field.one_to_many)
    one_to_many = property(lambda self: self.field.many_to_one)
    one_to_one = property(lambda self: self.field.one_to_one)

    @property
    def hidden(self):
        return bool(self.related_name) and self.related_name[-1] == "+"

    @property
    def name(self):
        return self.field.related_query_name()

    @property
    def related_model(self):
        return self.field.model

    @property
    def target_field(self):
        return self.model._meta.pk

    def get_accessor_name(self, model=None):
        model = model or self.related_model
        if self.multiple and self.symmetrical and model == self.model:
            return None
        if self.related_name:
            return self.related_name
        return model._meta.model_name + ("_set" if self.multiple else "")

    @property
    def cache_name(self):
        return self.get_accessor_name()

    def __repr__(self):
        return f"<{type(self).__name__}: {self.related_model._meta.label_lower}.{self.field.name}>"


class ManyToOneRel(ForeignObjectRel):
    pass


class OneToOneRel(ManyToOneRel):
    multiple = False


class ManyToManyRel(ForeignObjectRel):
    def __init__(self, field, to, related_name=None, related_query_name=None,
                 limit_choices_to=None, symmetrical=True, through=None, through_fields=None,
                 db_constraint=True):
        super().__init__(field, to, related_name, related_query_name, limit_choices_to)
        self.symmetrical = symmetrical
        self.through = through
        self.through_fields = through_fields
        self.db_constraint = db_constraint


class RelatedField(Field, CachedRelation):
    is_relation = True
    empty_strings_allowed = False
    django_module = "django.db.models.fields.related"

    @property
    def related_model(self):
        return self.remote_field.model

    @property
    def cache_name(self):
        return self.name

    def related_query_name(self):
        rel = self.remote_field
        return (rel.related_query_name or rel.related_name or self.model._meta.default_related_name
                or self.model._meta.model_name)

    def contribute_to_class(self, cls, name):
        super().contribute_to_class(cls, name)
        if cls._meta.abstract:
            return
        names = {"class": cls.__name__.lower(), "model_name": cls._meta.model_name,
                 "app_label": cls._meta.app_label.lower()}
        rel = self.remote_field
        rel.related_name = rel.related_name or cls._meta.default_related_name
        if rel.related_name:
            rel.related_name %= names
        if rel.related_query_name:
            rel.related_query_name %= names
        lazy_related_operation(_resolve_related_class, cls, rel.model, field=self)

    def do_related_class(self, other, cls):
        other._meta.concrete_model._meta.add_relation(self)
        if not self.remote_field.hidden:
            setattr(other._meta.concrete_model, self.remote_field.get_accessor_name(),
                    self.related_accessor_class(self.remote_field))

    def clone(self):
        field = super().clone()
        field.remote_field = _copy_rel(self.remote_field, field)
        return field


def _copy_rel(rel, field):
    copied = object.__new__(type(rel))
    copied.__dict__.update(rel.__dict__, field=field)
    return copied


def _resolve_related_class(model, related, field):
    field.remote_field.model = related
    field.do_related_class(related, model)


def _check_target(field_class, to):
    if not (isinstance(to, str) or hasattr(to, "_meta")):
        raise TypeError(
            f"{field_class.__name__}({to!r}) is invalid. First parameter to "
            f"{field_class.__name__} must be either a model, a model name, or the string "
            f"{RECURSIVE_RELATIONSHIP_CONSTANT!r}")


class ForeignKey(RelatedField):
    many_to_one, one_to_many, one_to_one, many_to_many = True, False, False, False
    rel_class = ManyToOneRel
    descriptor_class = descriptors.ForeignKeyDeferredAttribute
    forward_related_accessor_class = descriptors.ForwardManyToOneDescriptor
    related_accessor_class = descriptors.ReverseManyToOneDescriptor

    def __init__(self, to, on_delete, related_name=None, related_query_name=None,
                 limit_choices_to=None, parent_link=False, to_field=None, db_constraint=True,
                 **kwargs):
        _check_target(type(self), to)
        if not callable(on_delete):
            raise TypeError("on_delete must be callable.")
        if to_field not in (None, "id", "pk"):
            raise not_on_this_page(f"to_field={to_field!r}", "(a key other than the primary "
                                   "key) is not supported")
        kwargs.setdefault("db_index", True)
        super().__init__(**kwargs)
        self.remote_field = self.rel_class(self, to, related_name, related_query_name,
                                           limit_choices_to, parent_link, on_delete)

    def get_attname(self):
        return f"{self.name}_id"

    def contribute_to_class(self, cls, name):
        super().contribute_to_class(cls, name)
        setattr(cls, self.name, self.forward_related_accessor_class(self))

    @property
    def target_field(self):
        return self.remote_field.model._meta.pk

    def get_default(self):
        value = super().get_default()
        if hasattr(value, "_meta"):
            return value.pk
        return value

    def get_prep_value(self, value):
        if hasattr(value, "_meta"):
            value = value.pk
        if isinstance(self.remote_field.model, str):
            return value
        return self.target_field.get_prep_value(value)


class OneToOneField(ForeignKey):
    many_to_one, one_to_one = False, True
    rel_class = OneToOneRel
    forward_related_accessor_class = descriptors.ForwardOneToOneDescriptor
    related_accessor_class = descriptors.ReverseOneToOneDescriptor

    def __init__(self, to, on_delete, to_field=None, **kwargs):
        kwargs["unique"] = True
        super().__init__(to, on_delete, to_field=to_field, **kwargs)


class ManyToManyField(RelatedField):
    many_to_many, many_to_one, one_to_many, one_to_one = True, False, False, False
    rel_class = ManyToManyRel
    related_accessor_class = None

    def __init__(self, to, related_name=None, related_query_name=None, limit_choices_to=None,
                 symmetrical=None, through=None, through_fields=None, db_constraint=True,
                 db_table=None, swappable=True, **kwargs):
        _check_target(type(self), to)
        if symmetrical is None:
            symmetrical = to == RECURSIVE_RELATIONSHIP_CONSTANT
        super().__init__(**kwargs)
        self.remote_field = self.rel_class(self, to, related_name, related_query_name,
                                           limit_choices_to, symmetrical, through,
                                           through_fields, db_constraint)
        self.db_table = db_table

    def set_attributes_from_name(self, name):
        super().set_attributes_from_name(name)
        self.concrete = False

    def contribute_to_class(self, cls, name):
        rel = self.remote_field
        if rel.symmetrical and rel.model in (RECURSIVE_RELATIONSHIP_CONSTANT, cls._meta.object_name):
            rel.related_name = f"{name}_rel_+"
        elif rel.hidden:
            rel.related_name = f"_{cls._meta.app_label}_{cls.__name__.lower()}_{name}_+"
        super().contribute_to_class(cls, name)
        if not cls._meta.abstract:
            if rel.through:
                lazy_related_operation(_resolve_through_model, cls, rel.through, field=self)
            else:
                rel.through = _create_intermediary_model(self, cls)
        setattr(cls, self.name, descriptors.ManyToManyDescriptor(rel, reverse=False))

    def do_related_class(self, other, cls):
        other._meta.concrete_model._meta.add_relation(self)
        if not self.remote_field.hidden:
            setattr(other, self.remote_field.get_accessor_name(),
                    descriptors.ManyToManyDescriptor(self.remote_field, reverse=True))

    def m2m_field_name(self):
        """The intermediate model's ForeignKey to this field's own model."""
        return self._through_link(0, self.model)

    def m2m_reverse_field_name(self):
        """The intermediate model's ForeignKey to the other model."""
        return self._through_link(1, self.remote_field.model)

    def _through_link(self, position, model):
        through_fields = self.remote_field.through_fields
        if through_fields:
            return through_fields[position]
        links = [f.name for f in self.remote_field.through._meta.fields
                 if f.is_relation and f.remote_field.model == model]
        return links[position if self.model == self.remote_field.model else 0]

    def get_prep_value(self, value):
        return value


def _resolve_through_model(_, through, field):
    field.remote_field.through = through


def _create_intermediary_model(field, klass):
    """Django's auto-created `through` model: `Article_tags`, with `article` and `tag`."""
    from .base import Model
    from .deletion import CASCADE

    to_model = resolve_relation(klass, field.remote_field.model)
    name = f"{klass._meta.object_name}_{field.name}"
    to = make_model_tuple(to_model)[1]
    from_ = klass._meta.model_name
    if to == from_:
        to, from_ = f"to_{to}", f"from_{from_}"
    meta = type("Meta", (), {
        "db_table": field.db_table or f"{klass._meta.db_table}_{field.name}",
        "auto_created": klass, "app_label": klass._meta.app_label,
        "unique_together": (from_, to),
        "verbose_name": f"{from_}-{to} relationship",
        "verbose_name_plural": f"{from_}-{to} relationships",
    })
    return type(name, (Model,), {
        "Meta": meta, "__module__": klass.__module__,
        from_: ForeignKey(klass, related_name=f"{name}+", on_delete=CASCADE),
        to: ForeignKey(to_model, related_name=f"{name}+", on_delete=CASCADE),
    })
