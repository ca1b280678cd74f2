"""`Model._meta`: a model's options and fields, as django/db/models/options.py has them.

Field lists are worked out when asked for and kept until the model registry changes (a field
added, a model registered, a relation resolved), since a relation defined later adds a
reverse field here.
"""

from __future__ import annotations

import copy
import inspect
import re
import weakref

from ..apps import PAGE_APP_LABEL, apps
from ..exceptions import FieldDoesNotExist

DEFAULT_NAMES = (
    "verbose_name", "verbose_name_plural", "db_table", "db_table_comment", "ordering",
    "unique_together", "permissions", "get_latest_by", "order_with_respect_to", "app_label",
    "db_tablespace", "abstract", "managed", "proxy", "swappable", "auto_created", "apps",
    "default_permissions", "select_on_save", "default_related_name", "required_db_features",
    "required_db_vendor", "base_manager_name", "default_manager_name", "indexes", "constraints",
)
CAMEL_CASE = re.compile(r"(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))")


def app_label_of(module: str) -> str:
    """Page code runs as `__main__`: its models are in the app `app`. Elsewhere, the package
    that holds a `models` module (shop.models: `shop`), or the top package."""
    if module == "__main__":
        return PAGE_APP_LABEL
    parts = module.split(".")
    return parts[parts.index("models") - 1] if "models" in parts[1:] else parts[0]


class cached:
    """A value computed on first use and kept in the Options' `__dict__` (read as a plain
    attribute from then on) until the model registry changes."""

    def __init__(self, method):
        self.method, self.name, self.__doc__ = method, method.__name__, method.__doc__

    def __get__(self, options, owner=None):
        if options is None:
            return self
        value = options.__dict__[self.name] = self.method(options)
        return value


_all_options = weakref.WeakSet()


def _expire_caches():
    names = [name for name, attribute in vars(Options).items() if isinstance(attribute, cached)]
    for options in list(_all_options):
        for name in names:
            options.__dict__.pop(name, None)


apps.cache_hooks.append(_expire_caches)


class Options:
    def __init__(self, meta, app_label=None):
        self.meta = meta
        self.app_label = app_label
        self.local_fields, self.local_many_to_many, self.local_managers = [], [], []
        self.private_fields = []
        self.verbose_name = self.verbose_name_plural = None
        self.db_table = ""
        self.ordering = []
        self.unique_together = self.indexes = self.constraints = ()
        self.get_latest_by = self.default_related_name = None
        self.abstract = self.proxy = self.auto_created = False
        self.managed = True
        self.base_manager_name = self.default_manager_name = None
        self.pk = self.auto_field = None
        self.parents = {}             # {parent model: its parent link field (None for a proxy)}
        self.concrete_model = self.proxy_for_model = None
        self._relation_tree = []      # the fields of other models that point to this one
        self.apps = apps
        _all_options.add(self)

    def contribute_to_class(self, cls, name):
        cls._meta = self
        self.model = cls
        self.object_name = cls.__name__
        self.model_name = self.object_name.lower()
        self.verbose_name = CAMEL_CASE.sub(r" \1", self.object_name).strip().lower()
        if self.meta:
            meta_attrs = {key: value for key, value in self.meta.__dict__.items()
                          if not key.startswith("_")}
            for attr_name in DEFAULT_NAMES:
                if attr_name in meta_attrs:
                    setattr(self, attr_name, meta_attrs.pop(attr_name))
                elif hasattr(self.meta, attr_name):
                    setattr(self, attr_name, getattr(self.meta, attr_name))
            if meta_attrs:
                raise TypeError(f"'class Meta' got invalid attribute(s): {','.join(meta_attrs)}")
        if self.verbose_name_plural is None:
            self.verbose_name_plural = f"{self.verbose_name}s"
        del self.meta
        if not self.db_table:
            self.db_table = f"{self.app_label}_{self.model_name}"

    @property
    def label(self):
        return f"{self.app_label}.{self.object_name}"

    @property
    def label_lower(self):
        return f"{self.app_label}.{self.model_name}"

    def __repr__(self):
        return f"<Options for {self.object_name}>"

    def __str__(self):
        return self.label_lower

    # Building the model

    def add_field(self, field):
        target = self.local_many_to_many if field.many_to_many else self.local_fields
        target.append(field)
        target.sort(key=lambda f: f.creation_counter)
        if field.primary_key:
            self.setup_pk(field)
        apps.clear_cache()

    def add_manager(self, manager):
        self.local_managers.append(manager)
        apps.clear_cache()

    def add_relation(self, field):
        """`field`, of another model, now points to this model."""
        self._relation_tree.append(field)
        apps.clear_cache()

    def setup_pk(self, field):
        if not self.pk and field.primary_key:
            self.pk = field
            if getattr(field, "auto_increments", False):
                self.auto_field = field

    def setup_proxy(self, target):
        self.pk = target._meta.pk
        self.proxy_for_model = target
        self.db_table = target._meta.db_table

    # Fields

    def _get_fields(self, forward=True, reverse=True, include_parents=True, include_hidden=False,
                    topmost_call=True):
        fields = []
        if include_parents:
            seen = set()
            for parent in self.parents:
                for obj in parent._meta._get_fields(forward, reverse, include_parents,
                                                    include_hidden, topmost_call=False):
                    if ((not getattr(obj, "parent_link", False)
                         or obj.model == self.concrete_model) and obj not in seen):
                        fields.append(obj)
                        seen.add(obj)
        if reverse and not self.proxy:
            fields += [field.remote_field for field in self.concrete_model._meta._relation_tree
                       if include_hidden or not field.remote_field.hidden]
        if forward:
            fields += self.local_fields + self.local_many_to_many
        return fields

    def get_fields(self, include_parents=True, include_hidden=False):
        return tuple(self._get_fields(include_parents=include_parents,
                                      include_hidden=include_hidden))

    @cached
    def fields(self):
        """The forward fields of the model and its parents, m2m left out."""
        return tuple(f for f in self._get_fields(reverse=False) if not f.many_to_many)

    @cached
    def concrete_fields(self):
        return tuple(f for f in self.fields if f.concrete)

    @cached
    def local_concrete_fields(self):
        return tuple(f for f in self.local_fields if f.concrete)

    @cached
    def many_to_many(self):
        return tuple(f for f in self._get_fields(reverse=False) if f.many_to_many)

    @cached
    def related_objects(self):
        """The reverse relations to this model, hidden ones included."""
        return tuple(obj for obj in self._get_fields(forward=False, include_hidden=True)
                     if not obj.hidden or obj.field.many_to_many)

    @cached
    def _forward_fields_map(self):
        fields = {}
        for field in self._get_fields(reverse=False):
            fields[field.name] = field
            fields.setdefault(getattr(field, "attname", field.name), field)
        return fields

    @cached
    def fields_map(self):
        fields = {}
        for field in self._get_fields(forward=False, include_hidden=True):
            fields[field.name] = field
        return fields

    def get_field(self, field_name):
        field = self._forward_fields_map.get(field_name) or self.fields_map.get(field_name)
        if field is None:
            raise FieldDoesNotExist(f"{self.object_name} has no field named '{field_name}'")
        return field

    @cached
    def _non_pk_concrete_field_names(self):
        names = set()
        for field in self.concrete_fields:
            if not field.primary_key:
                names.update({field.name, field.attname})
        return frozenset(names)

    @cached
    def _property_names(self):
        return frozenset(name for name in dir(self.model)
                         if isinstance(inspect.getattr_static(self.model, name, None), property))

    @cached
    def all_parents(self):
        """Every parent model, nearest first."""
        result = []
        for parent in self.parents:
            for model in (parent, *parent._meta.all_parents):
                if model not in result:
                    result.append(model)
        return tuple(result)

    def get_parent_list(self):
        return list(self.all_parents)

    # Managers

    @cached
    def managers(self):
        found, seen = [], set()
        bases = [base for base in self.model.mro() if hasattr(base, "_meta")]
        for depth, base in enumerate(bases):
            for manager in base._meta.local_managers:
                if manager.name in seen:
                    continue
                manager = copy.copy(manager)
                manager.model = self.model
                seen.add(manager.name)
                found.append((depth, manager.creation_counter, manager))
        return tuple(manager for _, _, manager in sorted(found, key=lambda m: m[:2]))

    @cached
    def managers_map(self):
        return {manager.name: manager for manager in self.managers}

    @cached
    def default_manager(self):
        if self.default_manager_name:
            return self.managers_map[self.default_manager_name]
        return self.managers[0] if self.managers else None

    @cached
    def base_manager(self):
        from .manager import Manager

        if self.base_manager_name:
            return self.managers_map[self.base_manager_name]
        manager = Manager()
        manager.name, manager.model, manager.auto_created = "_base_manager", self.model, True
        return manager
