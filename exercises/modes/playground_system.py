# --- PYODIDE:code --- #
# Your system: its signals, receivers and senders. Run it, then connect and send with the
# buttons below (or type calls in the terminal). Change anything, add your own, and run it
# again: that starts the system over, with nothing connected.
from django.dispatch import Signal

order_placed = Signal()  # sent with: order_id
payment_failed = Signal()  # sent with: order_id, reason


class Shop:
    """A sender."""


class Admin:
    """Another sender."""


def send_receipt(sender, order_id=None, **kwargs):
    print(f"  send_receipt: receipt for order {order_id}")
    return "receipt sent"


def award_points(sender, **kwargs):
    print("  award_points: 10 points")
    return 10


def update_crm(sender, **kwargs):
    raise ConnectionError("the CRM is down")


print("Ready: 2 signals, 3 receivers, 2 senders. Nothing is connected yet.")
