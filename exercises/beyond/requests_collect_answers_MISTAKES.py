# --- MISTAKE: the check says "'coroutine' object is not iterable" --- #
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
    responses = order_paid.asend(sender=None, order_id=order_id)
    return JsonResponse({"answers": [answer for _, answer in responses]})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]
# --- MISTAKE: the check says "as an `async def` receiver" --- #
from django.dispatch import Signal, receiver
from django.http import JsonResponse
from django.urls import path

order_paid = Signal()


@receiver(order_paid)
def reserve_stock(sender, order_id, **kwargs):
    return f"stock reserved for order {order_id}"


@receiver(order_paid)
def notify_warehouse(sender, order_id, **kwargs):
    return f"warehouse told about order {order_id}"


async def pay(request, order_id):
    responses = await order_paid.asend(sender=None, order_id=order_id)
    return JsonResponse({"answers": [answer for _, answer in responses]})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]
# --- MISTAKE: the check says "connect `notify_warehouse` to order_paid" --- #
from django.dispatch import Signal, receiver
from django.http import JsonResponse
from django.urls import path

order_paid = Signal()


@receiver(order_paid)
def reserve_stock(sender, order_id, **kwargs):
    return f"stock reserved for order {order_id}"


async def notify_warehouse(sender, order_id, **kwargs):
    return f"warehouse told about order {order_id}"


async def pay(request, order_id):
    responses = await order_paid.asend(sender=None, order_id=order_id)
    return JsonResponse({"answers": [answer for _, answer in responses]})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]
# --- MISTAKE: the check says "so that every receiver answers" --- #
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
    answers = [reserve_stock(None, order_id=order_id),
               await notify_warehouse(None, order_id=order_id)]
    return JsonResponse({"answers": answers})


urlpatterns = [path("orders/<int:order_id>/pay/", pay)]
