# --- MISTAKE: the check says "assert views == ["/home"]" --- #
from django.dispatch import Signal

page_viewed = Signal()  # sent with: page
views = []


def start_counting():
    """Connect a receiver that appends each viewed page to `views`.
    It may run more than once, like start-up code can."""

    def count_view(sender, page, **kwargs):
        views.append(page)

    page_viewed.connect(
        count_view, dispatch_uid="count-page-views"
    )


start_counting()
start_counting()
page_viewed.send(sender=None, page="/home")
print(views)  # should be ['/home']
