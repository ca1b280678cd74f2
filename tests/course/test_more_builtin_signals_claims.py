"""What "React to logins, migrations and settings changes" (docs/beyond/more-built-in-signals.md)
says about Django, shown by Django 5.2 itself.

The programs run under the course's Django harness (auth and contenttypes installed before
`app`, in-memory SQLite); the ones in SAME_IN_THE_BROWSER also run on the page's stand-ins, which
must print the same. What needs a project of its own runs in a fresh Django process.
"""

from __future__ import annotations

import pytest

from tools.program_runs import printed, run_in_fresh_python

LOGIN_SET_UP = """
    from django.contrib.auth import authenticate, login, logout
    from django.contrib.auth.models import AnonymousUser, User
    from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
    from django.contrib.sessions.backends.cache import SessionStore
    from django.http import HttpRequest
    def new_request():
        request = HttpRequest()
        request.session = SessionStore()
        request.user = AnonymousUser()
        return request
"""

PROGRAMS = {
    "login_and_logout_send_their_signals": LOGIN_SET_UP + """
    from django.db.models.signals import post_save
    seen = []
    def on_login(sender, request, user, **kwargs):
        seen.append(("in", sender.__name__, user.username, request.user == user, sorted(kwargs)))
    def on_logout(sender, request, user, **kwargs):
        seen.append(("out", sender.__name__, user and user.username,
                     request.session.get("_auth_user_id")))
    def on_save(sender, update_fields, **kwargs):
        seen.append(("post_save", sender.__name__, update_fields and sorted(update_fields)))
    user_logged_in.connect(on_login)
    user_logged_out.connect(on_logout)
    ada = User.objects.create_user("ada", password="pw")
    post_save.connect(on_save, sender=User)
    request = new_request()
    user = authenticate(request, username="ada", password="pw")
    seen.append(("authenticated, not logged in", request.user.is_authenticated))
    login(request, user)
    logout(request)
    logout(request)  # nobody is logged in any more
    for entry in seen:
        print(entry)
    print("Django's own receiver:", [ref().__name__ for _, ref, _ in user_logged_in.receivers])
    """,
    "login_failed_masks_sensitive_credentials": LOGIN_SET_UP + """
    User.objects.create_user("ada", password="pw")
    def on_failure(sender, credentials, request, **kwargs):
        print(repr(sender), credentials, request)
    user_login_failed.connect(on_failure)
    authenticate(username="nobody", password="pw")
    authenticate(new_request(), username="ada", password="wrong")
    authenticate(username="ada", Password="x", api_key="k", token="t", signature="s", secret="c")
    print(authenticate(username="ada", password="pw"))
    """,
    "post_migrate_for_each_app_with_its_arguments": """
    from django.apps import apps
    from django.core.management import call_command
    from django.db.models.signals import post_migrate, pre_migrate
    seen = []
    def record(sender, app_config, **kwargs):
        seen.append((kwargs["signal"] is pre_migrate, app_config.label, sender is app_config))
        if app_config.label == "app":
            print(sorted(kwargs), kwargs["plan"], kwargs["using"], kwargs["verbosity"],
                  kwargs["interactive"], app_config is apps.get_app_config("app"))
    pre_migrate.connect(record)
    post_migrate.connect(record)
    call_command("migrate", verbosity=0)
    print(seen[:3])
    print(seen[-1][0], all(same for _, _, same in seen))
    """,
    "post_migrate_is_sent_for_every_installed_app_even_with_nothing_to_migrate": """
    from django.apps import apps
    from django.core.management import call_command
    from django.db.models.signals import post_migrate
    def migrate_senders(command, **options):
        senders = []
        receiver = lambda sender, **kwargs: senders.append(sender.label)
        post_migrate.connect(receiver)
        call_command(command, verbosity=0, **options)
        post_migrate.disconnect(receiver)
        return senders
    installed = [config.label for config in apps.get_app_configs() if config.models_module]
    print(migrate_senders("migrate") == installed, installed)
    print("flush too:", migrate_senders("flush", interactive=False) == installed)
    received = []
    post_migrate.connect(lambda sender, apps, **kwargs: received.append(apps), weak=False)
    call_command("migrate", verbosity=0)
    print("apps is the global registry:", received[0] is apps, type(received[0]).__name__)
    """,
    "setting_changed_in_and_out": """
    from django.conf import settings
    from django.core.signals import setting_changed
    from django.test import override_settings
    from django.test.signals import setting_changed as test_setting_changed
    print("one signal:", setting_changed is test_setting_changed)
    def changed(sender, setting, value, enter, **kwargs):
        print(sender.__name__, setting, repr(value), enter, sorted(kwargs))
    setting_changed.connect(changed)
    with override_settings(SHOP_CURRENCY="GBP", DEBUG=False):
        pass
    settings.SHOP_CURRENCY = "CHF"  # a plain assignment sends nothing
    print("after:", getattr(settings, "SHOP_CURRENCY", None))
    """,
    "djangos_own_receivers_clear_their_caches": """
    from django.contrib.auth.hashers import get_hashers
    from django.test import override_settings
    before = [type(hasher).__name__ for hasher in get_hashers()]
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"]):
        inside = [type(hasher).__name__ for hasher in get_hashers()]
    print(before, inside)
    """,
    "class_prepared_comes_before_registration": """
    from django.apps import apps
    from django.db import models
    from django.db.models.signals import class_prepared
    def prepared(sender, **kwargs):
        try:
            apps.get_model("app", sender.__name__)
            registered = True
        except LookupError:
            registered = False
        print(sender.__name__, sorted(kwargs), "registered yet:", registered)
    class_prepared.connect(prepared)
    class Plan(models.Model):
        name = models.CharField(max_length=20)
    print("then:", apps.get_model("app", "Plan") is Plan)
    """,
}

SAME_IN_THE_BROWSER = [
    "login_and_logout_send_their_signals",
    "login_failed_masks_sensitive_credentials",
    "post_migrate_for_each_app_with_its_arguments",
    "setting_changed_in_and_out",
    "class_prepared_comes_before_registration",
]


def test_login_and_logout_send_with_the_users_class_and_logout_before_the_session_empties(
        under_django):
    assert printed(under_django, "login_and_logout_send_their_signals") == (
        "('authenticated, not logged in', False)\n"
        "('post_save', 'User', ['last_login'])\n"
        "('in', 'User', 'ada', True, ['signal'])\n"
        "('out', 'User', 'ada', '1')\n"
        "('out', 'NoneType', None, None)\n"
        "Django's own receiver: ['update_last_login', 'on_login']\n"
    )


def test_user_login_failed_comes_from_the_auth_module_with_sensitive_values_masked(under_django):
    stars = "'" + "*" * 20 + "'"
    assert printed(under_django, "login_failed_masks_sensitive_credentials") == (
        f"'django.contrib.auth' {{'username': 'nobody', 'password': {stars}}} None\n"
        f"'django.contrib.auth' {{'username': 'ada', 'password': {stars}}} <HttpRequest>\n"
        f"'django.contrib.auth' {{'username': 'ada', 'Password': {stars}, 'api_key': {stars}, "
        f"'token': {stars}, 'signature': {stars}, 'secret': {stars}}} None\n"
        "ada\n"
    )


def test_migrate_sends_pre_then_post_migrate_per_app_with_the_app_config_as_sender(under_django):
    assert printed(under_django, "post_migrate_for_each_app_with_its_arguments") == (
        "['apps', 'interactive', 'plan', 'signal', 'stdout', 'using', 'verbosity'] [] default 0 "
        "True True\n"
        "['apps', 'interactive', 'plan', 'signal', 'stdout', 'using', 'verbosity'] [] default 0 "
        "True True\n"
        "[(True, 'auth', True), (True, 'contenttypes', True), (True, 'app', True)]\n"
        "False True\n"
    )


def test_post_migrate_goes_to_every_installed_app_from_migrate_and_flush_with_state_apps(
        under_django):
    assert printed(under_django,
                   "post_migrate_is_sent_for_every_installed_app_even_with_nothing_to_migrate") == (
        "True ['auth', 'contenttypes', 'app', 'store']\n"
        "flush too: True\n"
        "apps is the global registry: False StateApps\n"
    )


def test_override_settings_sends_setting_changed_entering_and_leaving(under_django):
    assert printed(under_django, "setting_changed_in_and_out") == (
        "one signal: True\n"
        "UserSettingsHolder SHOP_CURRENCY 'GBP' True ['signal']\n"
        "UserSettingsHolder DEBUG False True ['signal']\n"
        "UserSettingsHolder SHOP_CURRENCY None False ['signal']\n"
        "UserSettingsHolder DEBUG True False ['signal']\n"
        "after: CHF\n"
    )


def test_djangos_password_hashers_follow_an_overridden_setting(under_django):
    assert printed(under_django, "djangos_own_receivers_clear_their_caches") == (
        "['MD5PasswordHasher'] ['PBKDF2PasswordHasher']\n"
    )


def test_class_prepared_has_only_the_class_and_comes_before_the_model_is_registered(
        under_django):
    assert printed(under_django, "class_prepared_comes_before_registration") == (
        "Plan ['signal'] registered yet: False\n"
        "then: True\n"
    )


def test_in_a_project_models_are_defined_before_ready_and_django_connects_nothing_to_class_prepared(
        tmp_path):
    app = tmp_path / "shop"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "models.py").write_text(
        "from django.db import models\nclass Plan(models.Model):\n    pass\n")
    (app / "apps.py").write_text(
        "from django.apps import AppConfig, apps\n"
        "class ShopConfig(AppConfig):\n"
        "    name = 'shop'\n"
        "    def ready(self):\n"
        "        print('models ready in ready():', apps.models_ready,"
        " [m.__name__ for m in self.get_models()])\n")
    assert run_in_fresh_python("""
        import django
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes",
                                           "django.contrib.sessions", "shop"])
        django.setup()
        from django.db.models.signals import class_prepared
        print("receivers of class_prepared:", class_prepared.receivers)
    """, cwd=tmp_path) == (
        "models ready in ready(): True ['Plan']\n"
        "receivers of class_prepared: []\n"
    )


def test_only_djangos_test_tools_send_setting_changed():
    """So a receiver of it costs nothing in production."""
    import django

    source = __import__("pathlib").Path(django.__file__).parent
    senders = sorted({str(path.relative_to(source)) for path in source.rglob("*.py")
                      if "setting_changed.send" in path.read_text(encoding="utf-8")})
    assert senders == ["test/testcases.py", "test/utils.py"]


@pytest.mark.parametrize("name", SAME_IN_THE_BROWSER)
def test_the_browser_does_what_django_does(name, under_django, under_signals_core):
    assert under_signals_core[name] == under_django[name]
