# page: lessons/5-pitfalls.md
# suggestion: Change each of the three `0.3` to `0.1` and run again
# shows: save() took at least 0.1 s: True
# --- PYODIDE:code --- #
import time

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Photo(models.Model):
    title = models.CharField(max_length=50)


@receiver(post_save, sender=Photo)
def make_thumbnail(sender, instance, created, **kwargs):
    time.sleep(0.1)  # pretend to resize a large image


started = time.perf_counter()
Photo.objects.create(title="sunset")
elapsed = time.perf_counter() - started
print("save() took at least 0.1 s:", elapsed >= 0.1)
