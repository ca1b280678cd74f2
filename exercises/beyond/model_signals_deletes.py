# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_delete, post_init, pre_delete


class Author(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)

    def __str__(self):
        return self.title


def add_author(name, *titles):
    author = Author.objects.create(name=name)
    for title in titles:
        Book.objects.create(title=title, author=author)
    return author


built = []  # every Book object Django builds, from a query or in code
post_init.connect(lambda sender, **kwargs: built.append(sender), sender=Book)

# 1. Nobody listens to deletes: the books go in one query, unread.
ada = add_author("Ada", "Notes", "Letters")
built.clear()
ada.delete()
print("no delete receiver, Book objects built:", len(built))


# 2. A delete receiver: Django now reads each cascaded row and tells it.
def show(sender, signal, instance, origin, **kwargs):
    name = "pre_delete" if signal is pre_delete else "post_delete"
    if isinstance(origin, models.QuerySet):
        origin = f"QuerySet of {origin.model.__name__}"
    print(f"  {name}: {sender.__name__} {instance} (origin: {origin!r})")


pre_delete.connect(show)
post_delete.connect(show)

grace = add_author("Grace", "Compilers", "COBOL")
print("grace.delete():")
grace.delete()

add_author("Alan", "Machines")
add_author("Edsger")
print("Author.objects.all().delete():")
print(Author.objects.all().delete())
