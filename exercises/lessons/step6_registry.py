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
order_shipped.connect(log_orders, sender=Order)  # Order only

print("entries in order_shipped:", len(order_shipped.receivers))
print("entries in order_cancelled:", len(order_cancelled.receivers))
for sender in (Order, Refund):
    responses = order_shipped.send(sender=sender)
    print(sender.__name__, "sends:", [r for _, r in responses])
