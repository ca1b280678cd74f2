# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

# ----- orders app: owns the event, knows no listener
order_placed = Signal()  # sent with: order_id, total


def place_order(order_id, total):
    responses = order_placed.send(sender="orders", order_id=order_id, total=total)
    return {receiver.__name__: answer for receiver, answer in responses}


# ----- loyalty app: imports the signal, not the other way round
@receiver(order_placed)
def award_points(sender, order_id, total, **kwargs):
    return total // 10


# ----- mailing app
@receiver(order_placed)
def confirm_by_email(sender, order_id, **kwargs):
    return f"e-mail for order {order_id}"


print(place_order(1, 120))
order_placed.disconnect(confirm_by_email)  # an app leaves: place_order() does not change
print(place_order(2, 40))
