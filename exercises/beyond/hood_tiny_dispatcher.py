# --- PYODIDE:code --- #
class TinySignal:
    """A dispatcher in ten lines: remember receivers, call them."""

    def __init__(self):
        self.receivers = []  # (receiver, sender) pairs, in order

    def connect(self, receiver, sender=None):
        ...  # remember the receiver once for this sender (None: any)

    def send(self, sender, **named):
        ...  # call matching receivers in order; return [(r, response)]
# --- PYODIDE:corr --- #
class TinySignal:
    """A dispatcher in ten lines: remember receivers, call them."""

    def __init__(self):
        self.receivers = []  # (receiver, sender) pairs, in order

    def connect(self, receiver, sender=None):
        if (receiver, sender) not in self.receivers:
            self.receivers.append((receiver, sender))

    def send(self, sender, **named):
        return [
            (receiver, receiver(signal=self, sender=sender, **named))
            for receiver, wanted in self.receivers
            if wanted is None or wanted is sender
        ]
# --- PYODIDE:tests --- #
door_opened = TinySignal()


def greet(sender, **kwargs):
    return "hello"


door_opened.connect(greet)
assert door_opened.send(sender="front door") == [(greet, "hello")]
# --- PYODIDE:secrets --- #
class Shop:
    pass


class Blog:
    pass


calls = []


def any_sender(sender, **kwargs):
    calls.append(("any_sender", sender, kwargs))
    return 1


def shop_only(sender, **kwargs):
    calls.append(("shop_only", sender, kwargs))
    return 2


saved = TinySignal()
assert saved.send(sender=Shop) == [], "send() with no receivers must return an empty list, not None."
saved.connect(any_sender)
saved.connect(shop_only, sender=Shop)
assert saved.send(sender=Shop, pk=3) == [(any_sender, 1), (shop_only, 2)], "Receivers must be called in the order they were connected, and send() must return [(receiver, response), ...]."
assert [name for name, _, _ in calls] == ["any_sender", "shop_only"], f"Each receiver must be called exactly once per send; calls were {calls}."
assert calls[0][1] is Shop and calls[0][2].get("pk") == 3, "Pass sender=... and every named argument on to each receiver."
assert calls[0][2].get("signal") is saved, "Like Django, pass the signal itself as signal=... to each receiver."
calls.clear()
assert saved.send(sender=Blog) == [(any_sender, 1)], "A receiver connected with sender=Shop must not be called when Blog sends."
saved.connect(any_sender)
calls.clear()
saved.send(sender=Blog)
assert len(calls) == 1, "Connecting the same receiver twice (same sender) must not make it run twice."
