# --- PYODIDE:code --- #
from django.core import mail
from django.core.mail import send_mail
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


@receiver(post_save, sender=User)
def send_welcome_email(sender, instance, created, **kwargs):
    if created:
        send_mail("Welcome!", f"Hi {instance.username}", "team@example.com", [instance.email])


ada = User.objects.create(username="ada", email="ada@example.com")
ada.username = "ada_l"
ada.save()  # an update: no second e-mail

for message in mail.outbox:
    print(message.subject, "->", message.to)
