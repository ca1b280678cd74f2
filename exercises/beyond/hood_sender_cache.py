# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save


class Article(models.Model):
    title = models.CharField(max_length=100)


class Comment(models.Model):
    text = models.CharField(max_length=100)


def reindex_article(sender, instance, **kwargs):
    pass


post_save.connect(reindex_article, sender=Article)
print("post_save caches its look-ups:", post_save.use_caching)

Article.objects.create(title="Hello")
Comment.objects.create(text="Nice post")
cache = post_save.sender_receivers_cache
cached = sorted(model.__name__ for model in cache)
print("senders cached after two saves:", cached)

post_save.connect(reindex_article, sender=Comment)
print("cache entries after a new connect():", len(cache))
