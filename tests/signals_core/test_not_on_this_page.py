"""What Django has and the page's Django does not says so in one line, in the learner's terms:
a NotImplementedError (or, for a module, a ModuleNotFoundError) naming what is missing, never
an AttributeError from inside signals_core."""

import inspect

from django.db import models as django_models

from signals_core import models
from tools.program_runs import printed, run_snippets

CALLS = """
    from django.db import models, transaction
    class Order(models.Model):
        total = models.IntegerField(default=0)
    attempts = [
        lambda: Order.objects.raw("SELECT * FROM app_order"),
        lambda: Order.objects.annotate(n=1),
        lambda: Order.objects.aggregate(total=1),
        lambda: Order.objects.select_for_update(),
        lambda: Order.objects.using("replica"),
        lambda: Order.objects.extra(where=["1"]),
        lambda: Order.objects.all().union(Order.objects.all()),
        lambda: Order.objects.all().query,
        lambda: Order.objects.distinct("total"),
        lambda: Order.objects.create().full_clean(),
        lambda: transaction.atomic(using="replica"),
        lambda: transaction.savepoint(),
        lambda: models.Count("total"),
    ]
    for attempt in attempts:
        try:
            attempt()
        except NotImplementedError as error:
            print(f"NotImplementedError: {error}")
    for statement in ["from django.db.models import Sum", "import django.contrib.admin",
                      "from django.db.models.functions import Lower"]:
        try:
            exec(statement)
        except (NotImplementedError, ImportError) as error:
            print(f"{type(error).__name__}: {error}")
"""


HAS_ONLY = ("this page's Django has only django.dispatch, django.db (models, transaction), "
            "django.apps, django.core (signals, mail, cache, exceptions, management), "
            "django.conf, django.test (test cases, override_settings, Client, signals), "
            "django.contrib.auth, django.contrib.sessions.backends.cache, django.utils.timezone, "
            "and stand-ins for django.http and django.urls")


def test_what_the_page_leaves_out_says_so_in_one_line():
    assert printed(run_snippets("signals_core", {"calls": CALLS}), "calls").splitlines() == [
        "NotImplementedError: raw() runs SQL; this page's Django keeps rows in memory",
        "NotImplementedError: annotate() needs SQL; this page's Django keeps rows in memory",
        "NotImplementedError: aggregate() needs SQL; this page's Django keeps rows in memory",
        "NotImplementedError: select_for_update() needs a real database; this page's Django "
        "keeps rows in memory",
        "NotImplementedError: using('replica') needs a second database; this page's Django "
        "keeps rows in memory",
        "NotImplementedError: extra() needs SQL; this page's Django keeps rows in memory",
        "NotImplementedError: union() needs SQL; this page's Django keeps rows in memory",
        "NotImplementedError: QuerySet.query is SQL; this page's Django keeps rows in memory",
        "NotImplementedError: distinct() with field names needs PostgreSQL; this page's Django "
        "keeps rows in memory",
        "NotImplementedError: full_clean() runs Django's validation, which this page's Django "
        "leaves out",
        "NotImplementedError: using='replica' needs a second database; this page's Django keeps "
        "rows in memory",
        "NotImplementedError: transaction.savepoint() manages a real database connection by "
        "hand (use atomic() blocks, which nest as savepoints); this page's Django keeps rows "
        "in memory",
        "NotImplementedError: models.Count is computed in SQL; this page's Django keeps rows in "
        "memory",
        "NotImplementedError: models.Sum is computed in SQL; this page's Django keeps rows in "
        "memory",
        f"ModuleNotFoundError: No module named 'django.contrib.admin': {HAS_ONLY}",
        f"ModuleNotFoundError: No module named 'django.db.models.functions': {HAS_ONLY}",
    ]


def _public_names(cls):
    return {name for name, _ in inspect.getmembers(cls) if not name.startswith("_")}


def test_every_public_name_of_djangos_queryset_manager_and_model_exists_here():
    """So that code written for Django gets Django's result or a NotImplementedError."""
    pairs = [(django_models.QuerySet, models.QuerySet), (django_models.Manager, models.Manager),
             (django_models.Model, models.Model)]
    assert [sorted(_public_names(theirs) - _public_names(ours)) for theirs, ours in pairs] == [
        [], [], []]


def test_a_proxy_model_with_fields_fails_when_defined_as_djangos_system_check_says():
    result = run_snippets("signals_core", {"proxy": """
        from django.db import models
        class Order(models.Model):
            pass
        class Rush(Order):
            speed = models.IntegerField()
            class Meta:
                proxy = True
    """})
    assert result["proxy"]["error"] == "FieldError: Proxy model 'Rush' contains model fields."
