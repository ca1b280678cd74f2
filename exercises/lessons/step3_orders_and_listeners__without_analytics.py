# page: lessons/3-decoupling.md
# suggestion: delete the `analytics` part (from its comment down to the end of `record_revenue`) and the last `print` line, then run again.
# shows: confirmation e-mails: ['ada@example.com', 'grace@example.com']
# --- PYODIDE:code --- #
# Three apps in one file. In a project, each part below lives
# in its own module (see the tabs above).
from decimal import Decimal

from django.core import mail
from django.core.mail import send_mail
from django.db import models
from django.dispatch import Signal, receiver


# ----- orders/models.py
class Order(models.Model):
    email = models.EmailField()
    total = models.DecimalField(max_digits=8, decimal_places=2)


# ----- orders/signals.py
order_placed = Signal()


# ----- orders/services.py: the sender. It never names a receiver.
def place_order(email, total):
    order = Order.objects.create(email=email, total=total)
    order_placed.send(sender=Order, order=order)
    return order


# ----- notifications/receivers.py
@receiver(order_placed)
def email_confirmation(sender, order, **kwargs):
    body = f"Total: {order.total} EUR"
    send_mail("Order confirmed", body, "shop@example.com",
              [order.email])


# ----- a view or a test
place_order("ada@example.com", Decimal("19.90"))
place_order("grace@example.com", Decimal("5.00"))
print("confirmation e-mails:", [m.to[0] for m in mail.outbox])
