# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

# Sent with: total. Each receiver returns a discount, or None.
discount_requested = Signal()


@receiver(discount_requested)
def loyalty_discount(sender, total, **kwargs):
    return 5


@receiver(discount_requested)
def big_basket_discount(sender, total, **kwargs):
    if total >= 100:
        return 10
    return None


for total in (40, 120):
    responses = discount_requested.send(sender="cart", total=total)
    for receiver_function, response in responses:
        print(f"  {receiver_function.__name__} answered {response}")
    offers = [answer for _, answer in responses if answer is not None]
    best = max(offers, default=0)
    print(f"Basket of {total}: best discount is {best}")
