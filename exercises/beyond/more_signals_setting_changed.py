# --- PYODIDE:code --- #
import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.test import override_settings


@functools.cache
def currency():
    """Read once, then kept: settings do not change while a project runs."""
    return getattr(settings, "SHOP_CURRENCY", "EUR")


@receiver(setting_changed)
def forget_currency(sender, setting, value, enter, **kwargs):
    if setting == "SHOP_CURRENCY":
        print(f"setting_changed: {setting}={value!r}, enter={enter}")
        currency.cache_clear()


print("before:", currency())
with override_settings(SHOP_CURRENCY="GBP"):
    print("inside the test:", currency())
print("after:", currency())
