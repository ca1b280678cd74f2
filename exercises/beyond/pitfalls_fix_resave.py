# --- PYODIDE:env --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Article(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")


writes = []  # the title of each row written to the database, one entry per write


@receiver(post_save, sender=Article)
def count_write(sender, instance, **kwargs):
    writes.append(instance.title)
# --- PYODIDE:code --- #
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver


# This receiver fills in the slug, but every new article is written to the database TWICE.
# Fix it: the slug must be set before the row is written, and one save must write one row.
@receiver(post_save, sender=Article)
def fill_slug(sender, instance, created, **kwargs):
    if not instance.slug:
        instance.slug = instance.title.lower().replace(" ", "-")
        instance.save()


article = Article.objects.create(title="Signals Are Fun")
print("slug:", article.slug)
print("rows written:", len(writes))
# --- PYODIDE:corr --- #
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver


@receiver(pre_save, sender=Article)
def fill_slug(sender, instance, **kwargs):
    if not instance.slug:
        instance.slug = instance.title.lower().replace(" ", "-")


article = Article.objects.create(title="Signals Are Fun")
print("slug:", article.slug)
print("rows written:", len(writes))
# --- PYODIDE:tests --- #
writes.clear()
hello = Article.objects.create(title="Hello World")
assert hello.slug == "hello-world", f"slug is {hello.slug!r}"
assert len(writes) == 1, f"one create() wrote {len(writes)} rows"
# --- PYODIDE:secrets --- #
writes.clear()
post = Article.objects.create(title="Weak References")
assert post.slug == "weak-references", (
    f"The slug is {post.slug!r}: fill it in from the title before the row is written."
)
assert len(writes) == 1, (
    f"Creating one article wrote {len(writes)} rows: the receiver must not call save() again. "
    "Which signal is sent before the row is written?"
)
assert Article.objects.get(pk=post.pk).slug == "weak-references", (
    "The slug is on the instance but not in the saved row: set it before the row is written."
)
post.title = "Weak refs"
post.save()
assert post.slug == "weak-references", "An article that already has a slug must keep it."
own = Article.objects.create(title="Custom", slug="my-own-slug")
assert own.slug == "my-own-slug", "A slug the author typed must not be replaced."
