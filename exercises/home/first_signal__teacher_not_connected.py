# page: index.md
# suggestion: delete the `@receiver(bell_rang)` line above `teacher_stops` and run again.
# --- replace --- #
@receiver(bell_rang)
def teacher_stops(sender, **kwargs):
# --- with --- #
def teacher_stops(sender, **kwargs):
