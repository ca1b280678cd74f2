"""The page's stand-ins for django.contrib.auth, a request and its session, settings and
override_settings, and call_command("migrate"): each behaviour run on the stand-in and on real
Django 5.2 (the course's harness), which must print the same."""

import pytest

from signals_core import reset
from signals_core.settings_stand_in import override_settings, settings
from tools.program_runs import printed, run_snippets

PROGRAMS = {
    "login_renews_the_session_key_unless_the_same_user_logs_in_again": """
        from django.contrib.auth import login, logout
        from django.contrib.auth.models import AnonymousUser, User
        from django.contrib.sessions.backends.cache import SessionStore
        from django.http import HttpRequest
        request = HttpRequest()
        request.session = SessionStore()
        request.user = AnonymousUser()
        request.session["basket"] = ["lamp"]
        ada = User.objects.create_user("ada", password="pw")
        bob = User.objects.create_user("bob", password="pw")
        login(request, ada, backend="django.contrib.auth.backends.ModelBackend")
        first_key = request.session.session_key
        print("anonymous data kept:", request.session.get("basket"), first_key is not None)
        login(request, ada, backend="django.contrib.auth.backends.ModelBackend")
        print("same user, same data:", request.session.get("basket"))
        login(request, bob, backend="django.contrib.auth.backends.ModelBackend")
        print("another user, emptied:", request.session.get("basket"),
              request.session["_auth_user_id"], request.user)
        logout(request)
        print("after logout:", request.session.session_key, request.user, request.user.is_authenticated)
    """,
    "authenticate_refuses_inactive_users_and_missing_credentials": """
        from django.contrib.auth import authenticate
        from django.contrib.auth.models import User
        from django.contrib.auth.signals import user_login_failed
        failures = []
        user_login_failed.connect(lambda sender, credentials, **kw: failures.append(credentials),
                                  weak=False)
        User.objects.create_user("ada", password="pw", is_active=False)
        User.objects.create_user("bob", email="Bob@EXAMPLE.com", password=None)
        print(authenticate(username="ada", password="pw"), authenticate(username="bob"))
        print(authenticate(username="bob", password=""), failures)
        print(User.objects.get(username="bob").email,
              User.objects.get(username="bob").has_usable_password())
        print(User.objects.create_superuser("root", password="pw").is_staff)
    """,
    "override_settings_decorates_functions_and_nests": """
        import asyncio
        from django.conf import settings
        from django.test import override_settings
        @override_settings(SHOP_CURRENCY="GBP")
        def inner():
            with override_settings(SHOP_CURRENCY="USD"):
                deepest = settings.SHOP_CURRENCY
            return deepest, settings.SHOP_CURRENCY
        @override_settings(SHOP_CURRENCY="JPY")
        async def in_async():
            return settings.SHOP_CURRENCY
        print(inner(), asyncio.run(in_async()), getattr(settings, "SHOP_CURRENCY", "unset"))
        print(settings.DEBUG, settings.USE_TZ, settings.AUTH_USER_MODEL, settings.DEFAULT_FROM_EMAIL)
    """,
    "a_failing_setting_changed_receiver_raises_once_the_settings_are_restored": """
        from django.conf import settings
        from django.core.signals import setting_changed
        from django.test import override_settings
        def fragile(sender, setting, enter, **kwargs):
            if setting == "SHOP_CURRENCY" and not enter:
                raise ValueError("cannot leave")
        setting_changed.connect(fragile)
        try:
            with override_settings(SHOP_CURRENCY="GBP"):
                pass
        except ValueError as error:
            print("raised:", error, getattr(settings, "SHOP_CURRENCY", "restored"))
    """,
    "migrate_senders_are_each_apps_one_app_config": """
        from django.apps import apps
        from django.core.management import call_command
        from django.db.models.signals import post_migrate
        ours = apps.get_app_config("app")
        post_migrate.connect(lambda sender, **kwargs: print("for us:", sender.label), sender=ours,
                             weak=False)
        post_migrate.connect(lambda sender, stdout, **kwargs: stdout.write(f"ran {sender.label}")
                             if sender.label == "auth" else None, weak=False)
        call_command("migrate", verbosity=0)
        print(repr(apps.get_app_config("auth")), apps.get_app_config("auth").name)
    """,
}


@pytest.fixture(scope="module")
def under_both():
    return run_snippets("signals_core", PROGRAMS), run_snippets("django", PROGRAMS)


@pytest.mark.parametrize("name", PROGRAMS)
def test_the_stand_in_prints_what_django_prints(name, under_both):
    on_the_page, under_django = under_both
    assert under_django[name]["error"] is None, under_django[name]
    assert printed(on_the_page, name) == printed(under_django, name)


def test_reset_puts_back_settings_a_program_overrode_and_never_restored():
    override_settings(SHOP_CURRENCY="GBP").enable()
    assert settings.SHOP_CURRENCY == "GBP"
    reset()
    assert getattr(settings, "SHOP_CURRENCY", "unset") == "unset"


def test_what_the_migrate_stand_in_cannot_do_it_says_in_one_line():
    results = run_snippets("signals_core", {
        "report": 'from django.core.management import call_command\ncall_command("migrate")',
        "other": 'from django.core.management import call_command\ncall_command("flush")',
        "class": ('from django.test import override_settings\nimport unittest\n'
                  '@override_settings(DEBUG=False)\nclass T(unittest.TestCase):\n    pass'),
    })
    assert [results[name]["error"] for name in ("report", "other", "class")] == [
        "NotImplementedError: call_command('migrate') with a report or options needs real "
        "migrations; on this page, call call_command('migrate', verbosity=0)",
        "NotImplementedError: call_command('flush') runs a management command; this page's "
        "Django has only call_command('migrate', verbosity=0)",
        "NotImplementedError: override_settings on a test class needs Django's test cases; on "
        "this page, decorate the test method or use a with block",
    ]
