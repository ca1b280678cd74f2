# page: beyond/common-pitfalls.md
# suggestion: Move the line to the **end** of the file and it works again.
# shows: invoices after one new order: 1
# --- replace --- #
class Order(models.Model):
    total = models.IntegerField()

    class Meta:
        app_label = "app"
''',
    "shop/signals.py": '''
# --- with --- #
class Order(models.Model):
    total = models.IntegerField()

    class Meta:
        app_label = "app"

from . import signals
''',
    "shop/signals.py": '''
