# page: lessons/1-basics.md
# suggestion: create a second user with `User.objects.create(...)` and see two e-mails;
# shows: E-mails in the outbox: 2
# --- replace --- #
ada.save()  # an update: created is False this time
# --- with --- #
ada.save()  # an update: created is False this time
User.objects.create(username="grace", email="grace@example.com")
