"""What the page "Test code that has signals" says about Django, shown by Django 5.2 itself.

The page's examples prove what they print (tests/course/test_exercises.py), and the page's
`django.test` stand-in is compared with Django's test cases in
tests/signals_core/test_test_cases.py; these are the page's other claims. Most are short
programs run under the course's Django harness (in-memory SQLite, models in an app called
`app`); the ones that need their own settings or a module on disk run in a fresh process.
"""

from __future__ import annotations

import inspect

from tools.program_runs import printed, run_in_fresh_python, run_programs

USERS = """
from django.core import mail
from django.db import models
from django.db.models.signals import post_save
class User(models.Model):
    username = models.CharField(max_length=50)
"""

PROGRAMS = {
    "disconnect_without_the_sender": USERS + """
def welcome(sender, instance, **kwargs):
    print("welcome ran")
post_save.connect(welcome, sender=User)
print("without sender:", post_save.disconnect(welcome))
User.objects.create(username="ada")
print("with sender:", post_save.disconnect(welcome, sender=User))
User.objects.create(username="bob")
""",
    "a_mock_is_a_receiver": USERS + """
from unittest import mock
handler = mock.Mock()
post_save.connect(handler, sender=User)
ada = User.objects.create(username="ada")
print(handler.call_count, handler.call_args.kwargs["instance"] is ada,
      handler.call_args.kwargs["created"])
""",
    "fresh_functions_connect_twice_unless_dispatch_uid": """
from django.dispatch import Signal
def connect(signal, uid=None):
    def receiver(sender, **kwargs):
        pass
    signal.connect(receiver, weak=False, dispatch_uid=uid)
def module_level(sender, **kwargs):
    pass
without, with_uid, same = Signal(), Signal(), Signal()
connect(without); connect(without)
connect(with_uid, "uid"); connect(with_uid, "uid")
same.connect(module_level); same.connect(module_level)
for name, signal in [("without", without), ("with", with_uid), ("same function twice", same)]:
    print(f"{name}:", len(signal.send(sender=None)))
""",
    "receivers_is_a_list_of_tuples": """
from django.dispatch import Signal
signal = Signal()
def receiver(sender, **kwargs):
    pass
signal.connect(receiver)
print(type(signal.receivers).__name__, type(signal.receivers[0]).__name__)
""",
}

WEAK_LAMBDA = {"a_forgotten_lambda_vanishes": USERS + """
import gc
post_save.connect(lambda sender, **kwargs: print("lambda ran"), sender=User)
gc.collect()
User.objects.create(username="ada")
print("done")
"""}


def test_disconnect_without_the_sender_it_was_connected_with_returns_false_and_keeps_it(
        under_django):
    assert printed(under_django, "disconnect_without_the_sender") == (
        "without sender: False\nwelcome ran\nwith sender: True\n")


def test_a_mock_connected_as_a_receiver_records_the_signals_arguments(under_django):
    assert printed(under_django, "a_mock_is_a_receiver") == "1 True True\n"


def test_a_new_function_each_time_connects_twice_unless_dispatch_uid_names_it(under_django):
    assert printed(under_django, "fresh_functions_connect_twice_unless_dispatch_uid") == (
        "without: 2\nwith: 1\nsame function twice: 1\n")


def test_receivers_is_listed_as_internal_and_is_not_what_its_docstring_says(under_django):
    from django.dispatch import Signal

    docstring = inspect.cleandoc(Signal.__doc__)
    assert "Internal attributes:\n\n    receivers" in docstring
    assert "{ receiverkey (id) : weakref(receiver) }" in docstring  # says a dict...
    assert printed(under_django, "receivers_is_a_list_of_tuples") == "list tuple\n"  # ...is not


def test_a_lambda_connected_and_forgotten_vanishes_before_the_send_with_debug_off():
    # The test runner turns DEBUG off (DiscoverRunner's debug_mode is False by default).
    results = run_programs("django", {name: code.strip() + "\n"
                                      for name, code in WEAK_LAMBDA.items()}, debug=False)
    assert printed(results, "a_forgotten_lambda_vanishes") == "done\n"


def test_the_test_runner_turns_debug_off_and_keeps_sent_mail_in_mail_outbox():
    output = run_in_fresh_python("""
        from django.conf import settings
        settings.configure(DEBUG=True,
                           EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
        import django
        django.setup()
        from django.test.runner import DiscoverRunner
        DiscoverRunner().setup_test_environment()
        from django.core import mail
        mail.send_mail("Welcome!", "Hi", None, ["ada@example.com"])
        print(settings.DEBUG, [message.to for message in mail.outbox])
    """)
    assert output == "False [['ada@example.com']]\n"


def test_patching_a_receivers_name_leaves_the_connected_function_but_patching_its_call_works(
        tmp_path):
    (tmp_path / "accounts_signals.py").write_text(
        "from django.core import mail\n"
        "def send_welcome(sender, **kwargs):\n"
        "    mail.send_mail('Welcome!', 'Hi', None, ['ada@example.com'])\n"
    )
    output = run_in_fresh_python("""
        from unittest import mock
        from django.conf import settings
        settings.configure(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
        from django.core import mail
        from django.dispatch import Signal
        import accounts_signals
        signup = Signal()
        signup.connect(accounts_signals.send_welcome)
        mail.outbox = []
        with mock.patch("accounts_signals.send_welcome") as fake:
            signup.send(sender=None)
        print("name patched:", fake.called, len(mail.outbox))
        with mock.patch.object(mail, "send_mail") as send_mail:
            signup.send(sender=None)
        print("send_mail patched:", send_mail.called, len(mail.outbox))
        globals_patched = mock.patch.dict(vars(accounts_signals), send_welcome=mock.Mock())
        with globals_patched:
            signup.send(sender=None)
        print("module globals patched:", len(mail.outbox))
    """, cwd=tmp_path)
    assert output == (
        "name patched: False 1\n"
        "send_mail patched: True 1\n"
        "module globals patched: 2\n"
    )
