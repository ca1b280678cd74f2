# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Order(models.Model):
    total = models.IntegerField()


def apply_discount(order):
    return order.total * 0.9


def send_receipt(order, price):
    print(f"  receipt: {price:.2f} EUR")


@receiver(post_save, sender=Order)
def order_created(sender, instance, created, **kwargs):
    """One receiver owns the sequence: the order of the steps is written down, in one place."""
    if created:
        price = apply_discount(instance)
        send_receipt(instance, price)


print("Each new order:")
Order.objects.create(total=100)
Order.objects.create(total=50)
