# --- PYODIDE:code --- #
from django.dispatch import Signal

page_viewed = Signal()  # sent with: page
views = []


def start_counting():
    """Connect a receiver that appends each viewed page to `views`.
    It may run more than once, like start-up code can."""

    def count_view(sender, page, **kwargs):
        views.append(page)

    page_viewed.connect(count_view, weak=False)


start_counting()
start_counting()
page_viewed.send(sender=None, page="/home")
print(views)  # should be ['/home']
# --- PYODIDE:corr --- #
from django.dispatch import Signal

page_viewed = Signal()  # sent with: page
views = []


def start_counting():
    """Connect a receiver that appends each viewed page to `views`.
    It may run more than once, like start-up code can."""

    def count_view(sender, page, **kwargs):
        views.append(page)

    page_viewed.connect(
        count_view, weak=False, dispatch_uid="count-page-views"
    )


start_counting()
start_counting()
page_viewed.send(sender=None, page="/home")
print(views)  # should be ['/home']
# --- PYODIDE:tests --- #
assert views == ["/home"]
# --- PYODIDE:secrets --- #
import gc

start_counting()
start_counting()
gc.collect()
page_viewed.send(sender=None, page="/about")
_counted = views.count("/about")
assert _counted > 0, "After gc.collect() the view of '/about' was not counted: the receiver must stay connected (keep weak=False)."
assert _counted == 1, f"After start_counting() ran four times, one view of '/about' was counted {_counted} times: connect the receiver only once, whatever the number of calls."
assert views.count("/home") == 1, f"'/home' was viewed once but counted {views.count('/home')} times."
