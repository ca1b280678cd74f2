"""`django.apps`: the registry of the program's models (`apps.get_model("shop.Invoice")`), and
the operations waiting for a model that does not exist yet, as in django/apps/registry.py.

What waits: a receiver connected with a sender given as "app_label.ModelName" before that
model is defined, and a relation to a model named by a string ("Author", "shop.Author") that
is defined further down. Each runs when its model is registered, right after the model's
class_prepared signal.

On the page, every app label a model uses counts as an installed app, and so do `app`, the
label of the models typed on a page (see django_compat), and Django's `auth` and
`contenttypes`, which a project lists first in INSTALLED_APPS (auth_stand_in is the page's auth).
Each app has one AppConfig, the same object for the whole page, as in Django.
"""

from __future__ import annotations

import functools
import warnings
from collections import defaultdict

PAGE_APP_LABEL = "app"
# Django's own apps on the page, in INSTALLED_APPS order: label -> (AppConfig class, name)
DJANGO_APPS = {"auth": ("AuthConfig", "django.contrib.auth"),
               "contenttypes": ("ContentTypesConfig", "django.contrib.contenttypes")}


class AppConfig:
    """Django's AppConfig, enough to show where receivers are connected: in ready()."""

    name = ""

    def __init__(self, app_name=None, app_module=None):
        self.name = app_name or self.name
        self.label = getattr(type(self), "label", None) or self.name.rpartition(".")[2]
        self.module = app_module

    def ready(self):
        pass

    def get_models(self, include_auto_created=False):
        return [model for model in apps.get_models(include_auto_created)
                if model._meta.app_label == self.label]

    def __repr__(self):
        return f"<{type(self).__name__}: {self.label}>"


def make_model_tuple(model) -> tuple[str, str]:
    """(app_label, model_name) for a model class, an "app_label.ModelName" or such a tuple."""
    try:
        if isinstance(model, tuple):
            model_tuple = model
        elif isinstance(model, str):
            app_label, model_name = model.split(".")
            model_tuple = app_label, model_name.lower()
        else:
            model_tuple = model._meta.app_label, model._meta.model_name
        assert len(model_tuple) == 2
        return model_tuple
    except (ValueError, AssertionError):
        raise ValueError(
            f"Invalid model reference '{model}'. String model references must be of the "
            "form 'app_label.ModelName'."
        ) from None


class Apps:
    def __init__(self):
        self.all_models: defaultdict[str, dict] = defaultdict(dict)
        self._pending_operations: defaultdict[tuple, list] = defaultdict(list)
        self.cache_hooks: list = []   # what forgets the field lists cached in each _meta
        self.app_configs: dict[str, AppConfig] = {}

    def register_model(self, app_label, model):
        model_name = model._meta.model_name
        app_models = self.all_models[app_label]
        if model_name in app_models:
            old = app_models[model_name]
            if model.__name__ == old.__name__ and model.__module__ == old.__module__:
                warnings.warn(
                    f"Model '{app_label}.{model_name}' was already registered. Reloading models "
                    "is not advised as it can lead to inconsistencies, most notably with "
                    "related models.", RuntimeWarning, stacklevel=2)
            else:
                raise RuntimeError(f"Conflicting '{model_name}' models in application "
                                   f"'{app_label}': {old} and {model}.")
        app_models[model_name] = model
        self.do_pending_operations(model)
        self.clear_cache()

    def clear_cache(self):
        for hook in self.cache_hooks:
            hook()

    def is_installed(self, app_name) -> bool:
        return (app_name in (PAGE_APP_LABEL, *DJANGO_APPS) or app_name in self.all_models
                or app_name in (name for _, name in DJANGO_APPS.values()))

    def get_app_config(self, app_label) -> AppConfig:
        if app_label not in (PAGE_APP_LABEL, *DJANGO_APPS) and app_label not in self.all_models:
            raise LookupError(f"No installed app with label '{app_label}'.")
        if app_label not in self.app_configs:
            class_name, name = DJANGO_APPS.get(app_label, ("AppConfig", app_label))
            config_class = AppConfig if class_name == "AppConfig" else type(
                class_name, (AppConfig,), {"__module__": f"{name}.apps"})
            self.app_configs[app_label] = config_class(name)
        return self.app_configs[app_label]

    def get_app_configs(self) -> list[AppConfig]:
        """Django's apps first, then `app`, then the apps the program's models name."""
        labels = dict.fromkeys([*DJANGO_APPS, PAGE_APP_LABEL, *self.all_models])
        return [self.get_app_config(label) for label in labels]

    def get_models(self, include_auto_created=False, include_swapped=False) -> list:
        return [model for app_models in list(self.all_models.values())
                for model in app_models.values()
                if include_auto_created or not model._meta.auto_created]

    def get_registered_model(self, app_label, model_name):
        model = self.all_models[app_label].get(model_name.lower())
        if model is None:
            raise LookupError(f"Model '{app_label}.{model_name}' not registered.")
        return model

    def get_model(self, app_label, model_name=None, require_ready=True):
        """`get_model("shop.Invoice")` or `get_model("shop", "Invoice")`."""
        if model_name is None:
            app_label, model_name = app_label.split(".")
        self.get_app_config(app_label)
        model = self.all_models[app_label].get(model_name.lower())
        if model is None:
            raise LookupError(f"App '{app_label}' doesn't have a '{model_name}' model.")
        return model

    def lazy_model_operation(self, function, *model_keys):
        """Call `function(*models)` once every model named in `model_keys` is registered."""
        if not model_keys:
            function()
            return
        next_model, *more_models = model_keys

        def apply_next_model(model):
            self.lazy_model_operation(functools.partial(function, model), *more_models)

        try:
            model_class = self.get_registered_model(*next_model)
        except LookupError:
            self._pending_operations[next_model].append(apply_next_model)
        else:
            apply_next_model(model_class)

    def do_pending_operations(self, model):
        key = model._meta.app_label, model._meta.model_name
        for function in self._pending_operations.pop(key, []):
            function(model)

    def set_aside(self) -> tuple:
        """Take the registered models and pending operations out, leaving the registry empty."""
        state = self.all_models, self._pending_operations
        self.all_models, self._pending_operations = defaultdict(dict), defaultdict(list)
        self.clear_cache()
        return state

    def put_back(self, state: tuple) -> None:
        self.all_models, self._pending_operations = state
        self.clear_cache()


apps = Apps()
