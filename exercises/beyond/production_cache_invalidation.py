# --- PYODIDE:env --- #
from django.core.cache import cache
from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=50)


def product_names():
    """Product names, cached: the database is asked on a cache miss."""
    names = cache.get("product_names")
    if names is None:
        names = sorted(p.name for p in Product.objects.all())
        cache.set("product_names", names, timeout=None)
    return names
# --- PYODIDE:code --- #
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

# product_names() caches the list forever: it goes stale when products
# change. Connect a receiver that deletes the "product_names" cache key
# whenever a Product is saved or deleted.

lamp = Product.objects.create(name="lamp")
print(product_names())
Product.objects.create(name="desk")
print(product_names())  # stale until you add the receiver
# --- PYODIDE:corr --- #
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver


@receiver([post_save, post_delete], sender=Product)
def forget_product_names(sender, **kwargs):
    cache.delete("product_names")


lamp = Product.objects.create(name="lamp")
print(product_names())
Product.objects.create(name="desk")
print(product_names())
# --- PYODIDE:tests --- #
assert product_names() == ["desk", "lamp"]
# --- PYODIDE:secrets --- #
chair = Product.objects.create(name="chair")
assert "chair" in product_names(), "A product created after the list was cached is missing: delete the cache key in a post_save receiver."
chair.name = "armchair"
chair.save()
assert "armchair" in product_names() and "chair" not in product_names(), "A renamed product still shows its old name: clear the key on every save, not only on creation."
chair.delete()
assert "armchair" not in product_names(), "A deleted product is still listed: also clear the key on post_delete."
