# --- MISTAKE: the check says "Send with sender=PaymentService" --- #
from django.dispatch import Signal, receiver

payment_failed = Signal()


class PaymentService:
    def charge(self, order_id, card):
        if card == "declined":
            payment_failed.send(sender=self,
                                order_id=order_id,
                                reason="card declined")
            return False
        return True


@receiver(payment_failed)
def notify_customer(sender, order_id, reason, **kwargs):
    notices.append((order_id, reason))
