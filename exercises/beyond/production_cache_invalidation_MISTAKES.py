# --- MISTAKE: the check says "also clear the key on post_delete" --- #
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver


@receiver(post_save, sender=Product)
def forget_product_names(sender, **kwargs):
    cache.delete("product_names")


lamp = Product.objects.create(name="lamp")
print(product_names())
Product.objects.create(name="desk")
print(product_names())
