# page: beyond/connections.md
# suggestion: In both editors, add a third reaction that prints `loyalty: +19 points`.
# shows: loyalty: +19 points
# --- replace --- #
order_placed.attach(email_customer)
order_placed.attach(reserve_stock)
# --- with --- #
def award_points(order_id, total):
    print(f"  loyalty: +{int(total)} points")


order_placed.attach(email_customer)
order_placed.attach(reserve_stock)
order_placed.attach(award_points)
