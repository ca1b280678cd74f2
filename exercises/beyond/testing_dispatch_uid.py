# --- PYODIDE:code --- #
import io
import unittest

from django.core import mail
from django.db import models
from django.db.models.signals import post_save
from django.test import TestCase


class User(models.Model):
    username = models.CharField(max_length=50)
    email = models.EmailField()


def connect_welcome():
    """Like an app's ready(): defines its receiver, then connects it."""
    def send_welcome(sender, instance, created, **kwargs):
        if created:
            mail.send_mail("Welcome!", "Hi", None, [instance.email])
    post_save.connect(send_welcome, sender=User, weak=False)


class SignupTests(TestCase):
    def setUp(self):
        connect_welcome()  # each test connects again

    def test_1(self):
        User.objects.create(username="ada", email="ada@example.com")
        print("test 1:", len(mail.outbox), "e-mail(s)")

    def test_2(self):
        User.objects.create(username="bob", email="bob@example.com")
        print("test 2:", len(mail.outbox), "e-mail(s)")


unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(SignupTests))
