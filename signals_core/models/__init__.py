"""The page's `django.db.models`: Django 5.2's model layer, as far as signals are concerned,
over rows kept in Python dicts (signals_core.database).

One module per job, as Django's own: base (defining and saving models), options (`_meta`),
fields, related and related_descriptors (relations and their managers), manager and query
(querysets), lookups (filters, Q, F), rows (reading and writing a model's rows), deletion
(the Collector and on_delete). What Django has and this layer leaves out raises
NotImplementedError with a line saying so.
"""

from ..exceptions import FieldDoesNotExist, ObjectDoesNotExist, not_on_this_page
from .. import signals
from .base import Model, ModelBase
from .deletion import (CASCADE, DO_NOTHING, PROTECT, RESTRICT, SET, SET_DEFAULT, SET_NULL,
                       ProtectedError, RestrictedError)
from .enums import Choices, IntegerChoices, TextChoices
from .fields import (DEFERRED, NOT_PROVIDED, AutoField, BigAutoField, BigIntegerField,
                     BooleanField, CharField, DateField, DateTimeField, DecimalField,
                     DurationField, EmailField, Field, FloatField, IntegerField, JSONField,
                     PositiveBigIntegerField, PositiveIntegerField, PositiveSmallIntegerField,
                     SlugField, SmallAutoField, SmallIntegerField, TextField, TimeField,
                     URLField, UUIDField)
from .expressions import CombinedExpression, Expression, F, OrderBy, Value
from .lookups import Q
from .manager import BaseManager, Manager
from .query import QuerySet
from .related import (ForeignKey, ForeignObjectRel, ManyToManyField, ManyToManyRel,
                      ManyToOneRel, OneToOneField, OneToOneRel)

BLANK_CHOICE_DASH = [("", "---------")]

# Names of django.db.models this page's Django does not have, and why.
NOT_HERE = {
    **{name: "is computed in SQL" for name in (
        "Count", "Sum", "Avg", "Min", "Max", "StdDev", "Variance", "Subquery", "OuterRef",
        "Exists", "Case", "When", "Func", "ExpressionWrapper", "ExpressionList", "Window",
        "WindowFrame", "WindowFrameExclusion", "RowRange", "ValueRange", "RawSQL", "Aggregate",
        "Lookup", "Transform")},
    **{name: "is a database constraint or index" for name in (
        "UniqueConstraint", "CheckConstraint", "BaseConstraint", "Deferrable", "Index")},
    **{name: "is a field Django keeps only for old migrations" for name in (
        "CommaSeparatedIntegerField", "IPAddressField", "NullBooleanField")},
    "CompositePrimaryKey": "needs a real database",
    "ForeignObject": "is not a field of this page's Django (use ForeignKey)",
    "OrderWrt": "is not part of this page's Django (order_with_respect_to)",
    "prefetch_related_objects": "is not needed here: related objects are read when accessed",
    **{name: "stores files" for name in ("FileField", "ImageField", "FilePathField")},
    "GeneratedField": "is computed by a real database",
    "GenericIPAddressField": "is not a field of this page's Django",
    "BinaryField": "is not a field of this page's Django",
    "Prefetch": "is for prefetch_related(), which reads related rows when accessed here",
    "FilteredRelation": "is computed in SQL",
}


def __getattr__(name):
    if name in NOT_HERE:
        raise not_on_this_page(f"models.{name}", NOT_HERE[name])
    raise AttributeError(f"module 'django.db.models' has no attribute '{name}'")


__all__ = [
    "Model", "ModelBase", "Manager", "BaseManager", "QuerySet", "Q", "F", "Value", "Expression",
    "CombinedExpression", "OrderBy", "Field", "ForeignObjectRel", "ManyToOneRel", "OneToOneRel",
    "ManyToManyRel", "BLANK_CHOICE_DASH",
    "AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField",
    "SmallIntegerField", "PositiveIntegerField", "PositiveBigIntegerField",
    "PositiveSmallIntegerField", "FloatField", "DecimalField", "BooleanField", "CharField",
    "TextField", "EmailField", "SlugField", "URLField", "DateField", "DateTimeField",
    "TimeField", "DurationField", "JSONField", "UUIDField", "ForeignKey", "OneToOneField",
    "ManyToManyField", "CASCADE", "PROTECT", "RESTRICT", "SET", "SET_NULL", "SET_DEFAULT",
    "DO_NOTHING", "ProtectedError", "RestrictedError", "Choices", "IntegerChoices",
    "TextChoices", "ObjectDoesNotExist", "FieldDoesNotExist", "NOT_PROVIDED", "DEFERRED",
    "signals",
]
