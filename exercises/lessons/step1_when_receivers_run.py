# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)


@receiver(pre_save, sender=User)
def before_saving(sender, instance, **kwargs):
    print("   pre_save:  does the user have a primary key yet?", instance.pk is not None)


@receiver(post_save, sender=User)
def after_saving(sender, instance, created, **kwargs):
    print("   post_save: created =", created, "| users in the table:", User.objects.count())


print("1. calling create()")
ada = User.objects.create(username="ada")
print("2. create() has returned; calling save() on the same user")
ada.username = "ada_l"
ada.save()
print("3. save() has returned")
