# --- PYODIDE:env --- #
import time

from celery import shared_task, worker
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver


class Order(models.Model):
    total = models.IntegerField()


pdfs = {}  # order pk -> its rendered invoice


def render_pdf(order):
    time.sleep(0.2)  # slow: lays out and renders a PDF
    return f"invoice for order {order.pk}: {order.total} EUR"
# --- PYODIDE:code --- #
# Every new order makes create() wait for the PDF. Fix it:
#  1. a Celery task `render_invoice(order_id)` renders the PDF into pdfs[order_id];
#  2. the receiver only queues that task, once the transaction has committed.


@receiver(post_save, sender=Order)
def make_invoice(sender, instance, created, **kwargs):
    if created:
        pdfs[instance.pk] = render_pdf(instance)


order = Order.objects.create(total=30)
print("PDFs when create() returned:", len(pdfs))
worker.run_pending()  # what a Celery worker process does in production
print("PDFs after the worker ran:", len(pdfs))
# --- PYODIDE:corr --- #
@shared_task
def render_invoice(order_id):
    order = Order.objects.get(pk=order_id)
    pdfs[order_id] = render_pdf(order)


@receiver(post_save, sender=Order)
def make_invoice(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(lambda: render_invoice.delay(instance.pk))


order = Order.objects.create(total=30)
print("PDFs when create() returned:", len(pdfs))
worker.run_pending()  # what a Celery worker process does in production
print("PDFs after the worker ran:", len(pdfs))
# --- PYODIDE:tests --- #
pdfs.clear()
order = Order.objects.create(total=12)
assert pdfs == {}, "the PDF was rendered inside create()"
assert len(worker.pending()) == 1, f"queued tasks: {worker.pending()}"
worker.run_pending()
assert pdfs == {order.pk: f"invoice for order {order.pk}: 12 EUR"}, pdfs
# --- PYODIDE:secrets --- #
pdfs.clear()
worker.purge()
assert "render_invoice" in globals(), "Define a task named render_invoice (decorate it with @shared_task)."
direct = Order.objects.create(total=12)
worker.purge()
pdfs.clear()
render_invoice(direct.pk)
assert pdfs.get(direct.pk) == f"invoice for order {direct.pk}: 12 EUR", (
    "render_invoice(order_id) should load the order from its id and store its PDF in pdfs[order_id]."
)
pdfs.clear()
with transaction.atomic():
    first = Order.objects.create(total=40)
    assert worker.pending() == [] and pdfs == {}, (
        "The work started before the transaction committed: queue the task from "
        "transaction.on_commit(), so the worker can find the committed row."
    )
assert worker.pending() == ["render_invoice"], (
    f"After the commit, the queue is {worker.pending()}; expected one render_invoice task."
)
worker.run_pending()
assert pdfs == {first.pk: f"invoice for order {first.pk}: 40 EUR"}, (
    f"After the worker ran, pdfs is {pdfs}: the task should render the new order's invoice."
)
try:
    with transaction.atomic():
        Order.objects.create(total=50)
        raise ValueError("payment refused")
except ValueError:
    pass
assert worker.pending() == [], "A rolled-back order must not get an invoice task."
first.total = 45
first.save()
assert worker.pending() == [], "Updating an existing order must not queue another invoice."
