# page: lessons/6-internals.md
# suggestion: inside `hold_a_lesson`, connect `lambda sender, **kwargs: "lambda"` and run again.
# shows: during the lesson: ['room A packs up', 'room B packs up']
# django: DEBUG = False
# --- replace --- #
    bell_rang.connect(room_b.pack_up, weak=False)  # held strongly
# --- with --- #
    bell_rang.connect(room_b.pack_up, weak=False)  # held strongly
    bell_rang.connect(lambda sender, **kwargs: "lambda")
