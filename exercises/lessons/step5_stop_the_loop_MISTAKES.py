# --- MISTAKE: the check says "the slug must follow the title on every save" --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Article(models.Model):
    title = models.CharField(max_length=100)
    slug = models.CharField(max_length=100, default="")


@receiver(post_save, sender=Article)
def fill_slug(sender, instance, created, update_fields, **kwargs):
    if not created:
        return  # only fill the slug of a new article
    instance.slug = instance.title.lower().replace(" ", "-")
    instance.save()
