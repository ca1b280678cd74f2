# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import Signal, receiver


class Order(models.Model):
    total = models.IntegerField()


order_paid = Signal()  # shop/signals.py
log = []


@receiver(post_save, sender=Order)  # shop/signals.py
def mark_paid(sender, instance, created, **kwargs):
    if created:
        order_paid.send(sender=Order, order=instance)


@receiver(order_paid)  # loyalty/signals.py
def add_points(sender, order, **kwargs):
    log.append(f"loyalty: {order.total // 10} points")


@receiver(order_paid)  # mailing/signals.py
def send_receipt(sender, order, **kwargs):
    log.append("mailing: receipt sent")


@receiver(post_save)  # analytics/signals.py: no sender=, hears all
def count_saves(sender, **kwargs):
    log.append(f"analytics: {sender.__name__} saved")


Order.objects.create(total=120)  # the only line that "does" anything
print("\n".join(log))


def names(signal, sender):
    # _live_receivers() is a private helper of Django's Signal:
    # fine in a shell or a debugger, not in application code.
    sync_receivers, async_receivers = signal._live_receivers(sender)
    return [r.__name__ for r in sync_receivers + async_receivers]


print("post_save receivers for Order:", names(post_save, Order))
print("order_paid receivers:", names(order_paid, Order))
