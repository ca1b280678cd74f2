# page: lessons/1-basics.md
# suggestion: rename `send_welcome_email` to anything you like.
# --- replace --- #
def send_welcome_email(sender, instance, created, **kwargs):
# --- with --- #
def greet_new_user(sender, instance, created, **kwargs):
