# page: beyond/connections.md
# suggestion: Try removing `**kwargs` from `email_customer`: connecting it fails
# shows: ValueError: Signal receivers must accept keyword arguments (**kwargs).
# --- replace --- #
def email_customer(sender, order_id, total, **kwargs):
# --- with --- #
def email_customer(sender, order_id, total):
