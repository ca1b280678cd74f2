# --- PYODIDE:code --- #
from django.dispatch import Signal

user_logged_in = Signal()
user_logged_out = Signal()


def connect_receivers():
    """Start-up code that runs twice: each run makes new functions."""

    def greet(sender, username, **kwargs):
        print("Welcome back,", username)

    def wave(sender, username, **kwargs):
        print("Goodbye,", username)

    user_logged_in.connect(greet, weak=False)
    user_logged_out.connect(
        wave, weak=False, dispatch_uid="wave-on-logout"
    )


connect_receivers()
connect_receivers()
user_logged_in.send(sender=None, username="ada")
user_logged_out.send(sender=None, username="ada")
