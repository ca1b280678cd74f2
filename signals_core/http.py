"""A stand-in for the few parts of `django.http` a view on the page needs: `HttpRequest` (what a
view receives, and what a test builds for `login()`), `HttpResponse`, `JsonResponse` and `Http404`.

Closing a response sends `request_finished`, as Django's `HttpResponse.close()` does: the
handler that served it calls `close()` once the response is sent, and the sender is the class
the handler stored in `_handler_class` (None unless a handler set one; Django's test client
does not).
"""

from __future__ import annotations

import json

from .signals import request_finished


class Http404(Exception):
    """Raised by a view for "not found": Django answers 404 and sends no got_request_exception."""


class HttpRequest:
    """A request with nothing in it yet, as `HttpRequest()` is in Django; the test client's
    requests fill in their method and path."""

    def __init__(self):
        self.GET, self.POST, self.COOKIES, self.META, self.FILES = {}, {}, {}, {}, {}
        self.path = self.path_info = ""
        self.method = None

    def get_full_path(self):
        return self.path

    def __repr__(self):
        if self.method is None or not self.get_full_path():
            return f"<{type(self).__name__}>"
        return f"<{type(self).__name__}: {self.method} {self.get_full_path()!r}>"


class HttpResponse:
    def __init__(self, content=b"", content_type=None, status=200):
        self.content = content if isinstance(content, bytes) else str(content).encode()
        self.status_code = status
        self.headers = {"Content-Type": content_type or "text/html; charset=utf-8"}
        self._handler_class = None
        self.closed = False

    def __getitem__(self, header):
        return self.headers[header]

    def __repr__(self):
        return (f'<{type(self).__name__} status_code={self.status_code}, '
                f'"{self.headers["Content-Type"]}">')

    def close(self):
        self.closed = True
        request_finished.send(sender=self._handler_class)


class JsonResponse(HttpResponse):
    def __init__(self, data, safe=True, **kwargs):
        if safe and not isinstance(data, dict):
            raise TypeError("In order to allow non-dict objects to be serialized set the "
                            "safe parameter to False.")
        kwargs.setdefault("content_type", "application/json")
        super().__init__(content=json.dumps(data), **kwargs)
