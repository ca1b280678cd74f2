# --- MISTAKE: the check says "Send the signal after payment.save()" --- #
from django.dispatch import Signal

payment_refunded = Signal()  # sent with: payment, amount


def refund(payment, amount):
    payment.refunded = True
    payment_refunded.send(sender=Payment, payment=payment, amount=amount)
    payment.save()
# --- MISTAKE: the check says "Send with sender=Payment (the class)" --- #
from django.dispatch import Signal

payment_refunded = Signal()  # sent with: payment, amount


def refund(payment, amount):
    payment.refunded = True
    payment.save()
    payment_refunded.send(sender=payment, payment=payment, amount=amount)
