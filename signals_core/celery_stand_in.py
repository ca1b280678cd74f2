"""A stand-in for Celery, registered as `celery` when the real one is not installed.

Course code uses it exactly as in a Django project:

    from celery import shared_task

    @shared_task
    def send_welcome_email(user_id):
        ...

    send_welcome_email(5)                       # a direct call runs at once, as in Celery
    result = send_welcome_email.delay(5)        # queued; returns at once, with `result.id`
    send_welcome_email.apply_async(args=[5])    # the same (countdown, eta... are ignored)

In a real project a separate worker process picks queued calls up. Here they wait until the
program runs the stand-in worker, which makes "later, elsewhere" visible on a page:

    from celery import worker

    worker.pending()       # ['send_welcome_email']: the queued calls' task names, oldest first
    worker.run_pending()   # runs them in order (and any they queue); returns how many ran
    worker.purge()         # drops them unrun; returns how many were dropped

As in a real worker, a task that raises is logged on the "celery" logger and the worker goes
on; its result then has `status == "FAILURE"` and the exception as `result`.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections import deque

logger = logging.getLogger("celery")
__signals_core__ = True  # marks this module as the stand-in, so install() knows it is not Celery


class AsyncResult:
    """What `.delay()` returns: the queued call's id, and its outcome once a worker ran it."""

    def __init__(self):
        self.id = str(uuid.uuid4())
        self.status = "PENDING"
        self.result = None

    def ready(self) -> bool:
        return self.status != "PENDING"

    def successful(self) -> bool:
        return self.status == "SUCCESS"


class Task:
    def __init__(self, func, bind=False):
        functools.update_wrapper(self, func)
        self.run = functools.partial(func, self) if bind else func
        self.name = func.__name__

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def delay(self, *args, **kwargs) -> AsyncResult:
        return self.apply_async(args, kwargs)

    def apply_async(self, args=None, kwargs=None, **options) -> AsyncResult:
        result = AsyncResult()
        worker.queue.append((self, tuple(args or ()), dict(kwargs or {}), result))
        return result


def shared_task(func=None, *, bind=False, **options):
    """`@shared_task` or `@shared_task(bind=True, ...)`: make `func` a task that can be queued."""
    if func is None:
        return lambda func: Task(func, bind=bind)
    return Task(func, bind=bind)


class Celery:
    """`app = Celery("proj")`, then `@app.task` works like `@shared_task`."""

    def __init__(self, main=None, **options):
        self.main = main

    def task(self, func=None, **options):
        return shared_task(func, **options)


class Worker:
    """Runs queued task calls when the program asks, as a worker process would."""

    def __init__(self):
        self.queue: deque = deque()

    def pending(self) -> list[str]:
        return [task.name for task, _, _, _ in self.queue]

    def run_pending(self) -> int:
        ran = 0
        while self.queue:
            task, args, kwargs, result = self.queue.popleft()
            ran += 1
            try:
                result.result = task(*args, **kwargs)
            except Exception as err:
                logger.error("Task %s[%s] raised unexpected: %r", task.name, result.id, err,
                             exc_info=err)
                result.status, result.result = "FAILURE", err
            else:
                result.status = "SUCCESS"
        return ran

    def purge(self) -> int:
        dropped = len(self.queue)
        self.queue.clear()
        return dropped


worker = Worker()
