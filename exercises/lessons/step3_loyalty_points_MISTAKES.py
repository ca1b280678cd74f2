# --- MISTAKE: the check says "add to her points instead of replacing them" --- #
from django.dispatch import receiver


@receiver(order_placed)
def award_points(sender, order, **kwargs):
    points[order.email] = order.total
