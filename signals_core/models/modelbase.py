"""ModelBase: defining a model class, as django/db/models/base.py's metaclass does.

Its fields go into `_meta`; a model without a primary key gets `id`; each model gets its own
DoesNotExist and MultipleObjectsReturned, and `objects` if it declares no manager; then
class_prepared is sent, and the model is registered (which runs what waited for it: lazy
relations, "app.Model" senders).
- An abstract model only lends its fields (copies of them) to its subclasses.
- A proxy model shares its concrete model's table, and is the sender of its own signals.
- A multi-table child has a table of its own, linked to its parent's by `<parent>_ptr`, its
  primary key; saving it saves the parent's row first, and sends signals for the child only.
"""

from __future__ import annotations

from itertools import chain

from .. import signals
from ..apps import make_model_tuple
from ..exceptions import FieldError, MultipleObjectsReturned, ObjectDoesNotExist
from .fields import AutoField
from .manager import Manager
from .options import Options, app_label_of
from .related import OneToOneField, resolve_relation


def _subclass_exception(name, bases, module, attached_to):
    return type(name, bases, {"__module__": module,
                              "__qualname__": f"{attached_to.__qualname__}.{name}"})


def _has_contribute_to_class(value):
    return not isinstance(value, type) and hasattr(value, "contribute_to_class")


class ModelBase(type):
    """Metaclass for all models."""

    def __new__(cls, name, bases, attrs, **kwargs):
        parents = [base for base in bases if isinstance(base, ModelBase)]
        if not parents:
            return super().__new__(cls, name, bases, attrs, **kwargs)
        module = attrs.pop("__module__")
        new_attrs = {"__module__": module}
        if "__classcell__" in attrs:
            new_attrs["__classcell__"] = attrs.pop("__classcell__")
        attr_meta = attrs.pop("Meta", None)
        contributable = {}
        for obj_name, obj in attrs.items():
            (contributable if _has_contribute_to_class(obj) else new_attrs)[obj_name] = obj
        new_class = super().__new__(cls, name, bases, new_attrs, **kwargs)

        abstract = getattr(attr_meta, "abstract", False)
        meta = attr_meta or getattr(new_class, "Meta", None)
        base_meta = getattr(new_class, "_meta", None)
        app_label = None if getattr(meta, "app_label", None) else app_label_of(module)
        new_class.add_to_class("_meta", Options(meta, app_label))
        if not abstract:
            for exception, root in (("DoesNotExist", ObjectDoesNotExist),
                                    ("MultipleObjectsReturned", MultipleObjectsReturned)):
                bases_ = tuple(getattr(parent, exception) for parent in parents
                               if hasattr(parent, "_meta") and not parent._meta.abstract)
                new_class.add_to_class(exception, _subclass_exception(
                    exception, bases_ or (root,), module, new_class))
            if base_meta and not base_meta.abstract:
                if not hasattr(meta, "ordering"):
                    new_class._meta.ordering = base_meta.ordering
                if not hasattr(meta, "get_latest_by"):
                    new_class._meta.get_latest_by = base_meta.get_latest_by

        for obj_name, obj in contributable.items():
            new_class.add_to_class(obj_name, obj)
        opts = new_class._meta
        field_names = {f.name for f in chain(opts.local_fields, opts.local_many_to_many)}
        if opts.proxy:
            _setup_proxy(new_class, name, parents)
        else:
            opts.concrete_model = new_class
        _inherit(new_class, name, parents, field_names)

        if abstract:
            attr_meta.abstract = False
            new_class.Meta = attr_meta
            return new_class
        new_class._prepare()
        opts.apps.register_model(opts.app_label, new_class)
        return new_class

    def add_to_class(cls, name, value):
        if _has_contribute_to_class(value):
            value.contribute_to_class(cls, name)
        else:
            setattr(cls, name, value)

    def _prepare(cls):
        opts = cls._meta
        if opts.pk is None:
            if opts.parents:
                # The first parent link becomes the primary key.
                field = next(iter(opts.parents.values()))
                field.primary_key = True
                opts.setup_pk(field)
            else:
                cls.add_to_class("id", AutoField(verbose_name="ID", primary_key=True,
                                                 auto_created=True))
        if not opts.managers:
            if any(field.name == "objects" for field in opts.fields):
                raise ValueError(f"Model {cls.__name__} must specify a custom Manager, because "
                                 "it has a field named 'objects'.")
            manager = Manager()
            manager.auto_created = True
            cls.add_to_class("objects", manager)
        signals.class_prepared.send(sender=cls)

    @property
    def _base_manager(cls):
        return cls._meta.base_manager

    @property
    def _default_manager(cls):
        return cls._meta.default_manager


def _setup_proxy(new_class, name, parents):
    opts = new_class._meta
    if opts.local_fields or opts.local_many_to_many:
        raise FieldError(f"Proxy model '{name}' contains model fields.")
    base = None
    for parent in (kls for kls in parents if hasattr(kls, "_meta")):
        if parent._meta.abstract:
            if parent._meta.fields:
                raise TypeError("Abstract base class containing model fields not permitted for "
                                f"proxy model '{name}'.")
            continue
        if base is None:
            base = parent
        elif parent._meta.concrete_model is not base._meta.concrete_model:
            raise TypeError(f"Proxy model '{name}' has more than one non-abstract model base "
                            "class.")
    if base is None:
        raise TypeError(f"Proxy model '{name}' has no non-abstract model base class.")
    opts.setup_proxy(base)
    opts.concrete_model = base._meta.concrete_model


def _inherit(new_class, name, parents, field_names):
    """Take fields from abstract parents and link to concrete ones (multi-table)."""
    opts = new_class._meta
    parent_links = {}
    for base in reversed([new_class, *parents]):
        if not hasattr(base, "_meta") or (base is not new_class and not base._meta.abstract):
            continue
        for field in base._meta.local_fields:
            if isinstance(field, OneToOneField) and field.remote_field.parent_link:
                related = resolve_relation(new_class, field.remote_field.model)
                parent_links[make_model_tuple(related)] = field
    inherited = set()
    for base in new_class.mro():
        if base not in parents or not hasattr(base, "_meta"):
            inherited.update(base.__dict__)
            continue
        parent_fields = base._meta.local_fields + base._meta.local_many_to_many
        if not base._meta.abstract:
            for field in parent_fields:
                if field.name in field_names:
                    raise FieldError(f"Local field {field.name!r} in class {name!r} clashes "
                                     "with field of the same name from base class "
                                     f"{base.__name__!r}.")
                inherited.add(field.name)
            base = base._meta.concrete_model
            link = parent_links.get(make_model_tuple(base))
            if link is None and not opts.proxy:
                attr_name = f"{base._meta.model_name}_ptr"
                link = OneToOneField(base, on_delete=_cascade(), name=attr_name,
                                     auto_created=True, parent_link=True)
                if attr_name in field_names:
                    raise FieldError(f"Auto-generated field '{attr_name}' in class {name!r} for "
                                     f"parent_link to base class {base.__name__!r} clashes "
                                     "with declared field of the same name.")
                if not hasattr(new_class, attr_name):
                    new_class.add_to_class(attr_name, link)
            opts.parents[base] = link
        else:
            base_parents = dict(base._meta.parents)
            for field in parent_fields:
                if (field.name not in field_names and field.name not in new_class.__dict__
                        and field.name not in inherited):
                    new_field = field.clone()
                    new_class.add_to_class(field.name, new_field)
                    for parent, parent_link in base_parents.items():
                        if field is parent_link:
                            base_parents[parent] = new_field
            opts.parents.update(base_parents)


def _cascade():
    from .deletion import CASCADE

    return CASCADE
