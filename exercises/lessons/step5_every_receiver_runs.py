# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

order_placed = Signal()  # sent with: order_id
done = []


@receiver(order_placed)
def send_receipt(sender, order_id, **kwargs):
    done.append(("receipt", order_id))


@receiver(order_placed)
def update_crm(sender, order_id, **kwargs):
    raise ConnectionError("the CRM is down")


@receiver(order_placed)
def award_points(sender, order_id, **kwargs):
    done.append(("points", order_id))


def place_order(order_id):
    """Announce the order so that EVERY receiver runs, even if
    one fails. Return the names of the receivers that failed."""
    order_placed.send(sender="shop", order_id=order_id)
    return []
# --- PYODIDE:corr --- #
from django.dispatch import Signal, receiver

order_placed = Signal()  # sent with: order_id
done = []


@receiver(order_placed)
def send_receipt(sender, order_id, **kwargs):
    done.append(("receipt", order_id))


@receiver(order_placed)
def update_crm(sender, order_id, **kwargs):
    raise ConnectionError("the CRM is down")


@receiver(order_placed)
def award_points(sender, order_id, **kwargs):
    done.append(("points", order_id))


def place_order(order_id):
    """Announce the order so that EVERY receiver runs, even if
    one fails. Return the names of the receivers that failed."""
    responses = order_placed.send_robust("shop", order_id=order_id)
    return [
        receiver_function.__name__
        for receiver_function, response in responses
        if isinstance(response, Exception)
    ]
# --- PYODIDE:tests --- #
assert place_order(7) == ["update_crm"]
assert ("points", 7) in done
# --- PYODIDE:secrets --- #
try:
    _failed = place_order(8)
except Exception as _error:
    _failed = None
    _escaped = f"{type(_error).__name__}: {_error}"
assert _failed is not None, f"place_order(8) raised {_escaped}: use send_robust() so one failing receiver cannot stop the others."
assert ("receipt", 8) in done and ("points", 8) in done, f"Every working receiver should run for order 8; `done` is {done}."
assert _failed == ["update_crm"], f"For order 8 only update_crm fails, so expected ['update_crm'], got {_failed!r}."


def _audit(sender, order_id, **kwargs):
    raise PermissionError("audit log is read-only")


order_placed.connect(_audit)
_failed = place_order(9)
assert isinstance(_failed, list) and sorted(_failed) == ["_audit", "update_crm"], f"With a second failing receiver connected, expected both names ['_audit', 'update_crm'], got {_failed!r}: look at every response."
order_placed.disconnect(update_crm)
order_placed.disconnect(_audit)
_failed = place_order(10)
assert _failed == [], f"When no receiver fails, place_order() should return [], not {_failed!r}."
