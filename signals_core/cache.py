"""`django.core.cache.cache`, as Django's default cache (LocMemCache) behaves in one process.

Like LocMemCache, values are stored pickled (so `get` returns a copy, never the object you
stored), keys are turned into strings, entries expire after `timeout` seconds (default 300,
None = never, 0 or less = at once), and at 300 entries the least recently used third is culled.
"""

from __future__ import annotations

import pickle
import time
from collections import OrderedDict

DEFAULT_TIMEOUT = 300
MAX_ENTRIES = 300
CULL_FREQUENCY = 3
_MISSING = object()
_UNSET = object()


class LocMemCache:
    def __init__(self):
        self._values: OrderedDict[str, bytes] = OrderedDict()  # most recently used first
        self._expires: dict[str, float | None] = {}

    @staticmethod
    def _key(key, version=None) -> str:
        return f":{version or 1}:{key}"  # Django's default KEY_FUNCTION

    @staticmethod
    def _expiry(timeout):
        if timeout is _UNSET:
            timeout = DEFAULT_TIMEOUT
        if timeout is None:
            return None
        return time.time() + timeout if timeout > 0 else -1

    def _alive(self, key) -> bool:
        """Whether `key` holds a value that has not expired; an expired one is removed."""
        expires = self._expires.get(key, -1)
        if expires is not None and expires <= time.time():
            self._values.pop(key, None)
            self._expires.pop(key, None)
            return False
        return True

    def _store(self, key, value, timeout):
        if len(self._values) >= MAX_ENTRIES:
            for _ in range(len(self._values) // CULL_FREQUENCY):
                del self._expires[self._values.popitem()[0]]
        self._values[key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        self._values.move_to_end(key, last=False)
        self._expires[key] = self._expiry(timeout)

    def get(self, key, default=None, version=None):
        key = self._key(key, version)
        if not self._alive(key):
            return default
        self._values.move_to_end(key, last=False)
        return pickle.loads(self._values[key])

    def set(self, key, value, timeout=_UNSET, version=None):
        self._store(self._key(key, version), value, timeout)

    def add(self, key, value, timeout=_UNSET, version=None) -> bool:
        """Set `key` only if it holds nothing yet; True if it was set."""
        key = self._key(key, version)
        if self._alive(key):
            return False
        self._store(key, value, timeout)
        return True

    def get_or_set(self, key, default, timeout=_UNSET, version=None):
        """The cached value, or `default` (called first if callable) stored and returned."""
        value = self.get(key, _MISSING, version=version)
        if value is _MISSING:
            value = default() if callable(default) else default
            self.add(key, value, timeout=timeout, version=version)
            return self.get(key, value, version=version)  # a copy, as Django returns
        return value

    def has_key(self, key, version=None) -> bool:
        return self._alive(self._key(key, version))

    __contains__ = has_key

    def incr(self, key, delta=1, version=None):
        full_key = self._key(key, version)
        if not self._alive(full_key):
            raise ValueError(f"Key '{full_key}' not found")
        value = pickle.loads(self._values[full_key]) + delta
        self._values[full_key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        self._values.move_to_end(full_key, last=False)
        return value

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version=version)

    def delete(self, key, version=None) -> bool:
        """Remove `key`; True if it held a value."""
        key = self._key(key, version)
        self._expires.pop(key, None)
        return self._values.pop(key, _MISSING) is not _MISSING

    def get_many(self, keys, version=None) -> dict:
        found = {key: self.get(key, _MISSING, version=version) for key in keys}
        return {key: value for key, value in found.items() if value is not _MISSING}

    def set_many(self, data, timeout=_UNSET, version=None) -> list:
        for key, value in data.items():
            self.set(key, value, timeout=timeout, version=version)
        return []

    def delete_many(self, keys, version=None):
        for key in keys:
            self.delete(key, version=version)

    def clear(self):
        self._values.clear()
        self._expires.clear()


cache = LocMemCache()
