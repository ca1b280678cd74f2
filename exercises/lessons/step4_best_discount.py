# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

discount_requested = Signal()  # sent with: total. A receiver returns a discount, or None.


@receiver(discount_requested)
def loyalty_discount(sender, total, **kwargs):
    return 5


@receiver(discount_requested)
def big_basket_discount(sender, total, **kwargs):
    if total >= 100:
        return 10
    return None


for total in (40, 120):
    responses = discount_requested.send(sender="checkout", total=total)
    for receiver_function, response in responses:
        print(f"  {receiver_function.__name__} answered {response}")
    offers = [response for _receiver, response in responses if response is not None]
    print(f"Basket of {total}: best discount is {max(offers, default=0)}")
