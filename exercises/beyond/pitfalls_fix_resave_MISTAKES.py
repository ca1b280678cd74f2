# --- MISTAKE: the check says "one create() wrote 2 rows" --- #
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver


# This receiver fills in the slug, but every new article is written to the database TWICE.
# Fix it: the slug must be set before the row is written, and one save must write one row.
@receiver(post_save, sender=Article)
def fill_slug(sender, instance, created, **kwargs):
    if not instance.slug:
        instance.slug = instance.title.lower().replace(" ", "-")
        instance.save(update_fields=["slug"])


article = Article.objects.create(title="Signals Are Fun")
print("slug:", article.slug)
print("rows written:", len(writes))
