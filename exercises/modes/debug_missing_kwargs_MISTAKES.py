# --- MISTAKE: the check says "receipts is []" --- #
try:
    @receiver(order_paid)
    def send_receipt(sender, order_id, amount):
        receipts.append(f"Receipt for order {order_id}: {amount} EUR")
except ValueError:
    pass  # the error is gone, and so is the receiver


order_paid.send(sender="checkout", order_id=7, amount=30)
print(receipts)
