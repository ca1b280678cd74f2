# --- PYODIDE:env --- #
from django.db import models
from django.dispatch import Signal


class Order(models.Model):
    email = models.EmailField()
    total = models.IntegerField()  # in whole euros


order_placed = Signal()


def place_order(email, total):
    """The orders app. You cannot change it: it sends order_placed with `order`."""
    order = Order.objects.create(email=email, total=total)
    order_placed.send(sender=Order, order=order)
    return order


points = {}
# --- PYODIDE:code --- #
from django.dispatch import receiver

# A new `loyalty` app gives each customer one point per euro spent.
# Without touching place_order(), connect a receiver to
# `order_placed` that adds order.total to points[order.email]
# (a new customer starts from 0).
# --- PYODIDE:corr --- #
from django.dispatch import receiver


@receiver(order_placed)
def award_points(sender, order, **kwargs):
    points[order.email] = points.get(order.email, 0) + order.total
# --- PYODIDE:tests --- #
place_order("ada@example.com", 20)
assert points == {"ada@example.com": 20}, f"points is {points}"
# --- PYODIDE:secrets --- #
points.clear()
place_order("grace@example.com", 5)
assert points == {"grace@example.com": 5}, f"After Grace's first order of 5 EUR, points should be {{'grace@example.com': 5}}, not {points}: is your receiver connected to order_placed?"
place_order("grace@example.com", 7)
assert points == {"grace@example.com": 12}, f"After a second order of 7 EUR, Grace should have 12 points, not {points}: add to her points instead of replacing them."
place_order("linus@example.com", 1)
assert points == {"grace@example.com": 12, "linus@example.com": 1}, f"Each customer has their own points; points is {points}."
