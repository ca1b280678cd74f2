# --- MISTAKE: the check says "the signal holds it" --- #
class PriceTicker:
    """One ticker per open browser tab; it redraws on price changes."""

    def __init__(self):
        self.redraws = 0
        prices_updated.connect(self.redraw, weak=False)

    def close(self):
        """Called when the tab closes: nobody remembers to call it."""
        prices_updated.disconnect(self.redraw)

    def redraw(self, sender, **kwargs):
        self.redraws += 1
