# page: lessons/2-connecting-receivers.md
# suggestion: connect `log_every_save` a second time, with `sender=User`
# --- replace --- #
post_save.connect(log_every_save)  # no sender: hears every model
# --- with --- #
post_save.connect(log_every_save)  # no sender: hears every model
post_save.connect(log_every_save, sender=User)
