# --- PYODIDE:code --- #
from django.core.signals import request_finished, request_started
from django.dispatch import receiver
from django.http import HttpResponse
from django.test import Client
from django.urls import path


@receiver(request_started)
def on_started(sender, environ, **kwargs):
    print(f"request_started from {sender.__name__}: "
          f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']}")


@receiver(request_finished)
def on_finished(sender, **kwargs):
    print(f"request_finished, sender={sender}")


def order_list(request):
    print(f"the view runs for {request.path}")
    return HttpResponse("3 orders")


urlpatterns = [path("orders/", order_list)]

response = Client().get("/orders/")
print("the client got", response.status_code, response.content)
