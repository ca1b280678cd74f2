# --- MISTAKE: the check says "instead of checking `sender` inside the function, pass `sender=Invoice`" --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save)
def audit_invoice(sender, instance, created, **kwargs):
    if sender is not Invoice:
        return
    action = "created" if created else "updated"
    audit.append(f"{sender.__name__} {action}")
