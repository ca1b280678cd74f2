# page: lessons/2-connecting-receivers.md
# suggestion: change the receiver's signature to `def show_arguments(sender, instance, **kwargs)`.
# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


@receiver(post_save, sender=User)
def show_arguments(sender, instance, **kwargs):
    print("sender is User:", sender is User)
    print("keyword arguments:", list(kwargs))
    print("  signal is post_save:", kwargs["signal"] is post_save)
    print("  instance:", kwargs["instance"].username)
    for name in ["created", "update_fields", "raw", "using"]:
        print(f"  {name} = {kwargs[name]!r}")
    print()


ada = User.objects.create(username="ada", email="ada@example.com")
ada.email = "ada@lovelace.example"
ada.save(update_fields=["email"])
