# --- PYODIDE:env --- #
from django.db import models


class Payment(models.Model):
    customer = models.CharField(max_length=50)
    amount = models.IntegerField()
    refunded = models.BooleanField(default=False)
# --- PYODIDE:code --- #
from django.dispatch import Signal

# 1. Create a signal called `payment_refunded`.
# 2. Make refund() send it once the payment is saved, with
#    sender=Payment and the keyword arguments `payment` and `amount`.


def refund(payment, amount):
    payment.refunded = True
    payment.save()
# --- PYODIDE:corr --- #
from django.dispatch import Signal

payment_refunded = Signal()  # sent with: payment, amount


def refund(payment, amount):
    payment.refunded = True
    payment.save()
    payment_refunded.send(
        sender=Payment, payment=payment, amount=amount
    )
# --- PYODIDE:tests --- #
heard = []


def note_refund(sender, payment, amount, **kwargs):
    heard.append((payment.customer, amount))


payment_refunded.connect(note_refund)
refund(Payment.objects.create(customer="ada", amount=30), 30)
assert heard == [("ada", 30)]
# --- PYODIDE:secrets --- #
from django.dispatch import Signal as _Signal

assert "payment_refunded" in globals(), "There is no `payment_refunded` yet: create it with `payment_refunded = Signal()`."
assert isinstance(payment_refunded, _Signal), "`payment_refunded` should be a Signal: `payment_refunded = Signal()`."

_calls = []


def _check_refund(sender, **kwargs):
    stored = Payment.objects.get(pk=kwargs["payment"].pk) if "payment" in kwargs else None
    _calls.append((sender, kwargs, stored is not None and stored.refunded))


payment_refunded.connect(_check_refund)
_grace = Payment.objects.create(customer="grace", amount=80)
refund(_grace, 25)
assert len(_calls) == 1, f"refund() should send payment_refunded once; it was sent {len(_calls)} times."
_sender, _kwargs, _saved_first = _calls[0]
assert _sender is Payment, f"Send with sender=Payment (the class); the receivers got sender={_sender!r}."
assert set(_kwargs) >= {"payment", "amount"}, f"Receivers should get `payment` and `amount`; they got {sorted(_kwargs)}."
assert _kwargs["payment"] is _grace, "The `payment` argument should be the payment being refunded."
assert _kwargs["amount"] == 25, f"The `amount` argument should be the amount refunded (25), not {_kwargs['amount']!r}."
assert _saved_first, "Send the signal after payment.save(), so receivers find the payment already marked as refunded."
