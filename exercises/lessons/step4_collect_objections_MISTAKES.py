# --- MISTAKE: the check says "assert reasons_to_refuse("ada") == []" --- #
from django.dispatch import Signal, receiver

# Sent with: username. A receiver returns a reason to refuse,
# or None.
account_closing = Signal()


@receiver(account_closing)
def unpaid_invoices(sender, username, **kwargs):
    if username == "bob":
        return "bob has unpaid invoices"
    return None


@receiver(account_closing)
def open_tickets(sender, username, **kwargs):
    if username in ("bob", "eve"):
        return f"{username} has open support tickets"
    return None


def reasons_to_refuse(username):
    """Send account_closing; return the reasons the receivers gave
    (leave out the Nones)."""
    return account_closing.send(sender="app", username=username)
