# --- MISTAKE: the check says "Connecting the same receiver twice (same sender) must not make it run twice" --- #
class TinySignal:
    """A dispatcher in ten lines: remember receivers, call them."""

    def __init__(self):
        self.receivers = []  # (receiver, sender) pairs, in order

    def connect(self, receiver, sender=None):
        self.receivers.append((receiver, sender))

    def send(self, sender, **named):
        return [
            (receiver, receiver(signal=self, sender=sender, **named))
            for receiver, wanted in self.receivers
            if wanted is None or wanted is sender
        ]
