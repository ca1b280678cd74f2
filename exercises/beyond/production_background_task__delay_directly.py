# page: beyond/production-patterns.md
# suggestion: Try it: replace the `transaction.on_commit(...)` line with `send_welcome_email.delay(user_id)` and run again.
# shows: User.DoesNotExist: User matching query does not exist.
# --- replace --- #
        transaction.on_commit(lambda: send_welcome_email.delay(user_id))
# --- with --- #
        send_welcome_email.delay(user_id)
