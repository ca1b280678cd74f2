# --- PYODIDE:env --- #
from celery import shared_task, worker
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver


class Order(models.Model):
    total = models.IntegerField()


class CardDeclined(Exception):
    pass


indexed = []  # what the search index holds: order ids


@shared_task
def index_order(order_id):
    indexed.append(order_id)


def checkout(total, card):
    """Create the order and charge the card in one transaction: a declined card rolls the
    order back."""
    with transaction.atomic():
        order = Order.objects.create(total=total)
        if card == "declined":
            raise CardDeclined("card declined")
    return order
# --- PYODIDE:code --- #
# Bug report: "The search index lists orders that do not exist: the ones whose card was
# declined." A declined card rolls its order back, but the indexing task is already queued.
# Queue the task only once the order is really in the database.

@receiver(post_save, sender=Order)
def queue_indexing(sender, instance, created, **kwargs):
    if created:
        index_order.delay(instance.pk)


try:
    checkout(30, card="declined")
except CardDeclined as error:
    print("checkout failed:", error)
print("tasks queued after the declined card:", worker.pending())
order = checkout(20, card="valid")
print("tasks queued after the paid order:", worker.pending())
# --- PYODIDE:corr --- #
@receiver(post_save, sender=Order)
def queue_indexing(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(lambda: index_order.delay(instance.pk))


try:
    checkout(30, card="declined")
except CardDeclined as error:
    print("checkout failed:", error)
print("tasks queued after the declined card:", worker.pending())
order = checkout(20, card="valid")
print("tasks queued after the paid order:", worker.pending())
# --- PYODIDE:tests --- #
assert worker.pending() == ["index_order"], f"queued: {worker.pending()}"
# --- PYODIDE:secrets --- #
worker.purge()
try:
    checkout(10, card="declined")
except CardDeclined:
    pass
assert worker.pending() == [], (
    "A declined card, whose order was rolled back, still left an indexing task in the queue: "
    "queue the task from transaction.on_commit(...), which drops it with a rollback."
)
with transaction.atomic():
    paid = Order.objects.create(total=15)
    assert worker.pending() == [], (
        "The task was queued inside the transaction, before the commit: a worker could start "
        "before the order is in the database. Queue it from transaction.on_commit(...)."
    )
assert worker.pending() == ["index_order"], (
    f"After the commit, the queue holds {worker.pending()}: one index_order task must wait for "
    "the worker (queued with .delay(), not run at once)."
)
worker.run_pending()
assert indexed[-1:] == [paid.pk], "The worker should index the paid order's id."
