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


try:
    Article.objects.create(title="Hello World")
except RecursionError:
    print("save() never finished: RecursionError")
    print("fill_slug ran more than 20 times:", calls > 20)
