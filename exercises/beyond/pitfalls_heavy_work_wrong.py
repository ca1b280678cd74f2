# --- PYODIDE:code --- #
import time

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)


sent = []


def send_welcome_email(username):
    time.sleep(0.3)  # a slow e-mail API: 0.3 s for each message
    sent.append(username)


@receiver(post_save, sender=User)
def welcome(sender, instance, created, **kwargs):
    if created:
        send_welcome_email(instance.username)  # runs inside save(): the visitor waits


start = time.perf_counter()
User.objects.create(username="ada")
print("create() took at least 0.3 s:", time.perf_counter() - start >= 0.3)
print("e-mails sent before create() returned:", len(sent))
