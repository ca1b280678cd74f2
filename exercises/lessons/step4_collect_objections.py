# --- PYODIDE:code --- #
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
    return []
# --- PYODIDE:corr --- #
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
    responses = account_closing.send(sender="app", username=username)
    return [reason for _, reason in responses if reason is not None]
# --- PYODIDE:tests --- #
assert reasons_to_refuse("ada") == []
assert sorted(reasons_to_refuse("bob")) == ["bob has open support tickets", "bob has unpaid invoices"]
# --- PYODIDE:secrets --- #
_answer = reasons_to_refuse("eve")
assert isinstance(_answer, list), f"reasons_to_refuse() should return a list, not {type(_answer).__name__}."
assert _answer == ["eve has open support tickets"], f"For 'eve' only open_tickets objects, so expected ['eve has open support tickets'], got {_answer!r}."
assert None not in reasons_to_refuse("bob"), "Leave out the receivers that answered None."


def _legal_hold(sender, username, **kwargs):
    if username == "zoe":
        return "zoe is under a legal hold"
    return None


account_closing.connect(_legal_hold)
_answer = reasons_to_refuse("zoe")
assert _answer == ["zoe is under a legal hold"], f"A receiver connected later objects to 'zoe', but reasons_to_refuse('zoe') returned {_answer!r}: send the signal each time and read its responses."
account_closing.disconnect(_legal_hold)
_answer = reasons_to_refuse("zoe")
assert _answer == [], f"After that receiver was disconnected, nobody objects to 'zoe', but got {_answer!r}."
