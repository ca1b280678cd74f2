# --- MISTAKE: the check says "After an edit to net 200, the saved gross is 60" --- #
@receiver(post_save, sender=Invoice)
def add_vat(sender, instance, created, **kwargs):
    if created:
        instance.gross = instance.net * 120 // 100
        instance.save()


invoice = Invoice.objects.create(net=100)
print("gross:", Invoice.objects.get(pk=invoice.pk).gross)
# --- MISTAKE: the check says "After an edit to net 200, the saved gross is 60" --- #
@receiver(post_save, sender=Invoice)
def add_vat(sender, instance, **kwargs):
    if getattr(instance, "_adding_vat", False):
        return
    instance._adding_vat = True  # never set back, so the next save skips the receiver
    instance.gross = instance.net * 120 // 100
    instance.save()


invoice = Invoice.objects.create(net=100)
print("gross:", Invoice.objects.get(pk=invoice.pk).gross)
