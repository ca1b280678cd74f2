# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

order_placed = Signal()


def place_order(number):
    """The sender: it announces the order and names no receiver."""
    print(f"Order {number} placed.")
    responses = order_placed.send(sender="shop", number=number)
    print(f"  {len(responses)} receiver(s) reacted.")


place_order(1)  # nobody listens yet, and the sender does not mind


@receiver(order_placed)
def email_customer(sender, number, **kwargs):
    print(f"  e-mail: order {number} confirmed")


@receiver(order_placed)
def reserve_stock(sender, number, **kwargs):
    print(f"  stock: items of order {number} reserved")


place_order(2)  # the same sender code; two receivers react now
