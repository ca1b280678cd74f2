# page: lessons/6-internals.md
# suggestion: inside `hold_a_lesson`, connect `lambda sender, **kwargs: "lambda"` and run again.
# shows: during the lesson: ['room A packs up', 'room B packs up']
# django: DEBUG = False
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
    room_b = Classroom("room B")
    bell_rang.connect(room_a.pack_up)  # weak, the default
    bell_rang.connect(room_b.pack_up, weak=False)  # held strongly
    bell_rang.connect(lambda sender, **kwargs: "lambda")
    print("during the lesson:", who_answers())


hold_a_lesson()
# room_a and room_b were local variables: nothing refers to
# room A any more, while the signal still holds room B.
gc.collect()
print("after the lesson:", who_answers())
