# --- PYODIDE:code --- #
from django.dispatch import Signal, receiver

bell_rang = Signal()


@receiver(bell_rang)
def students_pack_up(sender, **kwargs):
    print("Students pack their bags.")


@receiver(bell_rang)
def teacher_stops(sender, **kwargs):
    print("The teacher stops the lesson.")


bell_rang.send(sender="school bell")
