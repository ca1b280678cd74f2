# --- PYODIDE:code --- #
from django.dispatch import Signal

article_published = Signal()
calls = []


def first_sync(sender, **kwargs):
    calls.append("first_sync")


async def second_async(sender, **kwargs):
    calls.append("second_async")


def third_sync(sender, **kwargs):
    calls.append("third_sync")


article_published.connect(first_sync)
article_published.connect(second_async)
article_published.connect(third_sync)

article_published.send(sender="blog")
print("connected in this order: first_sync, second_async, third_sync")
print("called in this order:   ", ", ".join(calls))
