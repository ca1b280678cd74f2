# --- PYODIDE:code --- #
from django.dispatch import Signal

order_shipped = Signal()
order_cancelled = Signal()


class Order:
    pass


class Refund:
    pass


def log_everything(sender, **kwargs):
    return "log_everything"


def log_orders(sender, **kwargs):
    return "log_orders"


order_shipped.connect(log_everything)  # any sender
order_shipped.connect(log_orders, sender=Order)  # only when Order sends

print("entries in order_shipped:", len(order_shipped.receivers))
print("entries in order_cancelled:", len(order_cancelled.receivers))
print("Order sends, called:", [response for _, response in order_shipped.send(sender=Order)])
print("Refund sends, called:", [response for _, response in order_shipped.send(sender=Refund)])
