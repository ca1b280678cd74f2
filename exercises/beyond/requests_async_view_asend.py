# --- PYODIDE:code --- #
import asyncio

from django.dispatch import Signal, receiver
from django.http import JsonResponse
from django.test import AsyncClient
from django.urls import path

order_paid = Signal()


@receiver(order_paid)
async def notify_warehouse(sender, order_id, **kwargs):
    await asyncio.sleep(0.01)  # say, a call to the warehouse's API
    return f"warehouse told about order {order_id}"


@receiver(order_paid)
def reserve_stock(sender, order_id, **kwargs):
    return f"stock reserved for order {order_id}"


async def pay(request, order_id):
    responses = await order_paid.asend(sender=None, order_id=order_id)
    return JsonResponse({"answers": [answer for _, answer in responses]})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]


async def main():
    response = await AsyncClient().post("/orders/7/pay/")
    print(response.status_code)
    for answer in response.json()["answers"]:
        print(answer)


asyncio.run(main())
