# --- PYODIDE:env --- #
from django.db import models


class User(models.Model):
    username = models.CharField(max_length=50)


signups = []
# --- PYODIDE:code --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


# Connect a receiver so that each *new* User's username is appended to `signups`.
# Saving an existing user again must not add it twice.
# --- PYODIDE:corr --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def record_signup(sender, instance, created, **kwargs):
    if created:
        signups.append(instance.username)
# --- PYODIDE:tests --- #
grace = User.objects.create(username="grace")
assert signups == ["grace"]
# --- PYODIDE:secrets --- #
linus = User.objects.create(username="linus")
assert signups[-1] == "linus", f"After creating 'linus', signups is {signups}: is your receiver connected to post_save for User?"
linus.save()
assert signups.count("linus") == 1, "Saving an existing user again added it twice: check the `created` argument."
