# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver
from django.http import JsonResponse
from django.urls import path

order_paid = Signal()


@receiver(order_paid)
def reserve_stock(sender, order_id, **kwargs):
    return f"stock reserved for order {order_id}"


# 1. Write an async receiver `notify_warehouse` for order_paid that
#    returns f"warehouse told about order {order_id}".
# 2. In the async view `pay`, send order_paid with asend()
#    (sender=None, order_id=order_id) and return every receiver's
#    answer: JsonResponse({"answers": [...]}).


async def pay(request, order_id):
    return JsonResponse({"answers": []})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]
# --- PYODIDE:corr --- #
from django.dispatch import Signal, receiver
from django.http import JsonResponse
from django.urls import path

order_paid = Signal()


@receiver(order_paid)
def reserve_stock(sender, order_id, **kwargs):
    return f"stock reserved for order {order_id}"


@receiver(order_paid)
async def notify_warehouse(sender, order_id, **kwargs):
    return f"warehouse told about order {order_id}"


async def pay(request, order_id):
    responses = await order_paid.asend(sender=None, order_id=order_id)
    return JsonResponse({"answers": [answer for _, answer in responses]})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]
# --- PYODIDE:tests --- #
import asyncio

from django.test import AsyncClient

response = asyncio.run(AsyncClient().post("/orders/7/pay/"))
print(response.status_code, response.json())
assert response.status_code == 200
# --- PYODIDE:secrets --- #
import asyncio
import inspect

from django.test import AsyncClient

assert inspect.iscoroutinefunction(globals().get("notify_warehouse")), "Write `notify_warehouse` as an `async def` receiver."
response = asyncio.run(AsyncClient(raise_request_exception=False).post("/orders/12/pay/"))
assert response.status_code == 200, f"The view raised an error (status {response.status_code}): `pay` must `await order_paid.asend(...)` and return a JsonResponse."
assert response["Content-Type"] == "application/json", "`pay` must return JsonResponse({'answers': [...]})."
answers = response.json()["answers"]
assert "warehouse told about order 12" in answers, f"The async receiver did not answer: connect `notify_warehouse` to order_paid with @receiver(order_paid). The answers were {answers}."
assert sorted(answers) == ["stock reserved for order 12", "warehouse told about order 12"], f"For order 12, the answers should be both receivers' answers, not {answers}."
seen = []


async def spy(sender, **kwargs):
    seen.append((sender, kwargs.get("order_id")))


order_paid.connect(spy)
asyncio.run(AsyncClient().post("/orders/13/pay/"))
assert seen == [(None, 13)], f"Send order_paid from `pay` with `await order_paid.asend(sender=None, order_id=order_id)`, so that every receiver answers; a receiver connected later got {seen}."
