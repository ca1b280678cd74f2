# --- PYODIDE:code --- #
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)


@receiver(post_save, sender=Book)
def announce_book(sender, instance, created, raw, **kwargs):
    if raw:  # a fixture row, saved as it is: touch nothing else
        print(f"  raw save of book {instance.pk}: skipped")
        return
    if created:
        print(f"  new book by {instance.author.name}: {instance.title}")


print("a normal save:")
grace = Author.objects.create(name="Grace")
Book.objects.create(title="COBOL", author=grace)

# What loaddata does with each object of a fixture, in the fixture's order:
# here the book comes before its author.
print("loading a fixture:")
with transaction.atomic():
    Book(pk=10, title="Notes", author_id=7).save_base(raw=True)
    Author(pk=7, name="Ada").save_base(raw=True)

print(Book.objects.get(pk=10).author.name)
