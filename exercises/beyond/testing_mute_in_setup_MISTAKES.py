# --- MISTAKE: the check says "with the sender it was connected with" --- #
@receiver(post_save, sender=User)
def send_welcome(sender, instance, created, **kwargs):
    if created:
        mail.send_mail("Welcome!", "Hi", None, [instance.email])


class ImportTests(TestCase):
    def setUp(self):
        post_save.disconnect(send_welcome)  # returns False: no match without sender=User
        self.addCleanup(post_save.connect, send_welcome, sender=User)

    def test_import_sends_no_email(self):
        for name in ("ada", "bob"):
            User.objects.create(username=name, email=f"{name}@example.com")
        self.assertEqual(mail.outbox, [])


result = run_tests(ImportTests)
print("ImportTests passed:", result.wasSuccessful())
# --- MISTAKE: the check says "connect send_welcome again after each test" --- #
@receiver(post_save, sender=User)
def send_welcome(sender, instance, created, **kwargs):
    if created:
        mail.send_mail("Welcome!", "Hi", None, [instance.email])


class ImportTests(TestCase):
    def setUp(self):
        post_save.disconnect(send_welcome, sender=User)

    def test_import_sends_no_email(self):
        for name in ("ada", "bob"):
            User.objects.create(username=name, email=f"{name}@example.com")
        self.assertEqual(mail.outbox, [])


result = run_tests(ImportTests)
print("ImportTests passed:", result.wasSuccessful())
# --- MISTAKE: the check says "Patching its name does not disconnect it" --- #
from unittest import mock


@receiver(post_save, sender=User)
def send_welcome(sender, instance, created, **kwargs):
    if created:
        mail.send_mail("Welcome!", "Hi", None, [instance.email])


class ImportTests(TestCase):
    def setUp(self):
        self.enterContext(mock.patch.dict(globals(), send_welcome=mock.Mock()))

    def test_import_sends_no_email(self):
        for name in ("ada", "bob"):
            User.objects.create(username=name, email=f"{name}@example.com")
        self.assertEqual(mail.outbox, [])


result = run_tests(ImportTests)
print("ImportTests passed:", result.wasSuccessful())
