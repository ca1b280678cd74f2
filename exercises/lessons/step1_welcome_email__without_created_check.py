# page: lessons/1-basics.md
# suggestion: remove the line `if created:` (and unindent `send_mail`): what does the update do now?
# --- replace --- #
    if created:  # only for a new row, not for later updates
        send_mail(
            "Welcome!",
            f"Hi {instance.username}, glad you are here.",
            "team@example.com",
            [instance.email],
        )
# --- with --- #
    send_mail(
        "Welcome!",
        f"Hi {instance.username}, glad you are here.",
        "team@example.com",
        [instance.email],
    )
