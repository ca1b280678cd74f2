"""A stand-in for `django.urls.path()` and the resolving Django's handler does before it calls a
view: routes such as "orders/<int:order_id>/", matched against a request's path.

The page's ROOT_URLCONF is the program itself: the `urlpatterns` the learner's code defines in
its module (`__main__`) are the site's URLs, as in a test module with
`@override_settings(ROOT_URLCONF=__name__)`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

ROOT_URLCONF = "__main__"
CONVERTERS = {"int": (r"[0-9]+", int), "str": (r"[^/]+", str), "slug": (r"[-a-zA-Z0-9_]+", str)}
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


@dataclass(frozen=True)
class URLPattern:
    route: str
    callback: object
    default_args: dict
    name: str | None = None

    def match(self, path: str):
        """The view's keyword arguments if `path` (without its leading "/") fits the route."""
        converters, regex, position = {}, "", 0
        for parameter in PARAMETER.finditer(self.route):
            converter = parameter["converter"] or "str"
            if converter not in CONVERTERS:
                raise NotImplementedError(f"the path converter {converter!r} is not part of "
                                          "this page's Django (it has int, str and slug)")
            regex += re.escape(self.route[position:parameter.start()])
            regex += f"(?P<{parameter['name']}>{CONVERTERS[converter][0]})"
            converters[parameter["name"]] = CONVERTERS[converter][1]
            position = parameter.end()
        found = re.fullmatch(regex + re.escape(self.route[position:]), path)
        if found is None:
            return None
        captured = {name: converters[name](value) for name, value in found.groupdict().items()}
        return {**captured, **self.default_args}  # path()'s kwargs win, as in Django


def path(route, view, kwargs=None, name=None):
    return URLPattern(route, view, dict(kwargs or {}), name)


def resolve(request_path: str):
    """(view, keyword arguments) for `request_path`, or None: Django would answer 404."""
    urlpatterns = getattr(sys.modules[ROOT_URLCONF], "urlpatterns", [])
    for pattern in urlpatterns:
        kwargs = pattern.match(request_path.removeprefix("/"))
        if kwargs is not None:
            return pattern.callback, kwargs
    return None
