# --- PYODIDE:code --- #
import io
import unittest

from django.core import mail
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.test import TestCase, TransactionTestCase


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


@receiver(post_save, sender=User)
def queue_welcome(sender, instance, created, **kwargs):
    if created:
        email = instance.email
        transaction.on_commit(
            lambda: mail.send_mail("Welcome!", "Hi", None, [email]))


class InTestCase(TestCase):
    def test_1_on_commit_waits_for_a_commit_that_never_comes(self):
        User.objects.create(username="ada", email="ada@example.com")
        print("TestCase:", len(mail.outbox), "e-mails")

    def test_2_capture_the_callbacks_and_run_them(self):
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            User.objects.create(username="bob", email="bob@example.com")
        print("captureOnCommitCallbacks:", len(callbacks), "callback,",
              len(mail.outbox), "e-mail")


class InTransactionTestCase(TransactionTestCase):
    def test_3_the_create_commits(self):
        User.objects.create(username="cy", email="cy@example.com")
        print("TransactionTestCase:", len(mail.outbox), "e-mail")


for case in (InTestCase, InTransactionTestCase):
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(case))
    for test, report in result.failures + result.errors:
        print("FAILED:", test.id().split(".")[-1], "-", report.splitlines()[-1])
