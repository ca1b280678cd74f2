"""Learner code runs in the page's own interpreter, where it can reach course_runtime and the
standard modules the guards watch over: replace or delete their names, reload them, or drop
them from `sys.modules` to import a fresh copy (whose `time.sleep` would freeze the page).

So course_runtime snapshots itself once imported, and the page puts that back at each arm and
disarm: every name of its modules and of their classes, and the `sys.modules` entries of those
modules and of the watched standard ones, whose names it also puts back. While learner code
runs, importing or reloading any of them gives the module the guards watch over, unchanged.
(Run state therefore lives in objects, whose own attributes are not snapshotted.) The page's
JavaScript holds the entry points it calls (guards.arm, ...) from the start, so replacing them
in their module changes nothing either. Code that digs into closures or the page's JavaScript
is out of reach of any of this, and of this course's scope.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys

PACKAGE = "course_runtime"
# The modules whose functions the guards replace while learner code runs (or rely on).
WATCHED_MODULES = ("time", "threading", "select", "socket", "subprocess", "os", "signal",
                   "_signal", "asyncio")

_DESCRIPTORS = {"__dict__", "__weakref__"}


class Snapshot:
    """The modules as they are when `take` is called: their `sys.modules` entries, their names,
    and the names of course_runtime's classes. `restore` uses nothing but what the snapshot holds
    (this module's own names may be gone when it runs)."""

    def __init__(self):
        self._sys_modules = sys.modules
        self._absent = object()
        self.modules: dict = {}
        self.names: dict = {}
        self.classes: dict = {}

    def take(self) -> None:
        self.modules = {name: module for name, module in sys.modules.items()
                        if name == PACKAGE or name.startswith(PACKAGE + ".")
                        or name in WATCHED_MODULES}
        self.names = {module: dict(vars(module)) for module in self.modules.values()}
        self.classes = {
            value: {key: item for key, item in vars(value).items() if key not in _DESCRIPTORS}
            for name, module in self.modules.items() if name.startswith(PACKAGE)
            for value in vars(module).values()
            if isinstance(value, type) and value.__module__ == module.__name__
        }

    def restore(self) -> None:
        for name, module in self.modules.items():
            if self._sys_modules.get(name) is not module:
                self._sys_modules[name] = module
        for owner, names in (*self.names.items(), *self.classes.items()):
            current = vars(owner)
            for key, value in names.items():
                if current.get(key, self._absent) is not value:
                    setattr(owner, key, value)


class KeptModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """While learner code runs (first on `sys.meta_path`): importing one of the snapshot's
    modules afresh, or reloading it, gives back the module as it is, not a new copy."""

    def __init__(self, snapshot: Snapshot):
        self._meta_path, self._spec_from_loader = sys.meta_path, importlib.util.spec_from_loader
        self._snapshot = snapshot

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self._snapshot.modules:
            return self._spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return self._snapshot.modules[spec.name]

    def exec_module(self, module):
        """Nothing to run; undo what the import machinery just set on the module."""
        names = self._snapshot.names[module]
        module.__spec__, module.__loader__ = names["__spec__"], names.get("__loader__")

    def install(self) -> None:
        self.remove()
        self._meta_path.insert(0, self)

    def remove(self) -> None:
        while self in self._meta_path:
            self._meta_path.remove(self)
