"""A fresh program on the page: reset() leaves signals_core as a new process finds it, and
set_aside()/put_back() let one program step aside while another runs."""

import pytest

from signals_core import Signal, models, reset, signals, transaction
from signals_core.apps import apps
from signals_core.cache import cache
from signals_core.celery_stand_in import shared_task, worker
from signals_core.django_compat import _mail_module
from signals_core.reset import put_back, set_aside
from signals_core.transaction import atomic, on_commit
from tools.program_runs import run_programs


@shared_task
def index_article(pk):
    return pk


def _leave_a_program_behind(ping: Signal, heard: list):
    """Do what a program does, and return its model (defined anew, as each run on a page does)."""
    class Article(models.Model):
        title = models.CharField(max_length=50)

    ping.connect(lambda sender, **kwargs: heard.append(sender), weak=False)
    signals.post_save.connect(lambda sender, **kwargs: heard.append("saved"), sender=Article, weak=False)
    Article.objects.create(title="first")
    _mail_module.outbox.append("an e-mail")
    cache.set("answer", 42)
    index_article.delay(1)
    return Article


def test_reset_leaves_every_signal_without_receivers_and_the_stores_empty():
    ping, heard = Signal(), []
    Article = _leave_a_program_behind(ping, heard)
    reset()
    assert not ping.has_listeners() and not signals.post_save.has_listeners(Article)
    assert Article.objects.count() == 0 and _mail_module.outbox == []
    assert cache.get("answer") is None and worker.pending() == []


def test_after_reset_a_new_model_numbers_its_rows_from_one():
    _leave_a_program_behind(Signal(), [])
    reset()

    class Note(models.Model):
        text = models.CharField(max_length=20)

    assert Note.objects.create(text="after").pk == 1


def test_signals_imported_before_a_reset_still_work_after_it():
    """As on the page: the program imports post_save through the django layer, the page resets
    between runs, and the same post_save object keeps working."""
    program = """
from django.db import models
from django.db.models.signals import post_save
import signals_core
before = post_save
signals_core.reset()
from django.db.models.signals import post_save
class Note(models.Model):
    text = models.CharField(max_length=20)
def announce(sender, instance, **kwargs):
    print("saved", instance.text)
post_save.connect(announce, sender=Note)
Note.objects.create(text="hi")
print(before is post_save)
"""
    assert run_programs("signals_core", {"program": program})["program"] == {
        "stdout": "saved hi\nTrue\n", "stderr": "", "error": None,
    }


def test_a_program_set_aside_comes_back_as_it_was_and_another_sees_none_of_it():
    ping, heard = Signal(), []
    Article = _leave_a_program_behind(ping, heard)
    with atomic():
        on_commit(lambda: heard.append("committed"))
        state = set_aside()
        assert not ping.has_listeners() and Article.objects.count() == 0
        assert _mail_module.outbox == [] and cache.get("answer") is None and worker.pending() == []
        put_back(state)
    assert heard == ["saved", "committed"]   # the open atomic block came back with its callback
    ping.send(sender="back")
    Article.objects.create(title="second")
    assert heard[-2:] == ["back", "saved"]
    assert [article.pk for article in Article.objects.all()] == [1, 2]
    assert _mail_module.outbox == ["an e-mail"] and cache.get("answer") == 42
    assert len(worker.pending()) == 1
    reset()


PAGE_APP = type("Meta", (), {"app_label": "app"})


def _leave_relations_and_lazy_senders_behind(heard: list):
    """A program, in the page's app, with a many-to-many and a sender waiting for a model it
    has not defined yet."""
    class Tag(models.Model):
        name = models.CharField(max_length=20)
        Meta = PAGE_APP

    class Post(models.Model):
        tags = models.ManyToManyField(Tag)
        Meta = PAGE_APP

    signals.post_save.connect(lambda sender, **kwargs: heard.append(sender.__name__),
                              sender="app.Later", weak=False)
    post = Post.objects.create()
    post.tags.add(Tag.objects.create(name="news"))
    return Post


def test_reset_forgets_models_links_pending_senders_and_the_open_transaction():
    heard = []
    _leave_relations_and_lazy_senders_behind(heard)
    block = transaction.atomic()
    block.__enter__()
    reset()
    with pytest.raises(LookupError):
        apps.get_model("app.Post")
    assert transaction.get_autocommit() and apps.get_models(include_auto_created=True) == []

    class Later(models.Model):
        Meta = PAGE_APP

    Later.objects.create()
    assert heard == []   # the waiting receiver went with the program that connected it
    reset()


def test_a_program_set_aside_keeps_its_links_pending_senders_and_open_block():
    heard = []
    Post = _leave_relations_and_lazy_senders_behind(heard)
    block = transaction.atomic()
    block.__enter__()
    Post.objects.create()
    state = set_aside()
    assert transaction.get_autocommit() and apps.get_models() == []

    class Later(models.Model):   # another program's model of the same name hears nothing
        Meta = PAGE_APP

    Later.objects.create()
    put_back(state)
    assert Post.objects.count() == 2 and transaction.get_rollback() is False
    try:
        block.__exit__(ValueError, ValueError("failed"), None)   # the block fails: rolled back
    finally:
        assert Post.objects.count() == 1
    assert [tag.name for tag in Post.objects.get().tags.all()] == ["news"]
    assert apps.get_model("app.Post") is Post and heard == []

    class Later(models.Model):   # noqa: F811 - this program's own, defined at last
        Meta = PAGE_APP

    Later.objects.create()
    assert heard == ["Later"]
    reset()
