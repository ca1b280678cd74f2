# page: lessons/4-custom-signals.md
# suggestion: Try removing `**kwargs` from `tell_customer` and run again.
# shows: ValueError: Signal receivers must accept keyword arguments (**kwargs).
# --- replace --- #
def tell_customer(sender, order, carrier, **kwargs):
# --- with --- #
def tell_customer(sender, order, carrier):
