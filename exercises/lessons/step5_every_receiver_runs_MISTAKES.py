# --- MISTAKE: the check says "assert ("points", 7) in done" --- #
from django.dispatch import Signal, receiver

order_placed = Signal()  # sent with: order_id
done = []


@receiver(order_placed)
def send_receipt(sender, order_id, **kwargs):
    done.append(("receipt", order_id))


@receiver(order_placed)
def update_crm(sender, order_id, **kwargs):
    raise ConnectionError("the CRM is down")


@receiver(order_placed)
def award_points(sender, order_id, **kwargs):
    done.append(("points", order_id))


def place_order(order_id):
    """Announce the order so that EVERY receiver runs, even if
    one fails. Return the names of the receivers that failed."""
    try:
        order_placed.send(sender="shop", order_id=order_id)
    except Exception:
        return ["update_crm"]
    return []
