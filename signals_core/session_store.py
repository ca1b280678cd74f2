"""The page's stand-in for a session store (`django.contrib.sessions.backends.cache`), enough
for `login()` and `logout()` (auth_stand_in), as a test builds a request for them:

    request = HttpRequest()
    request.session = SessionStore()
    request.user = AnonymousUser()     # what SessionMiddleware and AuthenticationMiddleware add

The session keeps its data on the object itself (Django's cache backend also stores it in the
cache when saved, which only a response does).
"""

from __future__ import annotations

import secrets
import string

_KEY_CHARACTERS = string.ascii_lowercase + string.digits


class SessionStore:
    """A session as `request.session` is: a dictionary with a key that `login()` renews."""

    def __init__(self, session_key=None):
        self._session_key = session_key
        self._data = {}
        self.accessed = self.modified = False

    @property
    def session_key(self):
        return self._session_key

    def __getitem__(self, key):
        self.accessed = True
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value
        self.accessed = self.modified = True

    def __delitem__(self, key):
        del self._data[key]
        self.accessed = self.modified = True

    def __contains__(self, key):
        self.accessed = True
        return key in self._data

    def get(self, key, default=None):
        self.accessed = True
        return self._data.get(key, default)

    def pop(self, key, *default):
        self.accessed = True
        self.modified = self.modified or key in self._data
        return self._data.pop(key, *default)

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def is_empty(self):
        return not self._session_key and not self._data

    def clear(self):
        self._data = {}
        self.accessed = self.modified = True

    def cycle_key(self):
        """Keep the data under a new key (login does it, against session fixation)."""
        self._session_key = "".join(secrets.choice(_KEY_CHARACTERS) for _ in range(32))
        self.modified = True

    def flush(self):
        """Drop the data and the key (logout does it)."""
        self.clear()
        self._session_key = None
