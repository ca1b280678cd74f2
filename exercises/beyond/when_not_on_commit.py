# --- PYODIDE:code --- #
from django.core import mail
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver


class Order(models.Model):
    email = models.EmailField()


def send_confirmation(order):
    send_mail("Order confirmed", "Thank you!", "shop@example.com",
              [order.email])


def checkout(email, card_ok, after_save=None):
    """Save the order, then charge the card; declined: roll back."""
    try:
        with transaction.atomic():
            order = Order.objects.create(email=email)
            if after_save:
                after_save(order)
            if not card_ok:
                raise ValueError("card declined")
    except ValueError:
        pass


# Version 1: a post_save receiver sends the e-mail when a row is saved.
@receiver(post_save, sender=Order)
def confirm_by_email(sender, instance, created, **kwargs):
    if created:
        send_confirmation(instance)


checkout("ann@example.com", card_ok=True)
checkout("bob@example.com", card_ok=False)
print("receiver: e-mails to", ", ".join(m.to[0] for m in mail.outbox))

post_save.disconnect(confirm_by_email, sender=Order)
mail.outbox.clear()


# Version 2: the e-mail waits until the transaction has committed.
def confirm_on_commit(order):
    transaction.on_commit(lambda: send_confirmation(order))


checkout("ann@example.com", card_ok=True, after_save=confirm_on_commit)
checkout("bob@example.com", card_ok=False, after_save=confirm_on_commit)
print("on_commit: e-mails to", ", ".join(m.to[0] for m in mail.outbox))
