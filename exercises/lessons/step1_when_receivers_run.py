# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)


@receiver(pre_save, sender=User)
def before_saving(sender, instance, **kwargs):
    has_pk = instance.pk is not None
    print("   pre_save:  has a primary key yet?", has_pk)


@receiver(post_save, sender=User)
def after_saving(sender, instance, created, **kwargs):
    rows = User.objects.count()
    print("   post_save: created =", created, "| rows:", rows)


print("1. calling create()")
ada = User.objects.create(username="ada")
print("2. create() has returned; calling save() on the same user")
ada.username = "ada_l"
ada.save()
print("3. save() has returned")
