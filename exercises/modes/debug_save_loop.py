# --- PYODIDE:env --- #
from django.db import models
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver


class Invoice(models.Model):
    net = models.IntegerField()
    gross = models.IntegerField(default=0)  # net plus 20% VAT
# --- PYODIDE:code --- #
# Bug report: "Creating an invoice crashes: RecursionError: maximum recursion depth exceeded."
# `gross` must always be `net` plus 20% VAT, for new invoices and edited ones.
# Fix the receiver so that saving an invoice works and `gross` is right in the database.

@receiver(post_save, sender=Invoice)
def add_vat(sender, instance, **kwargs):
    instance.gross = instance.net * 120 // 100
    instance.save()


invoice = Invoice.objects.create(net=100)
print("gross:", Invoice.objects.get(pk=invoice.pk).gross)
# --- PYODIDE:corr --- #
@receiver(pre_save, sender=Invoice)
def add_vat(sender, instance, **kwargs):
    instance.gross = instance.net * 120 // 100


invoice = Invoice.objects.create(net=100)
print("gross:", Invoice.objects.get(pk=invoice.pk).gross)
# --- PYODIDE:tests --- #
assert Invoice.objects.get(pk=invoice.pk).gross == 120
# --- PYODIDE:secrets --- #
bill = Invoice.objects.create(net=50)
assert Invoice.objects.get(pk=bill.pk).gross == 60, (
    f"A new invoice of net 50 is saved with gross {Invoice.objects.get(pk=bill.pk).gross}, not 60."
)
bill.net = 200
bill.save()
assert Invoice.objects.get(pk=bill.pk).gross == 240, (
    f"After an edit to net 200, the saved gross is {Invoice.objects.get(pk=bill.pk).gross}, "
    "not 240: gross must follow net on every save, not only the first."
)
