# --- PYODIDE:env --- #
from django.db import models
from django.db.models.signals import post_save


class Product(models.Model):
    name = models.CharField(max_length=50)


saves_seen = []


def count_product_save(sender, instance, **kwargs):
    saves_seen.append(instance.name)


post_save.connect(count_product_save, sender=Product)
# --- PYODIDE:code --- #
# `count_product_save` is connected to post_save with
# sender=Product (in hidden set-up code). Complete stop_counting():
# it disconnects that receiver and returns what disconnect() says:
# True if it disconnected one, False if there was nothing to do.
def stop_counting():
    pass
# --- PYODIDE:corr --- #
def stop_counting():
    return post_save.disconnect(count_product_save, sender=Product)
# --- PYODIDE:tests --- #
Product.objects.create(name="lamp")
assert saves_seen == ["lamp"], f"saves_seen is {saves_seen}"
assert stop_counting() is True, "the first call returns True"
Product.objects.create(name="desk")
assert saves_seen == ["lamp"], f"saves_seen is {saves_seen}"
# --- PYODIDE:secrets --- #
from django.db.models.signals import post_save

post_save.connect(count_product_save, sender=Product)
saves_seen.clear()
first = stop_counting()
assert first is True, f"stop_counting() returned {first!r}: return the result of post_save.disconnect(...), and disconnect with the same sender the receiver was connected with (sender=Product)."
Product.objects.create(name="chair")
assert saves_seen == [], f"The receiver still ran after stop_counting() (saves_seen is {saves_seen})."
second = stop_counting()
assert second is False, f"A second stop_counting() returned {second!r}: nothing was left to disconnect, so disconnect() says False."
