# --- PYODIDE:code --- #
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.contrib.sessions.backends.cache import SessionStore
from django.dispatch import receiver
from django.http import HttpRequest


@receiver(user_logged_in)
def greet(sender, request, user, **kwargs):
    print(f"logged in: {user} (sender: {sender.__name__})")


@receiver(user_logged_out)
def say_goodbye(sender, request, user, **kwargs):
    print(f"logged out: {user}; session still says user {request.session['_auth_user_id']}")


def new_request():
    """A request as a view receives it: the middleware added a session and a user."""
    request = HttpRequest()
    request.session = SessionStore()
    request.user = AnonymousUser()
    return request


User.objects.create_user("ada", password="correct horse")
request = new_request()

user = authenticate(request, username="ada", password="correct horse")
login(request, user)
print("last_login set:", User.objects.get(username="ada").last_login is not None)
logout(request)
print("request.user is now:", request.user)
