# --- PYODIDE:env --- #
import importlib
import sys
import tempfile
from importlib import import_module
from pathlib import Path

from django.apps import AppConfig


def start_project(files, installed_apps):
    """Write the project's files into a fresh folder and start it the way django.setup() does:
    1. import each installed app and its apps.py, to find its AppConfig;
    2. import each app's models module, in INSTALLED_APPS order;
    3. call each AppConfig's ready()."""
    root = Path(tempfile.mkdtemp())
    for path, source in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(source)
    for name in [name for name in sys.modules if name.split(".")[0] in installed_apps]:
        del sys.modules[name]  # modules an earlier run imported from another folder
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        configs = [config_of(app) for app in installed_apps]
        for app in installed_apps:
            importlib.import_module(f"{app}.models")
        for config in configs:
            config.ready()
    finally:
        sys.path.remove(str(root))
    return configs


def config_of(app):
    """The app's AppConfig subclass from its apps.py, or a plain AppConfig if it has none."""
    package = importlib.import_module(app)
    try:
        module = importlib.import_module(f"{app}.apps")
    except ModuleNotFoundError:
        return AppConfig(app, package)
    classes = [value for value in vars(module).values()
               if isinstance(value, type) and issubclass(value, AppConfig) and value is not AppConfig]
    return classes[0](app, package)
# --- PYODIDE:code --- #
# Bug report: "Since invoices came in, the shop does not start:
#   ImportError: cannot import name 'Order' from partially initialized module 'shop.models'"
# Below are the project's files, as text. Fix them so that the project starts and each new
# order gets an invoice. (`class Meta: app_label = "app"` is only there for this course's
# test run under Django, which installs a single app called "app": leave it in.)

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

from billing.models import Invoice


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
# --- PYODIDE:corr --- #
PROJECT = {
    "shop/__init__.py": "",
    "shop/apps.py": '''
from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"

    def ready(self):
        from . import signals  # noqa: F401  (importing it connects the receivers)
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
# --- PYODIDE:tests --- #
before = Invoice.objects.count()
Order.objects.create(total=5)
assert Invoice.objects.count() == before + 1, "a new order got no invoice"
# --- PYODIDE:secrets --- #
shop_models = PROJECT["shop/models.py"]
assert "receiver" not in shop_models and ".connect(" not in shop_models, (
    "The project starts, but shop/models.py still connects a receiver. Django's documentation "
    "advises keeping receivers out of models.py: move bill_order to shop/signals.py and import "
    "that module in ShopConfig.ready()."
)
before = Invoice.objects.count()
order = Order.objects.create(total=12)
assert Invoice.objects.count() == before + 1, (
    "A new order got no invoice: is shop/signals.py imported in ShopConfig.ready()?"
)
order.total = 15
order.save()
assert Invoice.objects.count() == before + 1, "Saving an existing order must not bill it again."
for config in configs:
    config.ready()  # Django may call ready() more than once, in tests
Order.objects.create(total=3)
assert Invoice.objects.count() == before + 2, (
    f"After ready() ran again, one new order made {Invoice.objects.count() - before - 1} invoices: "
    "each order must be billed once."
)
