# --- MISTAKE: the check says "queue the task from transaction.on_commit()" --- #
@shared_task
def render_invoice(order_id):
    order = Order.objects.get(pk=order_id)
    pdfs[order_id] = render_pdf(order)


@receiver(post_save, sender=Order)
def make_invoice(sender, instance, created, **kwargs):
    if created:
        render_invoice.delay(instance.pk)


order = Order.objects.create(total=30)
print("PDFs when create() returned:", len(pdfs))
worker.run_pending()  # what a Celery worker process does in production
print("PDFs after the worker ran:", len(pdfs))
