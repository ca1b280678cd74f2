# --- PYODIDE:env --- #
from django.db import models
from django.dispatch import Signal, receiver

invoice_paid = Signal()  # sent with: invoice
thanked = []  # the numbers of the invoices whose customer was thanked


class CreditNote:
    """Another sender of invoice_paid: a credit note settles an invoice without a payment."""

    @classmethod
    def settle(cls, invoice):
        invoice_paid.send(sender=CreditNote, invoice=invoice)
# --- PYODIDE:code --- #
# Bug report: "Customers never get the thank-you message when they pay an invoice, and
# there is no error." The thank-you is meant for paid invoices only, not for credit notes.
# Fix it so that paying an invoice thanks its customer.

class Invoice(models.Model):
    number = models.CharField(max_length=20)
    paid = models.BooleanField(default=False)

    def mark_paid(self):
        self.paid = True
        self.save()
        invoice_paid.send(sender=self, invoice=self)


@receiver(invoice_paid, sender=Invoice)
def thank_customer(sender, invoice, **kwargs):
    thanked.append(invoice.number)


Invoice.objects.create(number="F-1").mark_paid()
print("thanked:", thanked)
# --- PYODIDE:corr --- #
class Invoice(models.Model):
    number = models.CharField(max_length=20)
    paid = models.BooleanField(default=False)

    def mark_paid(self):
        self.paid = True
        self.save()
        invoice_paid.send(sender=Invoice, invoice=self)


@receiver(invoice_paid, sender=Invoice)
def thank_customer(sender, invoice, **kwargs):
    thanked.append(invoice.number)


Invoice.objects.create(number="F-1").mark_paid()
print("thanked:", thanked)
# --- PYODIDE:tests --- #
assert thanked == ["F-1"], f"thanked is {thanked}"
# --- PYODIDE:secrets --- #
before = len(thanked)
Invoice.objects.create(number="F-2").mark_paid()
assert thanked[before:] == ["F-2"], (
    f"Paying invoice F-2 thanked {thanked[before:]}: mark_paid() must send invoice_paid with the "
    "sender the receiver listens to."
)
before = len(thanked)
CreditNote.settle(Invoice.objects.create(number="F-3"))
assert thanked[before:] == [], (
    "An invoice settled by a credit note was thanked like a paid one: keep thank_customer for "
    "sender=Invoice, "
    "and fix what mark_paid() sends instead."
)
