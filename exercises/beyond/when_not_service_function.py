# --- PYODIDE:env --- #
from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=50)
    stock = models.IntegerField()


class Order(models.Model):
    product_name = models.CharField(max_length=50)
    quantity = models.IntegerField()
# --- PYODIDE:code --- #
from django.db.models.signals import post_save
from django.dispatch import receiver

# Today a receiver reserves the stock once the order is saved. An order
# for more than the stock is still saved; the stock goes below zero.
# Replace the receiver with a service function: place_order() must
#   - raise ValueError, and save nothing, if the stock is too low;
#   - else create the Order, take `quantity` off the product's stock,
#     and return the order.
# Delete the receiver: the service does its job now.


@receiver(post_save, sender=Order)
def reserve_stock(sender, instance, created, **kwargs):
    if created:
        product = Product.objects.get(name=instance.product_name)
        product.stock -= instance.quantity
        product.save()


def place_order(product, quantity):
    return Order.objects.create(product_name=product.name,
                                quantity=quantity)
# --- PYODIDE:corr --- #
def place_order(product, quantity):
    """Order `quantity` of `product`, or refuse before saving."""
    if quantity > product.stock:
        raise ValueError(f"only {product.stock} {product.name}(s) left")
    order = Order.objects.create(product_name=product.name,
                                 quantity=quantity)
    product.stock -= quantity
    product.save()
    return order
# --- PYODIDE:tests --- #
lamp = Product.objects.create(name="lamp", stock=5)
place_order(lamp, 2)
assert Product.objects.get(name="lamp").stock == 3
# --- PYODIDE:secrets --- #
from django.db.models.signals import post_save

chair = Product.objects.create(name="chair", stock=4)
orders_before = Order.objects.count()
try:
    place_order(chair, 10)
except ValueError:
    refused = True
else:
    refused = False
assert refused, "Ordering 10 chairs with 4 in stock must raise ValueError."
assert Order.objects.count() == orders_before, "A refused order must not be saved: check the stock before creating the Order."
assert Product.objects.get(name="chair").stock == 4, "A refused order must leave the stock as it was."
order = place_order(chair, 4)
assert isinstance(order, Order) and order.quantity == 4, "place_order() must return the Order it created."
assert Product.objects.get(name="chair").stock == 0, "After ordering all 4 chairs the stock must be 0: is the stock taken off exactly once?"
assert not post_save.has_listeners(Order), "A receiver is still connected to post_save for Order: delete it, place_order() reserves the stock now."
