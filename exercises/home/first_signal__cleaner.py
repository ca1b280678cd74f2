# page: index.md
# suggestion: add a third receiver, `cleaner_starts`, that prints `The cleaner starts sweeping.`
# shows: The cleaner starts sweeping.
# --- replace --- #
    print("The teacher stops the lesson.")
# --- with --- #
    print("The teacher stops the lesson.")


@receiver(bell_rang)
def cleaner_starts(sender, **kwargs):
    print("The cleaner starts sweeping.")
