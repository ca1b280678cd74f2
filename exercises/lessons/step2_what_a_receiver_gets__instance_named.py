# page: lessons/2-connecting-receivers.md
# suggestion: change the receiver's signature to `def show_arguments(sender, instance, **kwargs)`.
# --- replace --- #
def show_arguments(sender, **kwargs):
# --- with --- #
def show_arguments(sender, instance, **kwargs):
