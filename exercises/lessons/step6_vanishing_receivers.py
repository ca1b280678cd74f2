# --- PYODIDE:code --- #
import gc

from django.dispatch import Signal

bell_rang = Signal()


class Classroom:
    def __init__(self, name):
        self.name = name

    def pack_up(self, sender, **kwargs):
        return f"{self.name} packs up"


def who_answers():
    return [response for _, response in bell_rang.send(sender=None)]


def hold_a_lesson():
    room_a = Classroom("room A")
    bell_rang.connect(room_a.pack_up)  # weak, the default
    bell_rang.connect(Classroom("room B").pack_up, weak=False)  # the signal holds on to it
    print("during the lesson:", who_answers())


hold_a_lesson()  # room_a was a local variable: nothing refers to it any more
gc.collect()
print("after the lesson:", who_answers())
