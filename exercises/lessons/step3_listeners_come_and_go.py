# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save


class Order(models.Model):
    email = models.EmailField()


def checkout(email):
    """The orders app: it saves, and post_save does the announcing."""
    Order.objects.create(email=email)


def send_receipt(sender, instance, created, **kwargs):
    print("   notifications: receipt for", instance.email)


def count_sale(sender, instance, created, **kwargs):
    print("   analytics: one more sale")


def award_points(sender, instance, created, **kwargs):
    print("   loyalty: 10 points for", instance.email)


post_save.connect(send_receipt, sender=Order)
post_save.connect(count_sale, sender=Order)
print("Monday: two apps listen")
checkout("ada@example.com")

post_save.connect(award_points, sender=Order)  # a new app joins
print("Tuesday: the loyalty app is installed")
checkout("grace@example.com")

post_save.disconnect(count_sale, sender=Order)  # analytics leaves
print("Wednesday: analytics is removed")
checkout("linus@example.com")
