# --- PYODIDE:env --- #
import time

from celery import shared_task, worker
from django.core import mail
from django.core.mail import send_mail
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Member(models.Model):
    email = models.EmailField()


def call_mail_api(address):
    """The mail provider's API: slow, a quarter of a second per e-mail."""
    time.sleep(0.25)
    send_mail("Welcome!", "Glad you joined.", "club@example.com", [address])
# --- PYODIDE:code --- #
# Bug report: "Signing up takes ages: the sign-up page waits for the mail provider."
# Keep the welcome e-mail, but have a worker send it: the receiver must only queue the work,
# with a Celery task (`@shared_task`, then `.delay(...)`).

@receiver(post_save, sender=Member)
def welcome(sender, instance, created, **kwargs):
    if created:
        call_mail_api(instance.email)


member = Member.objects.create(email="ada@example.com")
print("e-mails sent during the sign-up:", len(mail.outbox))
print("tasks waiting for a worker:", worker.pending())
worker.run_pending()  # on this page, the program plays the worker's part
print("e-mails sent in the end:", len(mail.outbox))
# --- PYODIDE:corr --- #
@shared_task
def send_welcome(member_id):
    call_mail_api(Member.objects.get(pk=member_id).email)


@receiver(post_save, sender=Member)
def welcome(sender, instance, created, **kwargs):
    if created:
        send_welcome.delay(instance.pk)


member = Member.objects.create(email="ada@example.com")
print("e-mails sent during the sign-up:", len(mail.outbox))
print("tasks waiting for a worker:", worker.pending())
worker.run_pending()  # on this page, the program plays the worker's part
print("e-mails sent in the end:", len(mail.outbox))
# --- PYODIDE:tests --- #
assert [message.to for message in mail.outbox] == [["ada@example.com"]]
# --- PYODIDE:secrets --- #
sent = len(mail.outbox)
grace = Member.objects.create(email="grace@example.com")
assert len(mail.outbox) == sent, (
    "Member.objects.create() sent the e-mail itself, so the sign-up still waits for the mail "
    "provider: the receiver must only queue a task, with .delay(...)."
)
assert len(worker.pending()) == 1, (
    f"After one sign-up, {len(worker.pending())} tasks wait for the worker: queue one task "
    "per new member."
)
worker.run_pending()
assert [message.to for message in mail.outbox[sent:]] == [["grace@example.com"]], (
    "Once the worker ran, grace@example.com should have her welcome e-mail, and nobody else a new one."
)
grace.save()
assert worker.pending() == [], "Saving an existing member must not queue another welcome."
