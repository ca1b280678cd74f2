# page: beyond/model-signals-in-depth.md
# suggestion: Try this: delete the three lines of the `if raw:` block and run again.
# shows: DoesNotExist: Author matching query does not exist.
# --- replace --- #
    if raw:  # a fixture row, saved as it is: touch nothing else
        print(f"  raw save of book {instance.pk}: skipped")
        return
# --- with --- #
