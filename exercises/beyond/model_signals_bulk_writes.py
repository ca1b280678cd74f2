# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save, pre_save


class Product(models.Model):
    name = models.CharField(max_length=50)
    price = models.IntegerField()


def announce(sender, signal, instance, **kwargs):
    name = "pre_save" if signal is pre_save else "post_save"
    print(f"  {name}: {instance.name}")


pre_save.connect(announce, sender=Product)
post_save.connect(announce, sender=Product)

print("create():")
lamp = Product.objects.create(name="lamp", price=30)

print("bulk_create():")
desk, chair = Product.objects.bulk_create([
    Product(name="desk", price=200),
    Product(name="chair", price=80),
])

print("update():")
Product.objects.filter(price__lt=100).update(price=models.F("price") + 5)

print("bulk_update():")
desk.price = 180
Product.objects.bulk_update([desk], ["price"])

print("save():")
lamp.refresh_from_db()
lamp.save()

print({p.name: p.price for p in Product.objects.all()})
