# --- PYODIDE:env --- #
from django.db import models


class Invoice(models.Model):
    number = models.IntegerField()


class Customer(models.Model):
    name = models.CharField(max_length=50)


audit = []
# --- PYODIDE:code --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


# This receiver should audit invoices only, but it hears the
# saves of every model. Make Django call it for Invoice alone.
# Keep the audit lines as they are.
@receiver(post_save)
def audit_invoice(sender, instance, created, **kwargs):
    action = "created" if created else "updated"
    audit.append(f"{sender.__name__} {action}")
# --- PYODIDE:corr --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=Invoice)
def audit_invoice(sender, instance, created, **kwargs):
    action = "created" if created else "updated"
    audit.append(f"{sender.__name__} {action}")
# --- PYODIDE:tests --- #
invoice = Invoice.objects.create(number=1)
Customer.objects.create(name="ada")
assert audit == ["Invoice created"], f"audit is {audit}"
# --- PYODIDE:secrets --- #
audit.clear()
invoice = Invoice.objects.create(number=2)
invoice.number = 3
invoice.save()
assert audit == ["Invoice created", "Invoice updated"], f"After creating then updating an invoice, audit should be ['Invoice created', 'Invoice updated'], not {audit}."
Customer.objects.create(name="grace")
assert audit == ["Invoice created", "Invoice updated"], f"Saving a customer changed the audit to {audit}: the receiver must not hear Customer saves."
assert post_save.has_listeners(Invoice), "No receiver listens to post_save for Invoice any more: keep audit_invoice connected."
assert not post_save.has_listeners(Customer), "Django still calls a receiver when a Customer is saved: instead of checking `sender` inside the function, pass `sender=Invoice` to @receiver so Django never calls it for other models."
