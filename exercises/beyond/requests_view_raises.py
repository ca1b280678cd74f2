# --- PYODIDE:code --- #
import logging
import sys

from django.core.signals import got_request_exception, request_finished
from django.dispatch import receiver
from django.test import Client
from django.urls import path

# Django reports the error on the "django.request" logger too; keep the output short:
logging.getLogger("django.request").setLevel(logging.CRITICAL)

events = []


@receiver(got_request_exception)
def report_error(sender, request, **kwargs):
    error = sys.exc_info()[1]  # the view's exception, being handled
    events.append(f"got_request_exception: sender={sender}, "
                  f"{request.method} {request.path}: {error!r}")


@receiver(request_finished)
def on_finished(sender, **kwargs):
    events.append("request_finished")


def checkout(request):
    raise ValueError("payment service down")


urlpatterns = [path("checkout/", checkout)]

response = Client(raise_request_exception=False).get("/checkout/")
events.append(f"status {response.status_code}")

try:
    Client().get("/checkout/")
except ValueError as error:
    events.append(f"the test client raised it again: {error}")

print("\n".join(events))
