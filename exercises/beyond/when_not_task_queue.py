# --- PYODIDE:code --- #
import time

from celery import shared_task
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Report(models.Model):
    title = models.CharField(max_length=100)


steps = []


def build_pdf(title):
    time.sleep(0.2)  # pretend this takes a while
    steps.append(f"  PDF of {title!r} built")


# Version 1: a receiver builds the PDF, so the request waits for it.
@receiver(post_save, sender=Report)
def build_pdf_on_save(sender, instance, created, **kwargs):
    if created:
        build_pdf(instance.title)


started = time.perf_counter()
Report.objects.create(title="Q3")
waited = time.perf_counter() - started >= 0.2
print("receiver: create() waited for the PDF (at least 0.2 s):", waited)
post_save.disconnect(build_pdf_on_save, sender=Report)


# Version 2: the view queues a task; a worker builds the PDF later.
@shared_task
def build_pdf_task(report_id):
    build_pdf(Report.objects.get(pk=report_id).title)


def create_report_view(title):
    report = Report.objects.create(title=title)
    build_pdf_task.delay(report.pk)  # returns at once
    steps.append("  view: response sent")


steps.clear()
create_report_view("Q4")

from celery import worker  # the course's stand-in for a Celery worker

steps.append(f"  worker: {worker.run_pending()} task(s) run")
print("task queue:")
print("\n".join(steps))
