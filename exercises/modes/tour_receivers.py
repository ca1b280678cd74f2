# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)


class Product(models.Model):
    name = models.CharField(max_length=50)


@receiver(post_save, sender=User)  # only saves of a User
def welcome(sender, instance, created, **kwargs):
    if created:  # a new row, not an update
        print(f"  receiver: welcome, {instance.username}!")


print("1. create a user")
ada = User.objects.create(username="ada")
print("2. update the user")
ada.username = "ada_l"
ada.save()
print("3. create a product")
Product.objects.create(name="lamp")
print("4. done: the saving code never called welcome()")
