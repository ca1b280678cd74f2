"""`django.utils.timezone.now()`, as with the course's USE_TZ = True: the current time, in UTC."""

import datetime

utc = datetime.timezone.utc


def now():
    return datetime.datetime.now(utc)
