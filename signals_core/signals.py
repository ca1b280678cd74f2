"""Django's built-in signals, with the names a trace shows for them.

The model signals are ModelSignals, as in django/db/models/signals.py: their sender may also
be given as "app_label.ModelName", and a receiver so connected is connected to that model as
soon as it is registered, whether it is defined before or after the connect.
"""

from functools import partial

from .apps import apps as default_apps
from .apps import make_model_tuple
from .dispatcher import Signal


class ModelSignal(Signal):
    """A signal whose sender may be a lazy "app_label.ModelName" reference."""

    def _lazy_method(self, method, apps, receiver, sender, **kwargs):
        partial_method = partial(method, receiver, **kwargs)
        if isinstance(sender, str):
            (apps or default_apps).lazy_model_operation(partial_method, make_model_tuple(sender))
        else:
            return partial_method(sender)

    def connect(self, receiver, sender=None, weak=True, dispatch_uid=None, apps=None):
        self._lazy_method(super().connect, apps, receiver, sender, weak=weak,
                          dispatch_uid=dispatch_uid)

    def disconnect(self, receiver=None, sender=None, dispatch_uid=None, apps=None):
        return self._lazy_method(super().disconnect, apps, receiver, sender,
                                 dispatch_uid=dispatch_uid)


def _named(name, signal_class=Signal, **kwargs):
    signal = signal_class(**kwargs)
    signal.name = name
    return signal


pre_init = _named("pre_init", ModelSignal, use_caching=True)
post_init = _named("post_init", ModelSignal, use_caching=True)
pre_save = _named("pre_save", ModelSignal, use_caching=True)
post_save = _named("post_save", ModelSignal, use_caching=True)
pre_delete = _named("pre_delete", ModelSignal, use_caching=True)
post_delete = _named("post_delete", ModelSignal, use_caching=True)
m2m_changed = _named("m2m_changed", ModelSignal, use_caching=True)
class_prepared = _named("class_prepared")
# Sent by the page's stand-in for `migrate` (migrate_stand_in), once per installed app.
pre_migrate = _named("pre_migrate")
post_migrate = _named("post_migrate")
request_started = _named("request_started")
request_finished = _named("request_finished")
setting_changed = _named("setting_changed")   # sent by override_settings (settings_stand_in)
# django.contrib.auth's, sent by the page's authenticate(), login() and logout() (auth_stand_in)
user_logged_in = _named("user_logged_in")
user_logged_out = _named("user_logged_out")
user_login_failed = _named("user_login_failed")
got_request_exception = _named("got_request_exception")
