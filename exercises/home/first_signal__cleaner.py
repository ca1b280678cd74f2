# page: index.md
# suggestion: add a third receiver, `cleaner_starts`, that prints `The cleaner starts sweeping.`
# shows: The cleaner starts sweeping.
# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

bell_rang = Signal()


@receiver(bell_rang)
def students_pack_up(sender, **kwargs):
    print("Students pack their bags.")


@receiver(bell_rang)
def teacher_stops(sender, **kwargs):
    print("The teacher stops the lesson.")


@receiver(bell_rang)
def cleaner_starts(sender, **kwargs):
    print("The cleaner starts sweeping.")


bell_rang.send(sender="school bell")
