"""The page's stand-in for `django.conf.settings` and `django.test.override_settings`.

The page has no settings module: `settings` holds the few settings the course's Django is
configured with (as tools/run_programs.py configures real Django), and a setting the project
never set is missing, so `getattr(settings, "SHOP_CURRENCY", "EUR")` gives the default, as in
Django. `override_settings` works as in django/test/utils.py: as a `with` block or a function
decorator, it lays the given values over the settings, and sends `setting_changed` for each
one with `setting`, `value` and `enter=True` on the way in, then `enter=False` and the value
restored (None if there is none) on the way out, through `send_robust`, re-raising a receiver's
error once every receiver has run.
"""

from __future__ import annotations

import functools
import inspect

from .exceptions import not_on_this_page
from .signals import setting_changed

# What the course's Django is configured with, beyond Django's defaults that pages read.
CONFIGURED = {"DEBUG": True, "USE_TZ": True, "AUTH_USER_MODEL": "auth.User",
              "DEFAULT_FROM_EMAIL": "webmaster@localhost"}


class UserSettingsHolder:
    """Settings set on top of others, as django.conf's class of that name (the sender of
    `setting_changed`, as with `settings.configure()`)."""

    def __init__(self, default_settings):
        self.__dict__["default_settings"] = default_settings

    def __getattr__(self, name):
        if not name.isupper():
            raise AttributeError(name)
        return getattr(self.default_settings, name)


UserSettingsHolder.__module__ = "django.conf"   # the name a learner printing a sender sees


class _Configured:
    """The settings the project set: a missing one raises AttributeError, as in Django."""

    def __getattr__(self, name):
        try:
            return CONFIGURED[name]
        except KeyError:
            raise AttributeError(f"'Settings' object has no attribute '{name}'") from None


def configured() -> UserSettingsHolder:
    """The settings as the project configured them, with nothing overridden."""
    return UserSettingsHolder(_Configured())


class LazySettings:
    """`django.conf.settings`: reads go to the settings currently in place (`_wrapped`)."""

    def __init__(self):
        self.__dict__["_wrapped"] = configured()

    def __getattr__(self, name):
        return getattr(self._wrapped, name)

    def __setattr__(self, name, value):
        if name == "_wrapped":
            self.__dict__["_wrapped"] = value
        else:
            setattr(self._wrapped, name, value)


settings = LazySettings()


class override_settings:
    """Lay `**kwargs` over the settings while a block or a decorated function runs."""

    def __init__(self, **kwargs):
        self.options = kwargs

    def enable(self):
        override = UserSettingsHolder(settings._wrapped)
        for key, value in self.options.items():
            setattr(override, key, value)
        self.wrapped, settings._wrapped = settings._wrapped, override
        for key, value in self.options.items():
            try:
                setting_changed.send(sender=override.__class__, setting=key, value=value,
                                     enter=True)
            except Exception:
                self.disable()
                raise

    def disable(self):
        settings._wrapped = self.wrapped
        del self.wrapped
        responses = []
        for key in self.options:
            responses += setting_changed.send_robust(
                sender=settings._wrapped.__class__, setting=key,
                value=getattr(settings, key, None), enter=False)
        for _, response in responses:
            if isinstance(response, Exception):
                raise response

    def __enter__(self):
        self.enable()

    def __exit__(self, exc_type, exc_value, traceback):
        self.disable()

    def __call__(self, decorated):
        if isinstance(decorated, type):
            raise not_on_this_page("override_settings on a test class",
                                   "needs Django's test cases; on this page, decorate the test "
                                   "method or use a with block", suffix=False)
        if inspect.iscoroutinefunction(decorated):
            @functools.wraps(decorated)
            async def inner(*args, **kwargs):
                with self:
                    return await decorated(*args, **kwargs)
        else:
            @functools.wraps(decorated)
            def inner(*args, **kwargs):
                with self:
                    return decorated(*args, **kwargs)
        return inner
