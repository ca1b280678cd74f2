"""signals_core's model layer sends Django's model signals, with Django's arguments, at the
moments Django sends them: the same steps run on a signals_core model and a real Django model
(in an in-memory SQLite table) must produce the same sequence of signals."""

import pytest
from django.db import connection
from django.db import models as django_models
from django.db.models import signals as django_signals

from signals_core import models, reset
from signals_core import signals as core_signals

SIGNAL_NAMES = ["pre_init", "post_init", "pre_save", "post_save", "pre_delete", "post_delete"]


class DjangoArticle(django_models.Model):
    title = django_models.CharField(max_length=100, default="")
    views = django_models.IntegerField(default=0)

    class Meta:
        app_label = "signals_core_tests"


def make_core_article():
    """A fresh signals_core model (reset() forgets the models a program defined)."""
    class CoreArticle(models.Model):
        title = models.CharField(max_length=100, default="")
        views = models.IntegerField(default=0)
    return CoreArticle


@pytest.fixture(scope="module", autouse=True)
def django_table():
    with connection.schema_editor() as editor:
        editor.create_model(DjangoArticle)
    yield
    with connection.schema_editor() as editor:
        editor.delete_model(DjangoArticle)


def shown(name, value):
    """A signal argument in a form comparable across the two model layers."""
    if name == "instance":
        return "instance"
    if name == "origin":
        return "the instance" if hasattr(value, "_meta") else value
    return value


def record_signals(signal_module, sender):
    """Connect a recorder to each model signal; return the list it fills and a disconnector."""
    sent = []

    def make(name):
        def recorder(sender, **kwargs):
            kwargs.pop("signal")
            sent.append((name, {key: shown(key, value) for key, value in kwargs.items()}))
        return recorder

    recorders = {name: make(name) for name in SIGNAL_NAMES}
    for name, recorder in recorders.items():
        getattr(signal_module, name).connect(recorder, sender=sender)

    def disconnect():
        for name, recorder in recorders.items():
            getattr(signal_module, name).disconnect(recorder, sender=sender)

    return sent, disconnect


def lifecycle(model):
    """create, change one field with update_fields, delete: what lessons do with models."""
    article = model.objects.create(title="Hello")
    article.views = 3
    article.save(update_fields=["views"])
    found = model.objects.get(pk=article.pk)
    found.delete()
    return article


def test_a_model_lifecycle_sends_djangos_signals_with_djangos_arguments():
    CoreArticle = make_core_article()
    core_sent, core_done = record_signals(core_signals, CoreArticle)
    django_sent, django_done = record_signals(django_signals, DjangoArticle)
    try:
        lifecycle(CoreArticle)
        lifecycle(DjangoArticle)
    finally:
        core_done()
        django_done()
    assert [name for name, _ in core_sent] == [name for name, _ in django_sent]
    assert core_sent == django_sent


def test_save_numbers_new_rows_and_reports_created_only_the_first_time():
    reset()
    CoreArticle = make_core_article()
    first, second = CoreArticle.objects.create(title="a"), CoreArticle(title="b")
    second.save()
    created = []
    core_signals.post_save.connect(lambda sender, **kwargs: created.append(kwargs["created"]),
                                   sender=CoreArticle, weak=False)
    first.save()
    assert (first.pk, second.pk, created) == (1, 2, [False])
    reset()


def test_the_manager_finds_rows_and_says_when_there_are_none_or_several():
    reset()
    CoreArticle = make_core_article()
    CoreArticle.objects.create(title="same")
    CoreArticle.objects.create(title="same")
    assert [a.pk for a in CoreArticle.objects.filter(title="same")] == [1, 2]
    assert CoreArticle.objects.count() == 2 and CoreArticle.objects.all()[0].title == "same"
    with pytest.raises(CoreArticle.DoesNotExist, match="CoreArticle matching query does not exist."):
        CoreArticle.objects.get(title="other")
    with pytest.raises(CoreArticle.MultipleObjectsReturned, match="returned 2!"):
        CoreArticle.objects.get(title="same")
    reset()


def test_each_model_has_its_own_manager():
    reset()
    CoreArticle = make_core_article()

    class Comment(models.Model):
        text = models.CharField(max_length=10)

    articles, comments = CoreArticle.objects, Comment.objects
    CoreArticle.objects.create(title="kept apart")
    assert articles.count() == 1 and comments.count() == 0
    reset()


@pytest.mark.parametrize("make_model", [make_core_article, lambda: DjangoArticle])
def test_get_builds_a_new_instance_and_update_fields_saves_only_those_fields(make_model):
    reset()
    model = make_model()
    article = model.objects.create(title="draft", views=1)
    article.title, article.views = "final", 2
    article.save(update_fields=["views"])
    found = model.objects.get(pk=article.pk)
    assert found is not article and found == article
    assert (found.title, found.views) == ("draft", 2)
    article.refresh_from_db()
    assert article.title == "draft"
    article.delete()
    reset()


@pytest.mark.parametrize("make_model", [make_core_article, lambda: DjangoArticle])
def test_an_unsaved_instance_cannot_be_hashed(make_model):
    with pytest.raises(TypeError, match="without primary key value are unhashable"):
        hash(make_model()(title="unsaved"))
