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


class SignupTests(TestCase):
    def test_signup_sends_a_welcome_email(self):
        # Check the receiver's effect: tests keep sent e-mails in mail.outbox.
        User.objects.create(username="ada", email="ada@example.com")
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["ada@example.com"])

    def test_an_update_sends_no_email(self):
        ada = User.objects.create(username="ada", email="ada@example.com")
        ada.email = "ada@example.org"
        ada.save()
        self.assertEqual(len(mail.outbox), 1)  # still only the welcome

    def test_post_save_says_created(self):
        # Or listen yourself: a mock receiver, connected for this test only.
        handler = mock.Mock()
        post_save.connect(handler, sender=User)
        self.addCleanup(post_save.disconnect, handler, sender=User)
        ada = User.objects.create(username="ada", email="ada@example.com")
        handler.assert_called_once()
        self.assertIs(handler.call_args.kwargs["instance"], ada)
        self.assertTrue(handler.call_args.kwargs["created"])


# In a project: python manage.py test. On this page: unittest's runner.
result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(SignupTests))
for test, report in result.failures + result.errors:
    print("FAILED:", test.id().split(".")[-1], "-", report.splitlines()[-1])
print(f"{result.testsRun} tests run, {len(result.failures + result.errors)} failed")
