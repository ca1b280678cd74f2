# --- PYODIDE:code --- #
import logging

from django.dispatch import Signal, receiver

order_placed = Signal()  # sent with: order_id


@receiver(order_placed)
def send_receipt(sender, order_id, **kwargs):
    print("receipt sent for order", order_id)
    return "receipt sent"


@receiver(order_placed)
def update_crm(sender, order_id, **kwargs):
    raise ConnectionError("the CRM is down")


@receiver(order_placed)
def award_points(sender, order_id, **kwargs):
    print("points awarded for order", order_id)
    return "points awarded"


print("--- send()")
try:
    order_placed.send(sender="shop", order_id=1)
except ConnectionError as error:
    print("send() stopped with:", error)

print("--- send_robust()")
logging.disable(logging.ERROR)  # hide the error report it logs
responses = order_placed.send_robust(sender="shop", order_id=2)
logging.disable(logging.NOTSET)  # logging back on
for receiver_function, response in responses:
    print(f"{receiver_function.__name__} -> {response!r}")
