# --- PYODIDE:code --- #
import io
import unittest
from contextlib import contextmanager

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


@contextmanager
def muted(signal, receiver, sender):
    """Disconnect `receiver` inside the block, and connect it back after it, as before."""
    if not signal.disconnect(receiver, sender=sender):
        raise AssertionError(f"{receiver.__name__} was not connected: nothing to mute")
    try:
        yield
    finally:
        signal.connect(receiver, sender=sender)


class ImportTests(TestCase):
    def test_import_sends_no_email_while_muted(self):
        with muted(post_save, send_welcome, sender=User):
            for name in ("ada", "bob", "cy"):
                User.objects.create(username=name, email=f"{name}@example.com")
        self.assertEqual(mail.outbox, [])

    def test_the_receiver_is_back_after_the_block(self):
        with muted(post_save, send_welcome, sender=User):
            pass
        User.objects.create(username="dee", email="dee@example.com")
        self.assertEqual(len(mail.outbox), 1)

    def test_disconnect_needs_the_same_sender(self):
        # Connected with sender=User: without it, nothing matches.
        self.assertFalse(post_save.disconnect(send_welcome))


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ImportTests))
for test, report in result.failures + result.errors:
    print("FAILED:", test.id().split(".")[-1], "-", report.splitlines()[-1])
print(f"{result.testsRun} tests run, {len(result.failures + result.errors)} failed")
