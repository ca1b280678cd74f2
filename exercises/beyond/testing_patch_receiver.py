# --- PYODIDE:code --- #
import io
import unittest
from unittest import mock

from django.core import mail
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.test import TestCase


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


@receiver(post_save, sender=User)
def send_welcome(sender, instance, created, **kwargs):
    if created:
        mail.send_mail("Welcome!", f"Hi {instance.username}", None, [instance.email])


class PatchingTests(TestCase):
    def test_patching_the_receivers_name(self):
        # Like mock.patch("accounts.signals.send_welcome") in a project: this page's
        # code is the receiver's module, so patch the name in its globals().
        fake = mock.Mock()
        with mock.patch.dict(globals(), send_welcome=fake):
            User.objects.create(username="ada", email="ada@example.com")
        print("fake called:", fake.called, "| e-mails sent:", len(mail.outbox))

    def test_patching_what_the_receiver_calls(self):
        with mock.patch.object(mail, "send_mail") as send_mail:
            User.objects.create(username="bob", email="bob@example.com")
        print("send_mail called with:", send_mail.call_args.args[3],
              "| e-mails sent:", len(mail.outbox))


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(PatchingTests))
for test, report in result.failures + result.errors:
    print("FAILED:", test.id().split(".")[-1], "-", report.splitlines()[-1])
print(f"{result.testsRun} tests run, {len(result.failures + result.errors)} failed")
