# --- PYODIDE:code --- #
import time

from celery import shared_task
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)


sent = []


@shared_task
def send_welcome_email(user_id):
    user = User.objects.get(pk=user_id)  # a task gets an id and reloads the row
    time.sleep(0.3)  # the same slow e-mail API, now in a worker
    sent.append(user.username)


@receiver(post_save, sender=User)
def welcome(sender, instance, created, **kwargs):
    if created:
        # Queue the task once the row is committed, so the worker can find it.
        transaction.on_commit(lambda: send_welcome_email.delay(instance.pk))


User.objects.create(username="ada")
print("e-mails sent before create() returned:", len(sent))

# In production a Celery worker process picks the task up. Here we play the worker:
from celery import worker

print("queued tasks:", worker.pending())
worker.run_pending()
print("e-mails sent once the worker ran:", len(sent))
