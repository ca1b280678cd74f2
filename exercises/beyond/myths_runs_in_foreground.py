# --- PYODIDE:code --- #
import threading
import time

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver


class Report(models.Model):
    title = models.CharField(max_length=100)


steps = []


@receiver(post_save, sender=Report)
def build_pdf(sender, instance, **kwargs):
    steps.append("  receiver starts")
    time.sleep(0.2)  # pretend to build a PDF for 0.2 s
    steps.append("  receiver ends")
    same_thread = threading.get_ident() == caller_thread
    steps.append(f"  same thread as the caller: {same_thread}")


caller_thread = threading.get_ident()
steps.append("create() called")
started = time.perf_counter()
Report.objects.create(title="Q3 sales")
elapsed = time.perf_counter() - started
steps.append("create() returned")

print("\n".join(steps))
print("create() waited for the receiver (0.2 s):", elapsed >= 0.2)
