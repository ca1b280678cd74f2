# --- MISTAKE: the check says "create the profile only when created is True" --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def create_profile(sender, instance, raw, **kwargs):
    if raw:
        return
    Profile.objects.create(user=instance)


# --- MISTAKE: the check says "Return early when raw is True" --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def create_profile(sender, instance, created, **kwargs):
    if created:
        Profile.objects.create(user=instance)


# --- MISTAKE: the check says "Return early when raw is True" --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def create_profile(sender, instance, **kwargs):
    Profile.objects.get_or_create(user=instance)


# --- MISTAKE: the check says "A new user must get exactly one profile" --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def create_profile(sender, instance, raw, **kwargs):
    if raw:
        return
    if instance._state.adding:  # already False in post_save: the row exists
        Profile.objects.create(user=instance)
