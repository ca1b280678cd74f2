# --- PYODIDE:code --- #
from django.core.management import call_command
from django.db import models
from django.db.models.signals import post_migrate
from django.dispatch import receiver


class Plan(models.Model):
    name = models.CharField(max_length=20, unique=True)


@receiver(post_migrate)
def create_default_plan(sender, app_config, using, **kwargs):
    if app_config.label != "app":  # sent once per installed app: keep ours
        return
    plan, created = Plan.objects.using(using).get_or_create(name="Free")
    print(f"post_migrate for {app_config.label}: Free plan created={created}")


call_command("migrate", verbosity=0)
call_command("migrate", verbosity=0)  # runs again: the receiver must not add a second plan
print("plans:", list(Plan.objects.values_list("name", flat=True)))
