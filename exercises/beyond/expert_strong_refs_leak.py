# --- PYODIDE:code --- #
import gc
import weakref

from django.dispatch import Signal

theme_changed = Signal()
alive = weakref.WeakSet()  # sees each Widget, keeps none of them alive


class Widget:
    def __init__(self, strong):
        alive.add(self)
        theme_changed.connect(self.repaint, weak=not strong)

    def repaint(self, sender, **kwargs):
        return "repainted"


def open_and_close_widgets(strong):
    widgets = [Widget(strong) for _ in range(100)]
    del widgets  # the screen closes them: no reference left in our code
    gc.collect()
    return len(alive)


print("weak receivers, widgets alive:  ", open_and_close_widgets(False))
print("strong receivers, widgets alive:", open_and_close_widgets(True))
repainted = len(theme_changed.send(sender=None))
print("closed widgets still repainted on each send:", repainted)
