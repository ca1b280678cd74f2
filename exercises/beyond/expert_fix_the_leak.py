# --- PYODIDE:env --- #
import gc
import weakref

from django.dispatch import Signal

prices_updated = Signal()
# --- PYODIDE:code --- #
class PriceTicker:
    """One ticker per open browser tab: it redraws when prices change.

    Bug: tickers of closed tabs are never freed, and keep redrawing.
    Fix it: a ticker nobody refers to any more must be collectable,
    while a ticker in use still redraws on every prices_updated.
    """

    def __init__(self):
        self.redraws = 0
        prices_updated.connect(self.redraw, weak=False)

    def redraw(self, sender, **kwargs):
        self.redraws += 1
# --- PYODIDE:corr --- #
class PriceTicker:
    """One ticker per open browser tab; it redraws on price changes."""

    def __init__(self):
        self.redraws = 0
        prices_updated.connect(self.redraw)  # weak: not kept alive

    def redraw(self, sender, **kwargs):
        self.redraws += 1
# --- PYODIDE:tests --- #
ticker = PriceTicker()
prices_updated.send(sender=None)
assert ticker.redraws == 1
# --- PYODIDE:secrets --- #
in_use = PriceTicker()
prices_updated.send(sender=None)
assert in_use.redraws == 1, "A ticker that is still in use must redraw once per prices_updated."
closed = weakref.ref(PriceTicker())
gc.collect()
assert closed() is None, "A ticker nobody refers to is still alive after gc.collect(): the signal holds it. Connect it through a weak reference (no close() call is made here)."
gc.collect()
in_use_count = len(prices_updated.send(sender=None))
for _ in range(50):
    PriceTicker()
gc.collect()
answering = len(prices_updated.send(sender=None))
assert answering == in_use_count, f"After 50 tickers were opened and dropped, {answering} receivers answered instead of {in_use_count}: only tickers still in use should redraw."
