# --- PYODIDE:env --- #
from django.dispatch import Signal, receiver

order_placed = Signal()  # sent with: order
outbox = []


class Order:
    def __init__(self, email, total):
        self.email, self.total, self.points = email, total, None


def place_order(email, total):
    """The orders app: it announces the order and knows nothing of who listens."""
    order = Order(email, total)
    order_placed.send(sender=Order, order=order)
    return order
# --- PYODIDE:code --- #
# Bug report: "Since someone sorted INSTALLED_APPS alphabetically, the confirmation e-mail
# says 'You earned None points'." Each app connects its receivers in its AppConfig.ready(),
# and Django calls ready() in INSTALLED_APPS order.
# Fix it so the e-mail is right whatever the order of the apps.

# --- loyalty app: one point per 10 EUR ---
def award_points(sender, order, **kwargs):
    order.points = order.total // 10


# --- mailing app: the confirmation e-mail ---
def send_confirmation(sender, order, **kwargs):
    outbox.append(f"{order.email}: thank you! You earned {order.points} points.")


READY = {  # what each app's AppConfig.ready() does
    "loyalty": lambda: order_placed.connect(award_points),
    "mailing": lambda: order_placed.connect(send_confirmation),
}
INSTALLED_APPS = ["mailing", "loyalty"]
for app in INSTALLED_APPS:
    READY[app]()

place_order("ada@example.com", 120)
print(outbox)
# --- PYODIDE:corr --- #
points_awarded = Signal()  # sent by the loyalty app once the points are on the order


# --- loyalty app: one point per 10 EUR ---
def award_points(sender, order, **kwargs):
    order.points = order.total // 10
    points_awarded.send(sender=Order, order=order)


# --- mailing app: the confirmation e-mail ---
def send_confirmation(sender, order, **kwargs):
    outbox.append(f"{order.email}: thank you! You earned {order.points} points.")


READY = {  # what each app's AppConfig.ready() does
    "loyalty": lambda: order_placed.connect(award_points),
    "mailing": lambda: points_awarded.connect(send_confirmation),
}
INSTALLED_APPS = ["mailing", "loyalty"]
for app in INSTALLED_APPS:
    READY[app]()

place_order("ada@example.com", 120)
print(outbox)
# --- PYODIDE:tests --- #
assert outbox[-1] == "ada@example.com: thank you! You earned 12 points.", f"outbox is {outbox}"
# --- PYODIDE:secrets --- #
def _reversed_connections():
    """Every signal of the program calls its receivers in the opposite order from now on, as
    if the apps had been imported the other way round."""
    for value in list(globals().values()):
        if isinstance(value, Signal):
            value.receivers = value.receivers[::-1]


for attempt in ("in the program's order", "with the apps in the opposite order"):
    sent = len(outbox)
    place_order("grace@example.com", 250)
    assert outbox[sent:] == ["grace@example.com: thank you! You earned 25 points."], (
        f"An order of 250 EUR, {attempt}, sent {outbox[sent:]}: the e-mail must not depend on the "
        "order in which the apps connect their receivers. Make the dependency explicit."
    )
    _reversed_connections()
