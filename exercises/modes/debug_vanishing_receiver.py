# --- PYODIDE:env --- #
import gc

from django.dispatch import Signal

user_registered = Signal()  # sent with: username
welcomed = []
# --- PYODIDE:code --- #
# Bug report: "New users got their welcome message on my machine, but in production they
# get nothing, and no error is logged anywhere."
# The page runs like production here. Fix `enable_welcome()` so the welcome keeps working.

def enable_welcome(greeting):
    def welcome(sender, username, **kwargs):
        welcomed.append(f"{greeting}, {username}!")

    user_registered.connect(welcome)


enable_welcome("Welcome aboard")
gc.collect()  # Python frees what nothing refers to any more (it would, sooner or later)
user_registered.send(sender="accounts", username="ada")
print(welcomed)
# --- PYODIDE:corr --- #
def enable_welcome(greeting):
    def welcome(sender, username, **kwargs):
        welcomed.append(f"{greeting}, {username}!")

    user_registered.connect(welcome, weak=False)


enable_welcome("Welcome aboard")
gc.collect()  # Python frees what nothing refers to any more (it would, sooner or later)
user_registered.send(sender="accounts", username="ada")
print(welcomed)
# --- PYODIDE:tests --- #
assert welcomed == ["Welcome aboard, ada!"], f"welcomed is {welcomed}"
# --- PYODIDE:secrets --- #
gc.collect()
before = len(welcomed)
user_registered.send(sender="accounts", username="grace")
assert welcomed[before:] == ["Welcome aboard, grace!"], (
    f"After one more gc.collect(), registering grace welcomed {welcomed[before:]}: the welcome "
    "receiver was collected. The signal only holds it weakly; make it hold on to it."
)
