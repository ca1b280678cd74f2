# --- PYODIDE:code --- #
import gc

from django.dispatch import Signal

tick = Signal()


class Thermometer:
    def take_reading(self, sender, **kwargs):
        return "reading taken"


# Once each line has run, only the signal refers to its Thermometer.
tick.connect(Thermometer().take_reading)  # weak=True, the default
gc.collect()
print("weak=True: entries before a send:", len(tick.receivers))
print("weak=True: receivers that answer:", len(tick.send(sender=None)))
print("weak=True: entries after the send:", len(tick.receivers))

tick.connect(Thermometer().take_reading, weak=False)
gc.collect()
print("weak=False: receivers that answer:", len(tick.send(sender=None)))
