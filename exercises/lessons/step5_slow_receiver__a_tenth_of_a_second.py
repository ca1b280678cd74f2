# page: lessons/5-pitfalls.md
# suggestion: Change each of the three `0.3` to `0.1` and run again
# shows: save() took at least 0.1 s: True
# --- replace --- #
    time.sleep(0.3)  # pretend to resize a large image
# --- with --- #
    time.sleep(0.1)  # pretend to resize a large image
# --- replace --- #
print("save() took at least 0.3 s:", elapsed >= 0.3)
# --- with --- #
print("save() took at least 0.1 s:", elapsed >= 0.1)
