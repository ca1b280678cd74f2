# --- MISTAKE: the check says "The worker should index the paid order's id." --- #
@receiver(post_save, sender=Order)
def queue_indexing(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(index_order.delay)


try:
    checkout(30, card="declined")
except CardDeclined as error:
    print("checkout failed:", error)
print("tasks queued after the declined card:", worker.pending())
order = checkout(20, card="valid")
print("tasks queued after the paid order:", worker.pending())
# --- MISTAKE: the check says "queued: []" --- #
@receiver(post_save, sender=Order)
def queue_indexing(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(lambda: index_order(instance.pk))


try:
    checkout(30, card="declined")
except CardDeclined as error:
    print("checkout failed:", error)
print("tasks queued after the declined card:", worker.pending())
order = checkout(20, card="valid")
print("tasks queued after the paid order:", worker.pending())
