"""The page's stand-in for `django.contrib.auth`: `authenticate()`, `login()` and `logout()`
sending `user_logged_in`, `user_logged_out` and `user_login_failed` as
django/contrib/auth/__init__.py does, over a `User` model with Django's fields (no groups or
permissions) and the one backend Django has by default (ModelBackend).

What differs: passwords are hashed with a salted SHA-256 of the page's own, not one of
Django's hashers (only `check_password()` reads them), and there is no custom user model
(`AUTH_USER_MODEL` is `auth.User`).

As in a project, where django.setup() has run the auth app's ready() before any code of yours,
each program finds `auth.User` registered and Django's own receiver `update_last_login`
connected to `user_logged_in`: `ready()` does it the first time a program uses the auth modules
(a fresh program forgets both, see reset.py).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

from . import models
from .apps import apps
from .timezone import now
from .signals import user_logged_in, user_logged_out, user_login_failed

SESSION_KEY = "_auth_user_id"
BACKEND_SESSION_KEY = "_auth_user_backend"
HASH_SESSION_KEY = "_auth_user_hash"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
UNUSABLE_PASSWORD_PREFIX = "!"
# As _clean_credentials(): the values of these keys never reach user_login_failed's receivers.
SENSITIVE_CREDENTIALS = re.compile("api|token|key|secret|password|signature", re.I)
CLEANSED_SUBSTITUTE = "********************"


def make_password(password):
    """The page's own salted hash (None gives an unusable password, as in Django)."""
    if password is None:
        return UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30)
    salt = secrets.token_hex(8)
    return f"stand_in_sha256${salt}${hashlib.sha256((salt + password).encode()).hexdigest()}"


def check_password(password, encoded):
    if password is None or not encoded or encoded.startswith(UNUSABLE_PASSWORD_PREFIX):
        return False
    _, salt, digest = encoded.split("$")
    return hmac.compare_digest(hashlib.sha256((salt + password).encode()).hexdigest(), digest)


class UserManager(models.Manager):
    __module__ = "django.contrib.auth.models"   # the names a learner sees, as in Django

    @staticmethod
    def normalize_email(email):
        email = email or ""
        name, at, domain = email.strip().rpartition("@")
        return f"{name}@{domain.lower()}" if at else email

    def get_by_natural_key(self, username):
        return self.get(**{self.model.USERNAME_FIELD: username})

    def _create_user(self, username, email, password, **extra_fields):
        if not username:
            raise ValueError("The given username must be set")
        user = self.model(username=unicodedata.normalize("NFKC", username),
                          email=self.normalize_email(email), **extra_fields)
        user.password = make_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, username, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(username, email, password, **extra_fields)

    def create_superuser(self, username, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(username, email, password, **extra_fields)


class User(models.Model):
    """django.contrib.auth.models.User's fields, in Django's order, without groups and
    permissions."""

    __module__ = "django.contrib.auth.models"
    password = models.CharField(max_length=128)
    last_login = models.DateTimeField(blank=True, null=True)
    is_superuser = models.BooleanField(default=False)
    username = models.CharField(max_length=150, unique=True)
    first_name = models.CharField(max_length=150, blank=True)
    last_name = models.CharField(max_length=150, blank=True)
    email = models.EmailField(blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=now)

    objects = UserManager()

    USERNAME_FIELD = "username"
    EMAIL_FIELD = "email"

    class Meta:
        app_label = "auth"

    def __str__(self):
        return self.get_username()

    def get_username(self):
        return getattr(self, self.USERNAME_FIELD)

    def natural_key(self):
        return (self.get_username(),)

    @property
    def is_anonymous(self):
        return False

    @property
    def is_authenticated(self):
        return True

    def set_password(self, raw_password):
        self.password = make_password(raw_password)

    def check_password(self, raw_password):
        return check_password(raw_password, self.password)

    def set_unusable_password(self):
        self.password = make_password(None)

    def has_usable_password(self):
        return not self.password.startswith(UNUSABLE_PASSWORD_PREFIX)

    def get_session_auth_hash(self):
        """Changes with the password, so that a password change ends the other sessions."""
        return hmac.new(b"django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash",
                        self.password.encode(), hashlib.sha256).hexdigest()


class AnonymousUser:
    """`request.user` when nobody is logged in."""

    __module__ = "django.contrib.auth.models"

    id = pk = None
    username = ""
    is_staff = is_active = is_superuser = False
    is_anonymous, is_authenticated = True, False

    def __str__(self):
        return "AnonymousUser"

    def __eq__(self, other):
        return isinstance(other, self.__class__)

    def __hash__(self):
        return 1

    def get_username(self):
        return self.username


def update_last_login(sender, user, **kwargs):
    """Django's own receiver of user_logged_in: it stamps `last_login`."""
    user.last_login = now()
    user.save(update_fields=["last_login"])


update_last_login.__module__ = "django.contrib.auth.models"
_ready_for = None   # the program (its model registry) ready() last set up


def ready():
    """Give the current program what django.setup() gives a project: auth.User registered and
    update_last_login connected."""
    global _ready_for
    if _ready_for is apps.all_models:
        return
    if apps.all_models["auth"].get("user") is not User:
        apps.register_model("auth", User)
    user_logged_in.connect(update_last_login, dispatch_uid="update_last_login")
    _ready_for = apps.all_models


def get_user_model():
    return User


def _authenticate_with_model_backend(request, username=None, password=None, **kwargs):
    """ModelBackend.authenticate(): the active user with this username and password."""
    if username is None:
        username = kwargs.get(User.USERNAME_FIELD)
    if username is None or password is None:
        return None
    try:
        user = User._default_manager.get_by_natural_key(username)
    except User.DoesNotExist:
        return None
    if user.check_password(password) and user.is_active:
        return user
    return None


def _clean_credentials(credentials):
    for key in credentials:
        if SENSITIVE_CREDENTIALS.search(key):
            credentials[key] = CLEANSED_SUBSTITUTE
    return credentials


def authenticate(request=None, **credentials):
    """The user these credentials identify, or None after sending user_login_failed."""
    user = _authenticate_with_model_backend(request, **credentials)
    if user is not None:
        user.backend = MODEL_BACKEND
        return user
    user_login_failed.send(sender="django.contrib.auth",
                           credentials=_clean_credentials(credentials), request=request)
    return None


def login(request, user, backend=None):
    """Keep the user's id in the session (a new one unless it was already theirs), make them
    `request.user`, then send user_logged_in."""
    session_auth_hash = user.get_session_auth_hash()
    if SESSION_KEY in request.session:
        if (int(request.session[SESSION_KEY]) != user.pk   # the id, kept as a string
                or request.session.get(HASH_SESSION_KEY, "") != session_auth_hash):
            request.session.flush()
    else:
        request.session.cycle_key()
    request.session[SESSION_KEY] = str(user.pk)
    request.session[BACKEND_SESSION_KEY] = backend or getattr(user, "backend", MODEL_BACKEND)
    request.session[HASH_SESSION_KEY] = session_auth_hash
    if hasattr(request, "user"):
        request.user = user
    # django.middleware.csrf.rotate_token(): a new CSRF secret once logged in.
    request.META.update({"CSRF_COOKIE_NEEDS_UPDATE": True, "CSRF_COOKIE": secrets.token_hex(16)})
    user_logged_in.send(sender=user.__class__, request=request, user=user)


def logout(request):
    """Send user_logged_out while `request.user` is still the user, then empty the session."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", True):
        user = None
    user_logged_out.send(sender=user.__class__, request=request, user=user)
    request.session.flush()
    if hasattr(request, "user"):
        request.user = AnonymousUser()


MODULES = {
    "django.contrib.auth": {
        "authenticate": authenticate, "login": login, "logout": logout,
        "get_user_model": get_user_model, "SESSION_KEY": SESSION_KEY,
        "BACKEND_SESSION_KEY": BACKEND_SESSION_KEY, "HASH_SESSION_KEY": HASH_SESSION_KEY},
    "django.contrib.auth.models": {
        "User": User, "UserManager": UserManager, "AnonymousUser": AnonymousUser,
        "update_last_login": update_last_login},
    "django.contrib.auth.signals": {
        "user_logged_in": user_logged_in, "user_logged_out": user_logged_out,
        "user_login_failed": user_login_failed},
}


def module_getattr(module_name):
    """A module `__getattr__` that gives the module's names once the program is ready()."""
    names = MODULES[module_name]

    def __getattr__(name):
        if name not in names:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        ready()
        return names[name]
    return __getattr__
