# page: lessons/3-decoupling.md
# suggestion: delete the `analytics` part (from its comment down to the end of `record_revenue`) and the last `print` line, then run again.
# shows: confirmation e-mails: ['ada@example.com', 'grace@example.com']
# --- replace --- #
# ----- analytics/receivers.py
revenue = []


@receiver(order_placed)
def record_revenue(sender, order, **kwargs):
    revenue.append(order.total)


# --- with --- #
# --- replace --- #
print("revenue so far:", sum(revenue))
# --- with --- #
