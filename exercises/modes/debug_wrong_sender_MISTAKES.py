# --- MISTAKE: the check says "settled by a credit note was thanked" --- #
class Invoice(models.Model):
    number = models.CharField(max_length=20)
    paid = models.BooleanField(default=False)

    def mark_paid(self):
        self.paid = True
        self.save()
        invoice_paid.send(sender=self, invoice=self)


@receiver(invoice_paid)
def thank_customer(sender, invoice, **kwargs):
    thanked.append(invoice.number)


Invoice.objects.create(number="F-1").mark_paid()
print("thanked:", thanked)
