# --- MISTAKE: the check says "a new order got no invoice" --- #
PROJECT = {
    "shop/__init__.py": "",
    "shop/apps.py": '''
from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"
''',
    "shop/models.py": '''
from django.db import models


class Order(models.Model):
    total = models.IntegerField()

    class Meta:
        app_label = "app"
''',
    "shop/signals.py": '''
from django.db.models.signals import post_save
from django.dispatch import receiver

from billing.models import Invoice
from shop.models import Order


@receiver(post_save, sender=Order)
def bill_order(sender, instance, created, **kwargs):
    if created:
        Invoice.objects.create(order=instance)
''',
    "billing/__init__.py": "",
    "billing/models.py": '''
from django.db import models

from shop.models import Order


class Invoice(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)

    class Meta:
        app_label = "app"
''',
}

configs = start_project(PROJECT, ["shop", "billing"])
# Django imports the apps' modules by name, with import_module(); so does this program.
Invoice = import_module("billing.models").Invoice
Order = import_module("shop.models").Order

Order.objects.create(total=20)
print("invoices:", Invoice.objects.count())
# --- MISTAKE: the check says "shop/models.py still connects a receiver" --- #
PROJECT = {
    "shop/__init__.py": "",
    "shop/apps.py": '''
from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"
''',
    "shop/models.py": '''
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Order(models.Model):
    total = models.IntegerField()

    class Meta:
        app_label = "app"


@receiver(post_save, sender=Order)
def bill_order(sender, instance, created, **kwargs):
    from billing.models import Invoice

    if created:
        Invoice.objects.create(order=instance)
''',
    "billing/__init__.py": "",
    "billing/models.py": '''
from django.db import models

from shop.models import Order


class Invoice(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)

    class Meta:
        app_label = "app"
''',
}

configs = start_project(PROJECT, ["shop", "billing"])
# Django imports the apps' modules by name, with import_module(); so does this program.
Invoice = import_module("billing.models").Invoice
Order = import_module("shop.models").Order

Order.objects.create(total=20)
print("invoices:", Invoice.objects.count())
