# page: index.md
# suggestion: delete the `@receiver(bell_rang)` line above `teacher_stops` and run again.
# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

bell_rang = Signal()


@receiver(bell_rang)
def students_pack_up(sender, **kwargs):
    print("Students pack their bags.")


def teacher_stops(sender, **kwargs):
    print("The teacher stops the lesson.")


bell_rang.send(sender="school bell")
