# --- PYODIDE:env --- #
from django.db import models


class User(models.Model):
    username = models.CharField(max_length=50)


signups = []
# --- PYODIDE:code --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


# Connect a receiver that appends each *new* User's username
# to `signups`. Saving an existing user again must not add it twice.
# --- PYODIDE:corr --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def record_signup(sender, instance, created, **kwargs):
    if created:
        signups.append(instance.username)
# --- PYODIDE:tests --- #
grace = User.objects.create(username="grace")
assert signups == ["grace"], f"signups is {signups}"
# --- PYODIDE:secrets --- #
linus = User.objects.create(username="linus")
assert "linus" in signups, f"After creating 'linus', signups is {signups}: is your receiver connected to post_save for User?"
assert signups[-1] == "linus", f"New usernames go at the end of signups, which is {signups}."
linus.username = "torvalds"
linus.save()
assert "torvalds" not in signups and signups.count("linus") == 1, f"Saving an existing user changed signups to {signups}: only a *new* user is a signup (check the `created` argument)."
