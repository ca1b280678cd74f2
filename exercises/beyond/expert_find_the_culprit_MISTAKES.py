# --- MISTAKE: the check says "assert order.status == "new"" --- #
from django.db.models.signals import post_save

post_save.disconnect(archive_old_orders)  # connected with sender=Order: this finds nothing

order = Order.objects.create(total=250)
print("status:", order.status)
# --- MISTAKE: the check says "email_receipt no longer runs" --- #
from django.db.models.signals import post_save

post_save.disconnect(archive_old_orders, sender=Order)
post_save.disconnect(email_receipt, sender=Order)

order = Order.objects.create(total=250)
print("status:", order.status)
