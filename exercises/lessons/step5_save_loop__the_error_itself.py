# page: lessons/5-pitfalls.md
# suggestion: Remove the `try:`/`except` (and the two `print` lines under `except`) to see the error itself.
# shows: RecursionError: maximum recursion depth exceeded
# --- replace --- #
try:
    Article.objects.create(title="Hello World")
except RecursionError:
    print("save() never finished: RecursionError")
    print("fill_slug ran more than 20 times:", calls > 20)
# --- with --- #
Article.objects.create(title="Hello World")
