# --- PYODIDE:code --- #
import sys

from django.core.signals import got_request_exception, request_finished
from django.dispatch import receiver
from django.test import Client
from django.urls import path


@receiver(got_request_exception)
def report_error(sender, request, **kwargs):
    error = sys.exc_info()[1]  # the view's exception, being handled
    print(f"got_request_exception: sender={sender}, "
          f"{request.method} {request.path}: {error!r}")


@receiver(request_finished)
def on_finished(sender, **kwargs):
    print("request_finished")


def checkout(request):
    raise ValueError("payment service down")


urlpatterns = [path("checkout/", checkout)]

response = Client(raise_request_exception=False).get("/checkout/")
print("status", response.status_code)

try:
    Client().get("/checkout/")
except ValueError as error:
    print("the test client raised it again:", error)
