"""What the page "Know which writes send which model signals" (beyond/model-signals-in-depth.md)
says about Django, shown by Django 5.2 itself.

Its runnable examples already prove what they print (tests/course/test_exercises.py); these are
the page's other statements. The programs run under the course's Django harness (DEBUG on,
in-memory SQLite, models in an app called `app`), and under signals_core too, since the page's
examples stand on the same behaviour.
"""

from __future__ import annotations

import inspect

import pytest

from tools.program_runs import printed

PROGRAMS = {
    "which_writes_send_save_signals": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        class Product(models.Model):
            name = models.CharField(max_length=50)
            price = models.IntegerField(default=0)
        sent = []
        def count(sender, signal, **kwargs):
            sent.append("pre" if signal is pre_save else "post")
        pre_save.connect(count, sender=Product)
        post_save.connect(count, sender=Product)
        def signals_of(label, write):
            sent.clear()
            write()
            print(f"{label}: {sent}")
        lamp = Product(name="lamp")
        signals_of("save()", lamp.save)
        signals_of("create()", lambda: Product.objects.create(name="desk"))
        signals_of("get_or_create() creating", lambda: Product.objects.get_or_create(name="chair"))
        signals_of("get_or_create() finding", lambda: Product.objects.get_or_create(name="chair"))
        signals_of("update_or_create() updating",
                   lambda: Product.objects.update_or_create(name="chair", defaults={"price": 3}))
        signals_of("update_or_create() creating",
                   lambda: Product.objects.update_or_create(name="sofa", defaults={"price": 9}))
        signals_of("update()", lambda: Product.objects.update(price=1))
        signals_of("bulk_create()", lambda: Product.objects.bulk_create(
            [Product(name="shelf"), Product(name="rug")]))
        lamp.price = 5
        signals_of("bulk_update()", lambda: Product.objects.bulk_update([lamp], ["price"]))
    """,
    "delete_origin_is_the_queryset_or_the_instance": """
        from django.db import models
        from django.db.models.signals import post_delete, pre_delete
        class Author(models.Model):
            name = models.CharField(max_length=50)
        class Book(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE)
        seen = []
        def note(sender, signal, instance, origin, **kwargs):
            seen.append((signal is pre_delete, sender.__name__, origin))
        pre_delete.connect(note)
        post_delete.connect(note)
        ada = Author.objects.create(name="ada")
        Book.objects.create(author=ada)
        Book.objects.create(author=ada)
        ada.delete()
        print("instance.delete():", len(seen), "signals, origin is the instance:",
              all(origin is ada for _, _, origin in seen),
              "books signalled:", sum(name == "Book" for _, name, _ in seen))
        seen.clear()
        grace = Author.objects.create(name="grace")
        Book.objects.create(author=grace)
        authors = Author.objects.all()
        authors.delete()
        print("QuerySet.delete():", len(seen), "signals, origin is the queryset:",
              all(origin is authors for _, _, origin in seen))
    """,
    "a_delete_receiver_turns_off_fast_delete": """
        from django.db import models
        from django.db.models.deletion import Collector
        from django.db.models.signals import post_delete, post_init, pre_delete
        class Author(models.Model):
            name = models.CharField(max_length=50)
        class Book(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE)
        built = []
        def count(sender, **kwargs):
            built.append(sender)
        post_init.connect(count, sender=Book)
        def delete_an_author_with_two_books():
            author = Author.objects.create(name="a")
            Book.objects.create(author=author)
            Book.objects.create(author=author)
            built.clear()
            author.delete()
            return len(built)
        def ignore(sender, **kwargs):
            pass
        collector = Collector(using="default")
        print("no receiver: fast delete", collector.can_fast_delete(Book.objects.all()),
              "books built", delete_an_author_with_two_books())
        for signal in (pre_delete, post_delete):
            signal.connect(ignore, sender=Book)
            print(f"{signal is pre_delete and 'pre' or 'post'}_delete receiver: fast delete",
                  collector.can_fast_delete(Book.objects.all()),
                  "books built", delete_an_author_with_two_books())
            signal.disconnect(ignore, sender=Book)
    """,
    "m2m_changed_actions_and_pk_set": """
        from django.db import models
        from django.db.models.signals import m2m_changed, post_save
        class Tag(models.Model):
            name = models.CharField(max_length=30)
        class Article(models.Model):
            title = models.CharField(max_length=50)
            tags = models.ManyToManyField(Tag)
        sent = []
        def note(sender, action, pk_set, **kwargs):
            sent.append((action, sorted(pk_set) if pk_set is not None else None))
        def saved(sender, **kwargs):
            sent.append(("post_save", sender.__name__))
        m2m_changed.connect(note, sender=Article.tags.through)
        post_save.connect(saved)
        a, b, c = (Tag.objects.create(name=name) for name in "abc")
        post = Article.objects.create(title="x")
        def signals_of(label, change):
            sent.clear()
            change()
            print(f"{label}: {sent}")
        signals_of("add(a, b)", lambda: post.tags.add(a, b))
        signals_of("add(a), already linked", lambda: post.tags.add(a))
        signals_of("remove(c), not linked", lambda: post.tags.remove(c))
        signals_of("set([b, c])", lambda: post.tags.set([b, c]))
        signals_of("set([b, c]) again", lambda: post.tags.set([b, c]))
        signals_of("clear()", post.tags.clear)
    """,
    "m2m_changed_from_each_side": """
        from django.db import models
        from django.db.models.signals import m2m_changed
        class Tag(models.Model):
            name = models.CharField(max_length=30)
        class Article(models.Model):
            title = models.CharField(max_length=50)
            tags = models.ManyToManyField(Tag)
        def note(sender, instance, reverse, model, pk_set, action, **kwargs):
            if action == "post_add":
                print(f"sender {sender.__name__}, instance {type(instance).__name__}, "
                      f"reverse {reverse}, model {model.__name__}, pk_set {sorted(pk_set)}")
        m2m_changed.connect(note, sender=Article.tags.through)
        tag = Tag.objects.create(name="t")
        Article.objects.create(title="filler")
        post = Article.objects.create(title="x")
        post.tags.add(tag)
        post.tags.clear()
        tag.article_set.add(post)
    """,
    "senders_with_inheritance": """
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        class Article(models.Model):
            title = models.CharField(max_length=50)
        class Draft(Article):
            class Meta:
                proxy = True
        class Place(models.Model):
            name = models.CharField(max_length=50)
        class Restaurant(Place):
            pizza = models.BooleanField(default=False)
        class Stamped(models.Model):
            class Meta:
                abstract = True
        class Comment(Stamped):
            text = models.TextField()
        sent = []
        def note(sender, signal, **kwargs):
            sent.append(f"{signal is pre_save and 'pre' or 'post'}:{sender.__name__}")
        pre_save.connect(note)
        post_save.connect(note)
        for model in (Draft, Restaurant, Comment):
            sent.clear()
            model.objects.create()
            print(model.__name__, sent)
        print("rows in Place:", Place.objects.count())
        print("proxy's class is not its base:", Draft is not Article)
    """,
    "deleting_a_child_signals_its_parent_row_too": """
        from django.db import models
        from django.db.models.signals import post_delete, pre_delete
        class Place(models.Model):
            name = models.CharField(max_length=50)
        class Restaurant(Place):
            pizza = models.BooleanField(default=False)
        class Article(models.Model):
            title = models.CharField(max_length=50)
        class Draft(Article):
            class Meta:
                proxy = True
        def note(sender, signal, instance, **kwargs):
            print(f"{signal is pre_delete and 'pre' or 'post'}_delete sender={sender.__name__}",
                  f"instance={type(instance).__name__}")
        pre_delete.connect(note)
        post_delete.connect(note)
        Restaurant.objects.create(name="r").delete()
        Draft.objects.create(title="d").delete()
    """,
    "a_string_sender_is_resolved_when_the_model_is_registered": """
        from django.db import models
        from django.db.models.signals import post_save
        def heard(sender, **kwargs):
            print("heard", sender.__name__)
        post_save.connect(heard, sender="app.Invoice")
        print("connected before the model exists")
        class Invoice(models.Model):
            number = models.IntegerField(default=1)
        Invoice.objects.create()
    """,
    "loaddata_saves_raw_with_foreign_key_checks_put_off": """
        import json, tempfile
        from pathlib import Path
        from django.core.management import call_command
        from django.db import models
        from django.db.models.signals import post_save, pre_save
        class Author(models.Model):
            name = models.CharField(max_length=50)
        class Book(models.Model):
            title = models.CharField(max_length=50)
            author = models.ForeignKey(Author, on_delete=models.CASCADE)
        def note(sender, signal, raw, **kwargs):
            print(f"{signal is pre_save and 'pre' or 'post'}_save {sender.__name__} raw={raw}",
                  "authors:", Author.objects.count())
        pre_save.connect(note)
        post_save.connect(note)
        fixture = Path(tempfile.mkdtemp()) / "books.json"
        fixture.write_text(json.dumps([  # the book before its author
            {"model": "app.book", "pk": 1, "fields": {"title": "Notes", "author": 7}},
            {"model": "app.author", "pk": 7, "fields": {"name": "Ada"}},
        ]))
        call_command("loaddata", str(fixture), verbosity=0)
        print("loaded:", Book.objects.get(pk=1).author.name)
    """,
}
SAME_IN_THE_BROWSER = [name for name in PROGRAMS
                       if name not in ("a_delete_receiver_turns_off_fast_delete",
                                       "loaddata_saves_raw_with_foreign_key_checks_put_off")]


# Bulk writes


def test_only_writes_through_save_send_save_signals_and_bulk_writes_send_none(under_django):
    assert printed(under_django, "which_writes_send_save_signals") == (
        "save(): ['pre', 'post']\n"
        "create(): ['pre', 'post']\n"
        "get_or_create() creating: ['pre', 'post']\n"
        "get_or_create() finding: []\n"
        "update_or_create() updating: ['pre', 'post']\n"
        "update_or_create() creating: ['pre', 'post']\n"
        "update(): []\n"
        "bulk_create(): []\n"
        "bulk_update(): []\n"
    )


# Deletes


def test_deletes_signal_each_cascaded_object_with_the_instance_or_queryset_as_origin(under_django):
    assert printed(under_django, "delete_origin_is_the_queryset_or_the_instance") == (
        "instance.delete(): 6 signals, origin is the instance: True books signalled: 4\n"
        "QuerySet.delete(): 4 signals, origin is the queryset: True\n"
    )


def test_a_pre_or_post_delete_receiver_turns_off_fast_delete_so_each_row_is_read(under_django):
    assert printed(under_django, "a_delete_receiver_turns_off_fast_delete") == (
        "no receiver: fast delete True books built 0\n"
        "pre_delete receiver: fast delete False books built 2\n"
        "post_delete receiver: fast delete False books built 2\n"
    )


# m2m_changed


def test_m2m_changed_actions_and_pk_set_for_add_remove_set_and_clear_and_no_post_save(
    under_django,
):
    assert printed(under_django, "m2m_changed_actions_and_pk_set") == (
        "add(a, b): [('pre_add', [1, 2]), ('post_add', [1, 2])]\n"
        "add(a), already linked: [('pre_add', []), ('post_add', [])]\n"
        "remove(c), not linked: [('pre_remove', [3]), ('post_remove', [3])]\n"
        "set([b, c]): [('pre_remove', [1]), ('post_remove', [1]), ('pre_add', [3]), "
        "('post_add', [3])]\n"
        "set([b, c]) again: []\n"
        "clear(): [('pre_clear', None), ('post_clear', None)]\n"
    )


def test_m2m_changed_is_sent_by_the_through_model_and_reverse_swaps_instance_and_model(
    under_django,
):
    assert printed(under_django, "m2m_changed_from_each_side") == (
        "sender Article_tags, instance Article, reverse False, model Tag, pk_set [1]\n"
        "sender Article_tags, instance Tag, reverse True, model Article, pk_set [2]\n"
    )


# Senders


def test_proxy_child_and_concrete_models_are_their_own_senders_once_per_save(under_django):
    assert printed(under_django, "senders_with_inheritance") == (
        "Draft ['pre:Draft', 'post:Draft']\n"
        "Restaurant ['pre:Restaurant', 'post:Restaurant']\n"
        "Comment ['pre:Comment', 'post:Comment']\n"
        "rows in Place: 1\n"
        "proxy's class is not its base: True\n"
    )


def test_deleting_a_child_signals_both_rows_and_a_proxy_only_as_itself(under_django):
    assert printed(under_django, "deleting_a_child_signals_its_parent_row_too") == (
        "pre_delete sender=Restaurant instance=Restaurant\n"
        "pre_delete sender=Place instance=Place\n"
        "post_delete sender=Restaurant instance=Restaurant\n"
        "post_delete sender=Place instance=Place\n"
        "pre_delete sender=Draft instance=Draft\n"
        "post_delete sender=Draft instance=Draft\n"
    )


def test_a_string_sender_connects_before_the_model_exists(under_django):
    assert printed(under_django, "a_string_sender_is_resolved_when_the_model_is_registered") == (
        "connected before the model exists\nheard Invoice\n"
    )


# raw=True and fixtures


def test_loaddata_sends_raw_true_in_the_fixtures_order_before_related_rows_exist(under_django):
    assert printed(under_django, "loaddata_saves_raw_with_foreign_key_checks_put_off") == (
        "pre_save Book raw=True authors: 0\n"
        "post_save Book raw=True authors: 0\n"
        "pre_save Author raw=True authors: 0\n"
        "post_save Author raw=True authors: 1\n"
        "loaded: Ada\n"
    )


def test_loaddata_saves_each_object_with_save_base_raw_true_and_checks_keys_at_the_end():
    from django.core.management.commands import loaddata
    from django.core.serializers.base import DeserializedObject

    save = inspect.getsource(DeserializedObject.save)
    assert "models.Model.save_base(self.object, using=using, raw=True, **kwargs)" in save
    load = inspect.getsource(loaddata.Command.loaddata)
    assert "with connection.constraint_checks_disabled():" in load
    assert "connection.check_constraints(table_names=table_names)" in load


@pytest.mark.parametrize("name", SAME_IN_THE_BROWSER)
def test_the_page_behaves_as_django_does(name, under_django, under_signals_core):
    assert under_signals_core[name] == under_django[name]
