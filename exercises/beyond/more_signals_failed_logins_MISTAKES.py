# --- MISTAKE: the check says "failures is {'django.contrib.auth': 3}" --- #
from collections import Counter

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

failures = Counter()  # username -> failed attempts


@receiver(user_login_failed)
def count_failure(sender, credentials, **kwargs):
    failures[sender] += 1


authenticate(username="ada", password="wrong")
authenticate(username="ada", password="correct horse")
authenticate(username="bob", password="guess")
authenticate(username="ada", password="again wrong")
print(failures)
# --- MISTAKE: the check says "failures is {}" --- #
from collections import Counter

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

failures = Counter()  # username -> failed attempts


@receiver(user_login_failed, sender=User)
def count_failure(sender, credentials, **kwargs):
    failures[credentials.get("username")] += 1


authenticate(username="ada", password="wrong")
authenticate(username="ada", password="correct horse")
authenticate(username="bob", password="guess")
authenticate(username="ada", password="again wrong")
print(failures)
# --- MISTAKE: the check says "('password', '********************')" --- #
from collections import Counter

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

failures = Counter()  # username -> failed attempts


@receiver(user_login_failed)
def count_failure(sender, credentials, **kwargs):
    failures[tuple(credentials.items())] += 1


authenticate(username="ada", password="wrong")
authenticate(username="ada", password="correct horse")
authenticate(username="bob", password="guess")
authenticate(username="ada", password="again wrong")
print(failures)
