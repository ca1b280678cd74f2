# --- PYODIDE:env --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Order(models.Model):
    total = models.IntegerField()
    status = models.CharField(max_length=20, default="new")


receipts = []
points = {}


@receiver(post_save, sender=Order)
def email_receipt(sender, instance, created, **kwargs):
    if created:
        receipts.append(instance.pk)


@receiver(post_save, sender=Order)
def archive_old_orders(sender, instance, **kwargs):
    instance.status = "archived"  # left over from a one-off script


@receiver(post_save, sender=Order)
def award_points(sender, instance, created, **kwargs):
    if created:
        points[instance.pk] = instance.total // 10
# --- PYODIDE:code --- #
from django.db.models.signals import post_save

# A new order comes back "archived", yet no line here touches `status`.
# The receivers live in other files (hidden here, as in a big project).
# 1. Run, then open the Dispatch trace under the output: who reacted?
# 2. Disconnect the receiver that does it, on the line below (before
#    the order is created). Keep the other receivers connected.


order = Order.objects.create(total=250)
print("status:", order.status)
# --- PYODIDE:corr --- #
from django.db.models.signals import post_save

post_save.disconnect(archive_old_orders, sender=Order)

order = Order.objects.create(total=250)
print("status:", order.status)
# --- PYODIDE:tests --- #
assert order.status == "new"
# --- PYODIDE:secrets --- #
second = Order.objects.create(total=80)
assert second.status == "new", "A new order still ends up with another status: disconnect the receiver that sets it (the trace names it)."
assert second.pk in receipts, "email_receipt no longer runs: disconnect only the receiver that changes the status."
assert points.get(second.pk) == 8, "award_points no longer runs: disconnect only the receiver that changes the status."
