# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Article(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")


# The slug must follow the title on EVERY save, new or edited,
# but this receiver never stops: its save() sends post_save
# again. Add a guard.
@receiver(post_save, sender=Article)
def fill_slug(sender, instance, update_fields, **kwargs):
    instance.slug = instance.title.lower().replace(" ", "-")
    instance.save()
# --- PYODIDE:corr --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Article(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")


# The slug must follow the title on EVERY save, new or edited,
# but this receiver never stops: its save() sends post_save
# again. Add a guard.
@receiver(post_save, sender=Article)
def fill_slug(sender, instance, update_fields, **kwargs):
    if update_fields and "slug" in update_fields:
        return  # this is our own save below: stop here
    instance.slug = instance.title.lower().replace(" ", "-")
    instance.save(update_fields=["slug"])
# --- PYODIDE:tests --- #
try:
    article = Article.objects.create(title="Hello World")
except RecursionError:
    article = None
assert article is not None, "save() never finished: RecursionError"
assert article.slug == "hello-world"
# --- PYODIDE:secrets --- #
_saves = []


def _count_saves(sender, instance, **kwargs):
    _saves.append(instance.title)


post_save.connect(_count_saves, sender=Article)
try:
    _article = Article.objects.create(title="Signals Are Fun")
except RecursionError:
    _article = None
assert _article is not None, "Creating an Article never finished (RecursionError): the save() inside fill_slug sends post_save again, which calls fill_slug again. Return early when the save is your own."
assert Article.objects.get(pk=_article.pk).slug == "signals-are-fun", f"The stored slug should be 'signals-are-fun', got {Article.objects.get(pk=_article.pk).slug!r}: save the slug too."
assert len(_saves) <= 2, f"Creating one article sent post_save {len(_saves)} times; with a guard it takes at most 2 (the create, then saving the slug)."

_article.title = "Signals Are Great"
try:
    _article.save()
except RecursionError:
    _article.slug = None
assert _article.slug is not None, "Saving an edited article never finished (RecursionError): guard every save, not only the first."
assert Article.objects.get(pk=_article.pk).slug == "signals-are-great", f"After the title changed, the stored slug should be 'signals-are-great', got {Article.objects.get(pk=_article.pk).slug!r}: the slug must follow the title on every save."
