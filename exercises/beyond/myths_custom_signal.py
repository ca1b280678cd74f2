# --- PYODIDE:env --- #
notices = []
# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

# 1. Create your own signal, `payment_failed`.
# 2. In charge(), send it when the card is declined, with
#    sender=PaymentService, order_id=order_id, reason="card declined".
# 3. Connect a receiver `notify_customer` that appends
#    (order_id, reason) to `notices`.


class PaymentService:
    def charge(self, order_id, card):
        if card == "declined":
            return False
        return True
# --- PYODIDE:corr --- #
from django.dispatch import Signal, receiver

payment_failed = Signal()


class PaymentService:
    def charge(self, order_id, card):
        if card == "declined":
            payment_failed.send(sender=PaymentService,
                                order_id=order_id,
                                reason="card declined")
            return False
        return True


@receiver(payment_failed)
def notify_customer(sender, order_id, reason, **kwargs):
    notices.append((order_id, reason))
# --- PYODIDE:tests --- #
assert PaymentService().charge(7, "declined") is False
assert notices == [(7, "card declined")]
# --- PYODIDE:secrets --- #
from django.dispatch import Signal

assert isinstance(globals().get("payment_failed"), Signal), "Define `payment_failed = Signal()` at the top level of your code."
notices.clear()
assert PaymentService().charge(8, "valid") is True, "charge() must still return True for a valid card."
assert notices == [], f"A valid card must not send payment_failed, but notices is {notices}."
assert PaymentService().charge(9, "declined") is False, "charge() must still return False for a declined card."
assert notices == [(9, "card declined")], f"After a declined card for order 9, notices should be [(9, 'card declined')], not {notices}."
seen = []


def spy(sender, **kwargs):
    seen.append((sender, kwargs.get("order_id"), kwargs.get("reason")))


payment_failed.connect(spy)
PaymentService().charge(10, "declined")
assert seen == [(PaymentService, 10, "card declined")], f"Send with sender=PaymentService, order_id=... and reason=...; a receiver got {seen}."
