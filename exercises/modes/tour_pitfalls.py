# --- PYODIDE:code --- #
import gc
import logging

from django.dispatch import Signal

order_placed = Signal()


def update_crm(sender, **kwargs):
    raise ConnectionError("the CRM is down")


def award_points(sender, **kwargs):
    return "points awarded"


class Dashboard:
    def refresh(self, sender, **kwargs):
        return "dashboard refreshed"


order_placed.connect(update_crm)
order_placed.connect(award_points)
order_placed.connect(Dashboard().refresh)  # weak: nothing else keeps this dashboard
gc.collect()

try:
    order_placed.send(sender="shop")
except ConnectionError as error:
    print("send() stopped at the first error:", error)

logging.disable(logging.ERROR)  # send_robust() logs each error it catches; hide the report
for receiver, answer in order_placed.send_robust(sender="shop"):
    print(f"send_robust(): {receiver.__name__} -> {answer!r}")
logging.disable(logging.NOTSET)
