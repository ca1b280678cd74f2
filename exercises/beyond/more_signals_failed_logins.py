# --- PYODIDE:env --- #
from django.contrib.auth import authenticate
from django.contrib.auth.models import User

User.objects.create_user("ada", password="correct horse")
User.objects.create_user("bob", password="battery staple")
# --- PYODIDE:code --- #
from collections import Counter

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

failures = Counter()  # username -> failed attempts

# Count each failed login in `failures`, by the username that was tried.
# Keep only the username: nothing else the attempt carried.

authenticate(username="ada", password="wrong")
authenticate(username="ada", password="correct horse")
authenticate(username="bob", password="guess")
authenticate(username="ada", password="again wrong")
print(failures)
# --- PYODIDE:corr --- #
from collections import Counter

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

failures = Counter()  # username -> failed attempts


@receiver(user_login_failed)
def count_failure(sender, credentials, **kwargs):
    failures[credentials.get("username")] += 1


authenticate(username="ada", password="wrong")
authenticate(username="ada", password="correct horse")
authenticate(username="bob", password="guess")
authenticate(username="ada", password="again wrong")
print(failures)
# --- PYODIDE:tests --- #
assert failures == {"ada": 2, "bob": 1}, f"failures is {dict(failures)}"
# --- PYODIDE:secrets --- #
failures.clear()
authenticate(username="carol", password="nobody has this one")
assert failures == {"carol": 1}, "An unknown username must be counted too: Django sends user_login_failed for it, with the username that was tried in `credentials`."
authenticate(username="bob", password="wrong")
authenticate(username="bob", password="battery staple")
assert failures == {"carol": 1, "bob": 1}, "Count by `credentials['username']`, one per failed attempt: the sender is the same for every failure."
assert all(isinstance(key, str) for key in failures), "Keep only the username as the key, not the credentials or the request."
