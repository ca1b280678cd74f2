# --- MISTAKE: the check says "Signal receivers must accept keyword arguments (**kwargs)." --- #
@receiver(order_paid)
def send_receipt(sender, order_id, amount, signal):
    receipts.append(f"Receipt for order {order_id}: {amount} EUR")


order_paid.send(sender="checkout", order_id=7, amount=30)
print(receipts)
