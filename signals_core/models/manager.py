"""Managers: `Model.objects`, the entry point of queries (django/db/models/manager.py).

A manager has a method for every QuerySet method, which calls it on a new queryset
(`objects.filter(...)` is `objects.get_queryset().filter(...)`), except those Django keeps
on querysets (`delete()`).
A custom manager overrides get_queryset(); `Manager.from_queryset(MyQuerySet)` and
`MyQuerySet.as_manager()` also offer the queryset's own methods. Each model gets a copy of the
managers it declares or inherits, bound to it, and `objects` when it declares none.
"""

from __future__ import annotations

import copy
import inspect
from functools import wraps

from .. import database
from ..exceptions import not_on_this_page
from .query import QuerySet


class BaseManager:
    creation_counter = 0
    auto_created = False
    use_in_migrations = False
    _queryset_class = QuerySet

    def __init__(self):
        super().__init__()
        self.creation_counter = BaseManager.creation_counter
        BaseManager.creation_counter += 1
        self.model = None
        self.name = None
        self._db = None
        self._hints = {}

    def __class_getitem__(cls, *args, **kwargs):
        return cls

    def __str__(self):
        return f"{self.model._meta.label}.{self.name}"

    @classmethod
    def _get_queryset_methods(cls, queryset_class):
        """A method for each public method of `queryset_class` that the manager lacks."""
        def create_method(name, method):
            @wraps(method)
            def manager_method(self, *args, **kwargs):
                return getattr(self.get_queryset(), name)(*args, **kwargs)
            return manager_method

        methods = {}
        for name, method in inspect.getmembers(queryset_class, predicate=inspect.isfunction):
            if hasattr(cls, name):
                continue
            queryset_only = getattr(method, "queryset_only", None)
            if queryset_only or (queryset_only is None and name.startswith("_")):
                continue
            methods[name] = create_method(name, method)
        return methods

    @classmethod
    def from_queryset(cls, queryset_class, class_name=None):
        name = class_name or f"{cls.__name__}From{queryset_class.__name__}"
        return type(name, (cls,), {"_queryset_class": queryset_class,
                                   **cls._get_queryset_methods(queryset_class)})

    def contribute_to_class(self, cls, name):
        self.name = self.name or name
        self.model = cls
        setattr(cls, name, ManagerDescriptor(self))
        cls._meta.add_manager(self)

    def db_manager(self, using=None, hints=None):
        manager = copy.copy(self)
        manager._db = using or self._db
        manager._hints = hints or self._hints
        return manager

    @property
    def db(self):
        return self._db or database.DEFAULT_DB_ALIAS

    def get_queryset(self):
        """The queryset every query of this manager starts from."""
        return self._queryset_class(model=self.model, using=self._db, hints=self._hints)

    def all(self):
        return self.get_queryset()

    def check(self, **kwargs):
        """Django's system checks of a manager: none fail."""
        return []

    def deconstruct(self):
        raise not_on_this_page("Manager.deconstruct()", "is for migrations, which this page's "
                               "Django does not run", suffix=False)


class Manager(BaseManager.from_queryset(QuerySet)):
    pass


class ManagerDescriptor:
    def __init__(self, manager):
        self.manager = manager

    def __get__(self, instance, cls=None):
        if instance is not None:
            raise AttributeError(f"Manager isn't accessible via {cls.__name__} instances")
        if cls._meta.abstract:
            raise AttributeError(f"Manager isn't available; {cls._meta.object_name} is abstract")
        return cls._meta.managers_map[self.manager.name]
