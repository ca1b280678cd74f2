# page: beyond/testing-with-signals.md
# suggestion: Try passing `dispatch_uid="accounts.send_welcome"` to `post_save.connect(...)`
# shows: test 2: 1 e-mail(s)
# --- replace --- #
    post_save.connect(send_welcome, sender=User, weak=False)
# --- with --- #
    post_save.connect(send_welcome, sender=User, weak=False,
                      dispatch_uid="accounts.send_welcome")
