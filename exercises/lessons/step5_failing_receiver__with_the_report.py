# page: lessons/5-pitfalls.md
# suggestion: delete the two `logging.disable` lines and run again to see the report.
# shows: Error calling update_crm in Signal.send_robust() (the CRM is down)
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
responses = order_placed.send_robust(sender="shop", order_id=2)
for receiver_function, response in responses:
    print(f"{receiver_function.__name__} -> {response!r}")
