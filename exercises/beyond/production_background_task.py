# --- PYODIDE:code --- #
from celery import shared_task
from django.core import mail
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


@shared_task
def send_welcome_email(user_id):
    user = User.objects.get(pk=user_id)  # needs the committed row
    send_mail("Welcome!", f"Hi {user.username}", "team@example.com",
              [user.email])


@receiver(post_save, sender=User)
def queue_welcome_email(sender, instance, created, **kwargs):
    if created:
        user_id = instance.pk  # an id, not the object: a message
        transaction.on_commit(lambda: send_welcome_email.delay(user_id))


from celery import worker  # the course's stand-in for a Celery worker

with transaction.atomic():
    User.objects.create(username="ada", email="ada@example.com")
    print("inside the transaction, queued:", worker.pending())
print("after the commit, queued:", worker.pending())

try:
    with transaction.atomic():
        User.objects.create(username="bob", email="bob@example.com")
        raise ValueError("something failed later in the request")
except ValueError:
    pass
print("after a rollback, queued:", worker.pending())

print("the worker ran", worker.run_pending(), "task(s)")
print("e-mails sent to:", [message.to[0] for message in mail.outbox])
