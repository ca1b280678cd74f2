# --- MISTAKE: the check says "sent the e-mail itself" --- #
@shared_task
def send_welcome(member_id):
    call_mail_api(Member.objects.get(pk=member_id).email)


@receiver(post_save, sender=Member)
def welcome(sender, instance, created, **kwargs):
    if created:
        send_welcome(instance.pk)


member = Member.objects.create(email="ada@example.com")
print("e-mails sent during the sign-up:", len(mail.outbox))
print("tasks waiting for a worker:", worker.pending())
worker.run_pending()  # on this page, the program plays the worker's part
print("e-mails sent in the end:", len(mail.outbox))
