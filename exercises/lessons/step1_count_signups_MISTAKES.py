# --- MISTAKE: the check says "only a *new* user is a signup" --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def record_signup(sender, instance, created, **kwargs):
    signups.append(instance.username)
