# --- PYODIDE:code --- #
import time

from celery import shared_task, worker
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Photo(models.Model):
    title = models.CharField(max_length=50)


thumbnails = []


@shared_task
def make_thumbnail(photo_id):
    time.sleep(0.3)  # the slow part, now done by a worker
    thumbnails.append(photo_id)


@receiver(post_save, sender=Photo)
def queue_thumbnail(sender, instance, created, **kwargs):
    if created:
        make_thumbnail.delay(instance.pk)  # queued: returns at once


Photo.objects.create(title="sunset")
print("thumbnails when save() returned:", thumbnails)
print("waiting in the queue:", worker.pending())

# In a real project, a separate worker process does this:
worker.run_pending()
print("thumbnails after the worker ran:", thumbnails)
