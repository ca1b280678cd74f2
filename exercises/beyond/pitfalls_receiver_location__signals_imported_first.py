# page: beyond/common-pitfalls.md
# suggestion: In `RIGHT`, add `from . import signals` as the **first** line of `shop/models.py`
# shows: ImportError: cannot import name 'Order' from partially initialized module 'shop.models'
# --- replace --- #
RIGHT = {
    "shop/__init__.py": "",
    "shop/models.py": '''
from django.db import models
# --- with --- #
RIGHT = {
    "shop/__init__.py": "",
    "shop/models.py": '''
from . import signals
from django.db import models
