# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_delete, post_save


class Invoice(models.Model):
    number = models.CharField(max_length=20)
    amount = models.IntegerField()


class Customer(models.Model):
    name = models.CharField(max_length=50)


class AuditEntry(models.Model):
    """One row per change: who the object is, what happened to it."""
    model = models.CharField(max_length=50)
    object_id = models.IntegerField()
    action = models.CharField(max_length=10)


AUDITED = [Invoice, Customer]  # models whose changes leave a trail


def record(model, instance, action):
    AuditEntry.objects.create(model=model.__name__,
                              object_id=instance.pk, action=action)


def audit_save(sender, instance, created, **kwargs):
    record(sender, instance, "created" if created else "updated")


def audit_delete(sender, instance, **kwargs):
    record(sender, instance, "deleted")


for model in AUDITED:  # in a project: in the audit app's ready()
    post_save.connect(audit_save, sender=model)
    post_delete.connect(audit_delete, sender=model)

# Code that knows nothing about auditing:
invoice = Invoice.objects.create(number="2024-001", amount=120)
invoice.amount = 150
invoice.save()
Customer.objects.create(name="Ada")
invoice.delete()

for entry in AuditEntry.objects.all():
    print(f"{entry.model} #{entry.object_id}: {entry.action}")
