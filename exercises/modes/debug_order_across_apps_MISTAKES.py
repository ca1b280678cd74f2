# --- MISTAKE: the check says "with the apps in the opposite order" --- #
# --- loyalty app: one point per 10 EUR ---
def award_points(sender, order, **kwargs):
    order.points = order.total // 10


# --- mailing app: the confirmation e-mail ---
def send_confirmation(sender, order, **kwargs):
    outbox.append(f"{order.email}: thank you! You earned {order.points} points.")


READY = {  # what each app's AppConfig.ready() does
    "loyalty": lambda: order_placed.connect(award_points),
    "mailing": lambda: order_placed.connect(send_confirmation),
}
INSTALLED_APPS = ["loyalty", "mailing"]
for app in INSTALLED_APPS:
    READY[app]()

place_order("ada@example.com", 120)
print(outbox)
