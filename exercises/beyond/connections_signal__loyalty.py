# page: beyond/connections.md
# suggestion: In both editors, add a third reaction that prints `loyalty: +19 points`.
# shows: loyalty: +19 points
# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

# The Signal object is the subject: Django wrote attach() and notify() for you.
order_placed = Signal()


@receiver(order_placed)  # attach
def email_customer(sender, order_id, total, **kwargs):
    print(f"  email: order {order_id} is confirmed")


@receiver(order_placed)
def reserve_stock(sender, order_id, total, **kwargs):
    print(f"  stock: items of order {order_id} are reserved")


@receiver(order_placed)
def award_points(sender, order_id, total, **kwargs):
    print(f"  loyalty: +{int(total)} points")


def place_order(order_id, total):
    print(f"Order {order_id} placed, {total:.2f} EUR")
    order_placed.send(sender="shop", order_id=order_id, total=total)  # notify
    print("place_order() returns")


place_order(42, 19.90)
