# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)


class Profile(models.Model):
    username = models.CharField(max_length=50)
    newsletter = models.BooleanField(default=False)


# Version 1: a receiver creates the profile.
@receiver(post_save, sender=User)
def create_profile(sender, instance, created, **kwargs):
    if created:  # the newsletter choice is not in post_save: lost
        Profile.objects.create(username=instance.username)


def register_with_a_signal(username, newsletter):
    return User.objects.create(username=username)


register_with_a_signal("ada", newsletter=True)
post_save.disconnect(create_profile, sender=User)


# Version 2: the registration code calls the function itself.
def create_profile_for(user, newsletter):
    return Profile.objects.create(username=user.username,
                                  newsletter=newsletter)


def register_explicitly(username, newsletter):
    user = User.objects.create(username=username)
    create_profile_for(user, newsletter)  # visible, with all it needs
    return user


register_explicitly("grace", newsletter=True)

for profile in Profile.objects.all():
    print(f"{profile.username}: newsletter={profile.newsletter}")
