"""Make the next run behave like a fresh program: no receivers, rows, models or trace left."""

from . import django_compat, models, trace
from .dispatcher import all_signals


def reset():
    """Disconnect every receiver from every signal (built-in signals keep their identity),
    empty the model store, restart pk numbering and drop the trace."""
    for signal in list(all_signals):
        signal._disconnect_all()
    models.forget_models()
    django_compat.clear_outbox()
    trace.stop()
