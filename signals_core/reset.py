"""Make the next run behave like a fresh program: no receivers, models, rows, cached values,
queued tasks or open transaction left.

A page runs several programs in one interpreter (each IDE's run, and the page's terminal), so
what one program left can also be set aside while another runs, and put back afterwards.
"""

from collections import OrderedDict
from dataclasses import dataclass

from . import cache, celery_stand_in, database, django_compat, settings_stand_in
from .apps import apps
from .dispatcher import all_signals


def reset():
    """Disconnect every receiver from every signal (built-in signals keep their identity),
    forget the program's models and the operations waiting for models (lazy senders and
    relations), start an empty database with no transaction open (so no pending on_commit
    callbacks), empty the outbox, the cache and the task queue, and put the settings back as
    configured (a program may have entered override_settings and never left it).

    The dispatch trace is left alone: it belongs to a run, not to a program (the page starts a
    new one with each run, and a check keeps it while its hidden checks run as a program of
    their own)."""
    for signal in list(all_signals):
        signal._disconnect_all()
    apps.set_aside()
    database.reset()
    django_compat.clear_outbox()
    cache.cache.clear()
    celery_stand_in.worker.purge()
    settings_stand_in.settings._wrapped = settings_stand_in.configured()


@dataclass
class ProgramState:
    """Everything a program has left in signals_core, as objects reset() leaves alone."""
    receivers: dict
    models: tuple          # the app registry: models and pending lazy operations
    database: database.Database   # rows, pk counters, the open transaction and its callbacks
    outbox: list
    cache: tuple
    tasks: list
    settings: object


def set_aside() -> ProgramState:
    """Take what the current program left out of signals_core, and reset it."""
    state = ProgramState(
        receivers={signal: signal.receivers for signal in all_signals},
        models=apps.set_aside(),
        database=database.current,
        outbox=list(django_compat._mail_module.outbox),
        cache=(OrderedDict(cache.cache._values), dict(cache.cache._expires)),
        tasks=list(celery_stand_in.worker.queue),
        settings=settings_stand_in.settings._wrapped,
    )
    reset()
    return state


def put_back(state: ProgramState) -> None:
    """Reset, then restore what `set_aside()` took: the program goes on where it was."""
    reset()
    for signal, receivers in state.receivers.items():
        signal.receivers = receivers
        signal.sender_receivers_cache.clear()
    apps.put_back(state.models)
    database.restore(state.database)
    django_compat._mail_module.outbox.extend(state.outbox)
    cache.cache._values.update(state.cache[0])
    cache.cache._expires.update(state.cache[1])
    celery_stand_in.worker.queue.extend(state.tasks)
    settings_stand_in.settings._wrapped = state.settings
