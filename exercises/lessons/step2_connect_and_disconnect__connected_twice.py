# page: lessons/2-connecting-receivers.md
# suggestion: connect `log_every_save` a second time, with `sender=User`
# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save


class User(models.Model):
    username = models.CharField(max_length=50)


class Product(models.Model):
    name = models.CharField(max_length=50)


def log_every_save(sender, instance, created, **kwargs):
    print(f"  [every model] a {sender.__name__} was saved")


def welcome_user(sender, instance, created, **kwargs):
    print(f"  [User only] welcome, {instance.username}!")


post_save.connect(log_every_save)  # no sender: hears every model
post_save.connect(log_every_save, sender=User)
post_save.connect(welcome_user, sender=User)  # only saves of User

print("Saving a user and a product:")
User.objects.create(username="ada")
Product.objects.create(name="lamp")

print("disconnect(log_every_save):",
      post_save.disconnect(log_every_save))
print("the same again:",
      post_save.disconnect(log_every_save))
print("disconnect(welcome_user):",
      post_save.disconnect(welcome_user))
print("disconnect(welcome_user, sender=User):",
      post_save.disconnect(welcome_user, sender=User))

print("Saving another user:")
User.objects.create(username="grace")
print("(nobody reacted)")
