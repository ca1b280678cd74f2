# page: beyond/connections.md
# suggestion: In both editors, add a third reaction that prints `loyalty: +19 points`.
# shows: loyalty: +19 points
# --- replace --- #
    print(f"  stock: items of order {order_id} are reserved")
# --- with --- #
    print(f"  stock: items of order {order_id} are reserved")


@receiver(order_placed)
def award_points(sender, order_id, total, **kwargs):
    print(f"  loyalty: +{int(total)} points")
