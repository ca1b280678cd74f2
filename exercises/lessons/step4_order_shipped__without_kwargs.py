# page: lessons/4-custom-signals.md
# suggestion: Try removing `**kwargs` from `tell_customer` and run again.
# shows: ValueError: Signal receivers must accept keyword arguments (**kwargs).
# --- PYODIDE:code --- #
from django.db import models
from django.dispatch import Signal, receiver

order_shipped = Signal()  # sent with: order, carrier


class Order(models.Model):
    customer = models.CharField(max_length=50)
    status = models.CharField(max_length=20, default="new")

    def ship(self, carrier):
        self.status = "shipped"
        self.save()
        order_shipped.send(sender=Order, order=self, carrier=carrier)


@receiver(order_shipped)
def tell_customer(sender, order, carrier):
    print(f"Dear {order.customer}, your order left with {carrier}.")


order = Order.objects.create(customer="Ada")
order.ship(carrier="PostNL")
