"""Make the next run behave like a fresh program: no receivers, rows, models, cached values,
queued tasks, pending on_commit callbacks or trace left."""

from . import cache, celery_stand_in, django_compat, models, trace, transaction
from .dispatcher import all_signals


def reset():
    """Disconnect every receiver from every signal (built-in signals keep their identity),
    empty the model store, restart pk numbering, empty the cache and the task queue, forget
    open atomic blocks and their callbacks, and drop the trace."""
    for signal in list(all_signals):
        signal._disconnect_all()
    models.forget_models()
    django_compat.clear_outbox()
    cache.cache.clear()
    celery_stand_in.worker.purge()
    transaction.clear()
    trace.stop()
