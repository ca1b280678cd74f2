# --- PYODIDE:code --- #
import gc

from django.dispatch import Signal

price_changed = Signal()  # sent with: new_price
audit_log = []


class PriceAuditor:
    def record(self, sender, new_price, **kwargs):
        audit_log.append((sender, new_price))


def enable_audit():
    """Connect an auditor that records each price change."""
    auditor = PriceAuditor()
    price_changed.connect(auditor.record)


enable_audit()
gc.collect()
price_changed.send(sender="book", new_price=12)
print(audit_log)  # should be [('book', 12)]
# --- PYODIDE:corr --- #
import gc

from django.dispatch import Signal

price_changed = Signal()  # sent with: new_price
audit_log = []


class PriceAuditor:
    def record(self, sender, new_price, **kwargs):
        audit_log.append((sender, new_price))


def enable_audit():
    """Connect an auditor that records each price change."""
    auditor = PriceAuditor()
    price_changed.connect(auditor.record, weak=False)


enable_audit()
gc.collect()
price_changed.send(sender="book", new_price=12)
print(audit_log)  # should be [('book', 12)]
# --- PYODIDE:tests --- #
assert audit_log == [("book", 12)]
# --- PYODIDE:secrets --- #
gc.collect()
price_changed.send(sender="lamp", new_price=30)
assert ("lamp", 30) in audit_log, f"After gc.collect(), a new price change was not recorded (audit_log is {audit_log}): the auditor was garbage-collected and its receiver went with it. Keep it alive."
assert audit_log.count(("lamp", 30)) == 1, f"The price change was recorded {audit_log.count(('lamp', 30))} times: connect the receiver once."
assert audit_log[0] == ("book", 12), f"The first entry should come from your own send, ('book', 12), not {audit_log[0]!r}."
