# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver


def slugify(title):
    return "-".join(title.lower().split())


# Version 1: a receiver in another module fills in the slug.
class Post(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")


@receiver(pre_save, sender=Post)
def fill_in_slug(sender, instance, **kwargs):
    if not instance.slug:
        instance.slug = slugify(instance.title)


# Version 2: the model fills in its own slug.
class Article(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)
        super().save(*args, **kwargs)


post = Post.objects.create(title="Hello Signals")
article = Article.objects.create(title="Hello Signals")
print("receiver:", repr(post.slug))
print("save():  ", repr(article.slug))

# Now pretend the receiver's module was never imported (a common slip):
pre_save.disconnect(fill_in_slug, sender=Post)
post = Post.objects.create(title="Second Post")
article = Article.objects.create(title="Second Post")
print("receiver, module not imported:", repr(post.slug))
print("save(), nothing to import:    ", repr(article.slug))
