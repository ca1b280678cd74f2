# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import class_prepared
from django.dispatch import receiver


@receiver(class_prepared)
def announce(sender, **kwargs):
    print(f"class_prepared: {sender._meta.label}, fields {[f.name for f in sender._meta.fields]}")


class Plan(models.Model):
    name = models.CharField(max_length=20)


class Invoice(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE)
