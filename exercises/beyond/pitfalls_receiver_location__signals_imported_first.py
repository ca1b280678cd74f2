# page: beyond/common-pitfalls.md
# suggestion: In `RIGHT`, add `from . import signals` as the **first** line of `shop/models.py`
# shows: ImportError: cannot import name 'Order' from partially initialized module 'shop.models'
# --- PYODIDE:env --- #
import importlib
import sys
import tempfile
from pathlib import Path


def write_project(files):
    """Write {path: source} into a fresh folder that Python imports from first, and forget
    modules of the same packages that an earlier run imported."""
    root = Path(tempfile.mkdtemp())
    for path, source in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(source)
    packages = {path.split("/")[0] for path in files}
    for name in [name for name in sys.modules if name.split(".")[0] in packages]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
# --- PYODIDE:code --- #
# Two apps: every order gets an invoice, and an invoice points to its order.
# `class Meta: app_label = "app"` is only there for this course's Django test run,
# which installs a single app called "app"; in your project you leave it out.

WRONG = {
    "shop/__init__.py": "",
    "shop/models.py": '''
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

from billing.models import Invoice  # needed by the receiver below


class Order(models.Model):
    total = models.IntegerField()

    class Meta:
        app_label = "app"


@receiver(post_save, sender=Order)
def bill_order(sender, instance, created, **kwargs):
    if created:
        Invoice.objects.create(order=instance)
''',
    "billing/__init__.py": "",
    "billing/models.py": '''
from django.db import models

from shop.models import Order  # an invoice points to its order


class Invoice(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)

    class Meta:
        app_label = "app"
''',
}

RIGHT = {
    "shop/__init__.py": "",
    "shop/models.py": '''
from . import signals
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
    "shop/apps.py": '''
from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"

    def ready(self):
        from . import signals  # noqa: F401  (importing it connects the receivers)
''',
    "billing/__init__.py": WRONG["billing/__init__.py"],
    "billing/models.py": WRONG["billing/models.py"],
}

# Django imports each app's modules by name, with import_module(); so does this program.
from importlib import import_module

print("Wrong: the receiver lives in shop/models.py")
write_project(WRONG)
try:
    import_module("shop.models")  # start-up begins: import every app's models
except ImportError as error:
    print("  ImportError:", str(error).rsplit(" (/", 1)[0])

print("Right: the receiver lives in shop/signals.py, connected in ready()")
write_project(RIGHT)
for app in ("shop", "billing"):
    import_module(f"{app}.models")  # 1. Django imports every app's models...
ShopConfig = import_module("shop.apps").ShopConfig
ShopConfig("shop", import_module("shop")).ready()  # 2. ...then calls each app's ready()

Order = import_module("shop.models").Order
Invoice = import_module("billing.models").Invoice
Order.objects.create(total=20)
print("  invoices after one new order:", Invoice.objects.count())
