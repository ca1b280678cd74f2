# --- PYODIDE:env --- #
from django.db import models, transaction


class User(models.Model):
    username = models.CharField(max_length=50)


class Profile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE)
    bio = models.TextField(default="")


def load_fixture(*objects):
    """What `manage.py loaddata` does with a fixture's objects: each saved as it is, with
    save_base(raw=True), in one transaction."""
    with transaction.atomic():
        for obj in objects:
            obj.save_base(raw=True)
# --- PYODIDE:code --- #
from django.db.models.signals import post_save
from django.dispatch import receiver

# Every user needs a profile. This receiver creates one on every save, so
# a second save of the same user fails, and so does loading a fixture that
# holds a user and their profile. Make it create a profile only for a new
# user, and leave fixture rows alone. load_fixture() saves as loaddata does.


@receiver(post_save, sender=User)
def create_profile(sender, instance, **kwargs):
    Profile.objects.create(user=instance)


ada = User.objects.create(username="ada")
print(Profile.objects.filter(user=ada).count(), "profile for ada")
# Both must work too, and leave one profile per user. Remove the # and run:
# ada.save()
# load_fixture(User(pk=7, username="grace"), Profile(pk=7, user_id=7, bio="hi"))
# --- PYODIDE:corr --- #
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=User)
def create_profile(sender, instance, created, raw, **kwargs):
    if raw:  # a fixture row: its profile is in the fixture, if it has one
        return
    if created:
        Profile.objects.create(user=instance)


ada = User.objects.create(username="ada")
print(Profile.objects.filter(user=ada).count(), "profile for ada")
ada.save()
load_fixture(User(pk=7, username="grace"), Profile(pk=7, user_id=7, bio="hi"))
print(Profile.objects.count(), "profiles")
# --- PYODIDE:tests --- #
bob = User.objects.create(username="bob")
assert Profile.objects.filter(user=bob).count() == 1, "A new user must get exactly one profile."
# --- PYODIDE:secrets --- #
from django.db import IntegrityError

alan = User.objects.create(username="alan")
assert Profile.objects.filter(user=alan).count() == 1, "A new user must get exactly one profile: create it in the receiver when created is True."
try:
    alan.save()
    saved_again = True
except IntegrityError:
    saved_again = False
assert saved_again, "Saving an existing user again tried to give it a second profile: create the profile only when created is True."
try:
    load_fixture(User(pk=50, username="edsger"), Profile(pk=50, user_id=50, bio="loaded"))
    loaded = True
except IntegrityError:
    loaded = False
assert loaded and Profile.objects.get(user_id=50).bio == "loaded", "Loading a fixture with a user and their profile failed: the receiver made a profile of its own. Return early when raw is True."
try:
    load_fixture(User(pk=60, username="barbara"))
    loaded = True
except IntegrityError:
    loaded = False
assert loaded and not Profile.objects.filter(user_id=60).exists(), "A user loaded from a fixture got a profile the fixture does not hold: return early when raw is True."
