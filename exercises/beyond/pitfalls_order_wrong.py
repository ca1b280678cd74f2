# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save


class Order(models.Model):
    total = models.IntegerField()


discounted = {}  # one receiver writes it, the other reads it: they depend on their order


def apply_discount(sender, instance, created, **kwargs):
    discounted[instance.pk] = instance.total * 0.9


def send_receipt(sender, instance, created, **kwargs):
    print(f"  receipt: {discounted[instance.pk]:.2f} EUR")


print("Connected discount first, then receipt:")
post_save.connect(apply_discount, sender=Order)
post_save.connect(send_receipt, sender=Order)
Order.objects.create(total=100)

print("Connected the other way round (say, after an import order change):")
post_save.disconnect(apply_discount, sender=Order)
post_save.disconnect(send_receipt, sender=Order)
post_save.connect(send_receipt, sender=Order)
post_save.connect(apply_discount, sender=Order)
try:
    Order.objects.create(total=100)
except KeyError:
    print("  KeyError: the receipt ran before there was a discounted price")
