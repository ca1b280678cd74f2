"""Make the next run behave like a fresh program: no receivers, rows, models, cached values,
queued tasks or pending on_commit callbacks left.

A page runs several programs in one interpreter (each IDE's run, and the page's terminal), so
what one program left can also be set aside while another runs, and put back afterwards.
"""

from collections import OrderedDict
from dataclasses import dataclass

from . import cache, celery_stand_in, django_compat, models, transaction
from .dispatcher import all_signals


def reset():
    """Disconnect every receiver from every signal (built-in signals keep their identity),
    empty the model store, restart pk numbering, empty the cache and the task queue, and forget
    open atomic blocks and their callbacks.

    The dispatch trace is left alone: it belongs to a run, not to a program (the page starts a
    new one with each run, and a check keeps it while its hidden checks run as a program of
    their own)."""
    for signal in list(all_signals):
        signal._disconnect_all()
    models.forget_models()
    django_compat.clear_outbox()
    cache.cache.clear()
    celery_stand_in.worker.purge()
    transaction.clear()


@dataclass
class ProgramState:
    """Everything a program has left in signals_core, as copies that reset() cannot empty."""
    receivers: dict
    models: list
    outbox: list
    cache: tuple
    tasks: list
    atomic_blocks: list
    needs_rollback: bool


def set_aside() -> ProgramState:
    """Take what the current program left out of signals_core, and reset it."""
    state = ProgramState(
        receivers={signal: signal.receivers for signal in all_signals},
        models=[(model, dict(model._rows), model._next_pk) for model in models._model_classes],
        outbox=list(django_compat._mail_module.outbox),
        cache=(OrderedDict(cache.cache._values), dict(cache.cache._expires)),
        tasks=list(celery_stand_in.worker.queue),
        atomic_blocks=[list(block) for block in transaction._state.blocks],
        needs_rollback=transaction._state.needs_rollback,
    )
    reset()
    return state


def put_back(state: ProgramState) -> None:
    """Reset, then restore what `set_aside()` took: the program goes on where it was."""
    reset()
    for signal, receivers in state.receivers.items():
        signal.receivers = receivers
        signal.sender_receivers_cache.clear()
    for model, rows, next_pk in state.models:
        model._rows.update(rows)
        model._next_pk = next_pk
        models._model_classes.append(model)
    django_compat._mail_module.outbox.extend(state.outbox)
    cache.cache._values.update(state.cache[0])
    cache.cache._expires.update(state.cache[1])
    celery_stand_in.worker.queue.extend(state.tasks)
    transaction._state.blocks.extend(state.atomic_blocks)
    transaction._state.needs_rollback = state.needs_rollback
