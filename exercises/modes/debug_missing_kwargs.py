# --- PYODIDE:env --- #
from django.dispatch import Signal, receiver

order_paid = Signal()  # sent with: order_id, amount
receipts = []
# --- PYODIDE:code --- #
# Bug report: "Since we added receipts, the shop does not even start:
#   ValueError: Signal receivers must accept keyword arguments (**kwargs)."
# Fix the receiver so that it is connected and writes one receipt per payment.

@receiver(order_paid)
def send_receipt(sender, order_id, amount):
    receipts.append(f"Receipt for order {order_id}: {amount} EUR")


order_paid.send(sender="checkout", order_id=7, amount=30)
print(receipts)
# --- PYODIDE:corr --- #
@receiver(order_paid)
def send_receipt(sender, order_id, amount, **kwargs):
    receipts.append(f"Receipt for order {order_id}: {amount} EUR")


order_paid.send(sender="checkout", order_id=7, amount=30)
print(receipts)
# --- PYODIDE:tests --- #
assert receipts == ["Receipt for order 7: 30 EUR"], f"receipts is {receipts}"
# --- PYODIDE:secrets --- #
before = len(receipts)
order_paid.send(sender="checkout", order_id=8, amount=12, coupon="WELCOME")
assert receipts[before:] == ["Receipt for order 8: 12 EUR"], (
    f"A payment sent with one more argument (coupon=...) wrote {receipts[before:]}: the receiver "
    "must take the arguments it does not use, so that the signal can gain new ones."
)
