"""Django's built-in signals, with the names a trace shows for them."""

from .dispatcher import Signal


def _named(name, **kwargs):
    signal = Signal(**kwargs)
    signal.name = name
    return signal


pre_init = _named("pre_init", use_caching=True)
post_init = _named("post_init", use_caching=True)
pre_save = _named("pre_save", use_caching=True)
post_save = _named("post_save", use_caching=True)
pre_delete = _named("pre_delete", use_caching=True)
post_delete = _named("post_delete", use_caching=True)
m2m_changed = _named("m2m_changed", use_caching=True)
class_prepared = _named("class_prepared")
request_started = _named("request_started")
request_finished = _named("request_finished")
