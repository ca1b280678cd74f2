# page: lessons/5-pitfalls.md
# suggestion: Remove the `try:`/`except` (and the two `print` lines under `except`) to see the error itself.
# shows: RecursionError: maximum recursion depth exceeded
# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Article(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")


calls = 0


@receiver(post_save, sender=Article)
def fill_slug(sender, instance, **kwargs):
    global calls
    calls += 1
    instance.slug = instance.title.lower().replace(" ", "-")
    instance.save()  # sends post_save again: fill_slug again...


Article.objects.create(title="Hello World")
