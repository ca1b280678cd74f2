# page: lessons/6-internals.md
# suggestion: This terminal is a Python prompt of its own: what you connect here stays connected from one command to the next
# --- PYODIDE:code --- #
# The terminal session the page suggests, as a program: each line prints what the terminal
# echoes, with the registry entry's parts in place of its repr (which shows memory addresses).
from django.db.models.signals import post_save

log_save = lambda sender, **kwargs: print("saved", sender.__name__)
print(post_save.connect(log_save))
for key, reference, is_async in post_save.receivers:
    print(key == (id(log_save), id(None)), reference() is log_save, is_async)
print(post_save.disconnect(log_save))
print(post_save.receivers)
