# --- PYODIDE:env --- #
import io
import unittest

from django.core import mail
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.test import TestCase


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


def run_tests(case):
    """Run a test case as the page does; return unittest's result."""
    return unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(case))
# --- PYODIDE:code --- #
@receiver(post_save, sender=User)
def send_welcome(sender, instance, created, **kwargs):
    if created:
        mail.send_mail("Welcome!", "Hi", None, [instance.email])


class ImportTests(TestCase):
    # An import creates many users and must send no e-mail.
    # Mute send_welcome for each test of this class: disconnect it
    # in setUp, and have it connected again after each test.

    def test_import_sends_no_email(self):
        for name in ("ada", "bob"):
            User.objects.create(username=name, email=f"{name}@example.com")
        self.assertEqual(mail.outbox, [])


result = run_tests(ImportTests)
print("ImportTests passed:", result.wasSuccessful())
# --- PYODIDE:corr --- #
@receiver(post_save, sender=User)
def send_welcome(sender, instance, created, **kwargs):
    if created:
        mail.send_mail("Welcome!", "Hi", None, [instance.email])


class ImportTests(TestCase):
    def setUp(self):
        post_save.disconnect(send_welcome, sender=User)
        self.addCleanup(post_save.connect, send_welcome, sender=User)

    def test_import_sends_no_email(self):
        for name in ("ada", "bob"):
            User.objects.create(username=name, email=f"{name}@example.com")
        self.assertEqual(mail.outbox, [])


result = run_tests(ImportTests)
print("ImportTests passed:", result.wasSuccessful())
# --- PYODIDE:tests --- #
assert result.wasSuccessful(), "ImportTests fails: in setUp, disconnect send_welcome with the sender it was connected with. Patching its name does not disconnect it."
# --- PYODIDE:secrets --- #
assert run_tests(ImportTests).wasSuccessful(), "ImportTests still sees welcome e-mails: in setUp, disconnect send_welcome with the sender it was connected with, post_save.disconnect(send_welcome, sender=User). Patching its name does not disconnect it."
mail.outbox = []
User.objects.create(username="cy", email="cy@example.com")
assert len(mail.outbox) == 1, "After the tests, a new user gets no welcome e-mail: connect send_welcome again after each test, with self.addCleanup(post_save.connect, send_welcome, sender=User)."


class LaterTests(TestCase):
    def test_signup_sends_a_welcome(self):
        User.objects.create(username="dee", email="dee@example.com")
        self.assertEqual(len(mail.outbox), 1)


assert run_tests(LaterTests).wasSuccessful(), "A test case run after ImportTests sees no welcome e-mail: reconnect send_welcome after each test of ImportTests, not only once."
