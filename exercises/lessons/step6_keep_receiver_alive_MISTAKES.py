# --- MISTAKE: the check says "assert audit_log == [("book", 12)]" --- #
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
    price_changed.connect(lambda sender, **kwargs: auditor.record(sender, **kwargs))


enable_audit()
gc.collect()
price_changed.send(sender="book", new_price=12)
print(audit_log)  # should be [('book', 12)]
