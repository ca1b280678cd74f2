"""Replacements put in place of attributes (`time.sleep`, `sys.stdout`, ...) while learner code
runs, and the originals put back after, whatever the learner's code did to them meanwhile."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys

_MISSING = object()


class Patches:
    """A set of (owner, attribute name, replacement), installed and restored together. Owners
    are modules and classes; a class's original is its own attribute, not an inherited one."""

    def __init__(self, *entries: tuple[object, str, object]):
        self._entries = list(entries)
        self._originals: list[tuple[object, str, object]] = []

    def install(self) -> None:
        """Replace each attribute, remembering what it was (so a second install, had the last
        restore not happened, cannot take a replacement for an original)."""
        self.restore()
        for owner, name, replacement in self._entries:
            self._originals.append((owner, name, vars(owner).get(name, _MISSING)))
            setattr(owner, name, replacement)

    def restore(self) -> None:
        while self._originals:
            owner, name, original = self._originals.pop()
            if original is _MISSING:
                if name in vars(owner):
                    delattr(owner, name)
            else:
                setattr(owner, name, original)


class PatchedOnImport(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Patches for a module too costly to import on every page (urllib.request takes a third of
    a second in Pyodide), put in place as soon as learner code imports it, or at once if it is
    already imported. `patches(module)` makes them."""

    def __init__(self, name: str, patches):
        self._name, self._make_patches = name, patches
        self._patches = Patches()
        self._loader = None

    def install(self) -> None:
        self.restore()
        if self._name in sys.modules:
            self._patch(sys.modules[self._name])
        else:
            sys.meta_path.insert(0, self)

    def restore(self) -> None:
        while self in sys.meta_path:
            sys.meta_path.remove(self)
        self._patches.restore()

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self._name:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None:
            self._loader, spec.loader = spec.loader, self
        return spec

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        module.__spec__.loader = module.__loader__ = self._loader
        self._patch(module)

    def _patch(self, module) -> None:
        self._patches = self._make_patches(module)
        self._patches.install()
