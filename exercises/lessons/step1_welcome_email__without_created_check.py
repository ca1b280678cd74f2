# page: lessons/1-basics.md
# suggestion: remove the line `if created:` (and unindent `send_mail`): what does the update do now?
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
    send_mail(
        "Welcome!",
        f"Hi {instance.username}, glad you are here.",
        "team@example.com",
        [instance.email],
    )


# The code that saves: it never mentions e-mails.
ada = User.objects.create(username="ada", email="ada@example.com")
ada.username = "ada_l"
ada.save()  # an update: created is False this time

print("E-mails in the outbox:", len(mail.outbox))
for message in mail.outbox:
    print(message.subject, "->", message.to, "|", message.body)
