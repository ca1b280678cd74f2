"""The page's Django runs in Pyodide as in CPython, and as Django 5.2 itself: one program that
goes through querysets, bulk writes, a cascade, many-to-many changes, inheritance, a lazy
sender and a rolled-back transaction prints, in an IDE of the course, what it prints under
real Django. (Its lines are short: the terminal wraps long ones.)"""

import textwrap

import pytest

from tools.program_runs import printed, run_programs

pytestmark = pytest.mark.browser

PROGRAM = textwrap.dedent("""\
    from django.db import models, transaction
    from django.db.models import F, Q
    from django.db.models.signals import m2m_changed, post_delete, post_save

    heard = []
    post_save.connect(lambda sender, created, **kwargs: heard.append(("saved", sender.__name__, created)),
                      sender="app.Book", weak=False)
    class Author(models.Model):
        name = models.CharField(max_length=20)
    class Tag(models.Model):
        name = models.SlugField()
    class Book(models.Model):
        author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
        title = models.CharField(max_length=20)
        price = models.DecimalField(max_digits=6, decimal_places=2, default=0)
        tags = models.ManyToManyField(Tag)
        class Meta:
            ordering = ["title"]
    class Ebook(Book):
        size = models.PositiveIntegerField(default=1)
    post_delete.connect(lambda sender, instance, **kwargs: heard.append(("deleted", sender.__name__)),
                        weak=False)
    m2m_changed.connect(lambda sender, action, pk_set, **kwargs: heard.append((action, sorted(pk_set or []))),
                        sender=Book.tags.through, weak=False)
    ada = Author.objects.create(name="ada")
    Book.objects.bulk_create([Book(author=ada, title=t, price="1.5") for t in ["b", "a"]])
    print(Book.objects.filter(Q(title="a") | Q(price__gt=2)))
    print(Book.objects.update(price=F("price") * 2))
    book = ada.books.create(title="c")
    book.tags.add(Tag.objects.create(name="new"), Tag.objects.create(name="old"))
    book.tags.remove(1)
    print(list(Book.objects.values_list("title", flat=True)))
    print(Book.objects.get(title="a").price, Book.objects.filter(tags__name="old").count())
    Ebook.objects.create(author=ada, title="e")
    try:
        with transaction.atomic():
            Book.objects.filter(title="a").delete()
            raise ValueError("rolled back")
    except ValueError:
        pass
    print(Book.objects.count(), ada.delete()[0], Book.objects.count())
    print(*heard, sep="\\n")
""")


def test_a_program_using_the_whole_model_layer_prints_in_the_browser_what_django_prints(course):
    expected = printed(run_programs("django", {"program": PROGRAM}), "program").splitlines()
    course.open()
    editor = course.ide_ids()[0]
    course.set_code(editor, PROGRAM)
    lines = course.run(editor).splitlines()
    assert [line for line in lines if line not in ("Script started...", "Ended without error.")] \
        == expected
