"""Model fields: each is a column of its model's table, with Django's options and defaults.

As in Django, a field class attribute becomes a DeferredAttribute: the value lives in the
instance's `__dict__`, and a field left out by only()/defer() is loaded from the database on
first access (which builds an instance, as refresh_from_db() does). A value is converted to
the field's type when it is written (`get_prep_value`), so what a query returns has the type
Django's database would give back (an int, a Decimal with the field's places, a fresh copy of
a JSON value...), while the instance that was saved keeps what was assigned to it.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import json
import uuid
from functools import partialmethod

from ..exceptions import ValidationError, not_on_this_page


class NOT_PROVIDED:
    pass


class Deferred:
    def __repr__(self):
        return "<Deferred field>"

    __str__ = __repr__


DEFERRED = Deferred()

LOOKUPS = ("exact", "iexact", "gt", "gte", "lt", "lte", "in", "contains", "icontains",
           "startswith", "istartswith", "endswith", "iendswith", "range", "isnull", "regex",
           "iregex")


class DeferredAttribute:
    """The class attribute of a field: reads the instance's value, loading it if deferred."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        data = instance.__dict__
        attname = self.field.attname
        if attname not in data:
            instance.refresh_from_db(fields=[attname])
        return data[attname]


class Field:
    """A column of a model's table (Django's django.db.models.Field)."""

    empty_strings_allowed = True
    is_relation = False
    many_to_many = many_to_one = one_to_many = one_to_one = None
    remote_field = None
    generated = False
    hidden = False
    auto_created = False
    descriptor_class = DeferredAttribute
    django_module = "django.db.models.fields"   # where Django defines it, for repr()
    # Django's own counters: fields sort in the order they were written, auto-created first.
    creation_counter = 0
    auto_creation_counter = -1

    def __init__(self, verbose_name=None, name=None, primary_key=False, max_length=None,
                 unique=False, blank=False, null=False, db_index=False, rel=None,
                 default=NOT_PROVIDED, editable=True, serialize=True, unique_for_date=None,
                 unique_for_month=None, unique_for_year=None, choices=None, help_text="",
                 db_column=None, db_tablespace=None, auto_created=False, validators=(),
                 error_messages=None, db_comment=None, db_default=NOT_PROVIDED):
        if db_default is not NOT_PROVIDED:
            raise not_on_this_page("db_default", "is computed by a real database")
        self.name = name
        self.verbose_name = verbose_name
        self.primary_key = primary_key
        self.max_length = max_length
        self._unique = unique
        self.blank, self.null = blank, null
        self.db_index = db_index
        self.default = default
        self.editable = editable
        self.choices = _normalized_choices(choices)
        self.help_text = help_text
        self.db_column = db_column
        self.auto_created = auto_created
        self.validators = list(validators)
        self.model = None
        if auto_created:
            self.creation_counter = Field.auto_creation_counter
            Field.auto_creation_counter -= 1
        else:
            self.creation_counter = Field.creation_counter
            Field.creation_counter += 1

    @property
    def unique(self):
        return self._unique or self.primary_key

    def set_attributes_from_name(self, name):
        self.name = self.name or name
        self.attname = self.get_attname()
        self.column = self.db_column or self.attname
        self.concrete = self.column is not None
        if self.verbose_name is None and self.name:
            self.verbose_name = self.name.replace("_", " ")

    def get_attname(self):
        return self.name

    def contribute_to_class(self, cls, name):
        self.set_attributes_from_name(name)
        self.model = cls
        cls._meta.add_field(self)
        setattr(cls, self.attname, self.descriptor_class(self))
        if self.choices is not None and f"get_{self.name}_display" not in cls.__dict__:
            setattr(cls, f"get_{self.name}_display",
                    partialmethod(cls._get_FIELD_display, field=self))

    def clone(self):
        """A copy for a model that inherits this field from an abstract model."""
        return copy.copy(self)

    def has_default(self):
        return self.default is not NOT_PROVIDED

    def get_default(self):
        if self.has_default():
            return self.default() if callable(self.default) else self.default
        if not self.empty_strings_allowed or self.null:
            return None
        return ""

    def get_pk_value_on_save(self, instance):
        """A primary key's value for a new row, before the database gives one."""
        return self.get_default() if self.has_default() else None

    def pre_save(self, model_instance, add):
        """The value to write for `model_instance` (auto_now fields set it here)."""
        return getattr(model_instance, self.attname)

    def get_prep_value(self, value):
        """`value` as the database keeps it (and as a query returns it)."""
        return value

    def value_from_object(self, obj):
        return getattr(obj, self.attname)

    def get_lookups(self):
        return LOOKUPS

    @property
    def flatchoices(self):
        flat = []
        for value, label in self.choices or ():
            flat.extend(label if isinstance(label, (list, tuple)) else [(value, label)])
        return flat

    def __str__(self):
        if self.model is None:
            return super().__str__()
        return f"{self.model._meta.label}.{self.name}"

    def __repr__(self):
        path = f"{self.django_module}.{type(self).__qualname__}"
        return f"<{path}: {self.name}>" if self.name is not None else f"<{path}>"

    def __lt__(self, other):
        return self.creation_counter < other.creation_counter


def _normalized_choices(choices):
    if choices is None:
        return None
    if isinstance(choices, type) and hasattr(choices, "choices"):   # a Choices enum
        return list(choices.choices)
    if callable(choices):
        choices = choices()
    if isinstance(choices, dict):
        choices = choices.items()
    return [(value, _normalized_choices(label) if isinstance(label, (list, tuple, dict))
             else label) for value, label in choices]


def _number(field, value, convert):
    """`value` converted by `convert` (int, float), with Django's message if it cannot be."""
    if value is None:
        return value
    try:
        return convert(value)
    except (TypeError, ValueError) as error:
        raise type(error)(f"Field '{field.name}' expected a number but got {value!r}.") from error


class AutoField(Field):
    empty_strings_allowed = False
    auto_increments = True

    def __init__(self, *args, **kwargs):
        kwargs["blank"] = True
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        return IntegerField.get_prep_value(self, value)


class BigAutoField(AutoField):
    pass


class SmallAutoField(AutoField):
    pass


class IntegerField(Field):
    empty_strings_allowed = False

    def get_prep_value(self, value):
        return value if type(value) is int else _number(self, value, int)


class BigIntegerField(IntegerField):
    pass


class SmallIntegerField(IntegerField):
    pass


class PositiveIntegerField(IntegerField):
    pass


class PositiveBigIntegerField(IntegerField):
    pass


class PositiveSmallIntegerField(IntegerField):
    pass


class FloatField(Field):
    empty_strings_allowed = False

    def get_prep_value(self, value):
        return _number(self, value, float)


class DecimalField(Field):
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, max_digits=None, decimal_places=None,
                 **kwargs):
        self.max_digits, self.decimal_places = max_digits, decimal_places
        super().__init__(verbose_name, name, **kwargs)

    def get_prep_value(self, value):
        if value is None:
            return value
        try:
            number = decimal.Decimal(repr(value) if isinstance(value, float) else value)
        except (decimal.InvalidOperation, TypeError, ValueError):
            raise ValidationError(f"“{value}” value must be a decimal number.") from None
        if self.decimal_places is None:
            return number
        return number.quantize(decimal.Decimal(1).scaleb(-self.decimal_places))


class BooleanField(Field):
    empty_strings_allowed = False

    def get_prep_value(self, value):
        if value is None or value in (True, False):
            return None if value is None else bool(value)
        if value in ("t", "True", "1"):
            return True
        if value in ("f", "False", "0"):
            return False
        raise ValidationError(f"“{value}” value must be either True or False.")


class CharField(Field):
    def get_prep_value(self, value):
        return value if value is None or type(value) is str else str(value)


class TextField(CharField):
    pass


class EmailField(CharField):
    pass


class SlugField(CharField):
    pass


class URLField(CharField):
    pass


class DateField(Field):
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, auto_now=False, auto_now_add=False,
                 **kwargs):
        self.auto_now, self.auto_now_add = auto_now, auto_now_add
        if auto_now or auto_now_add:
            kwargs["editable"] = False
            kwargs["blank"] = True
        super().__init__(verbose_name, name, **kwargs)

    def now(self):
        return datetime.date.today()

    def pre_save(self, model_instance, add):
        if self.auto_now or (self.auto_now_add and add):
            value = self.now()
            setattr(model_instance, self.attname, value)
            return value
        return super().pre_save(model_instance, add)

    def get_prep_value(self, value):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, str):
            return datetime.date.fromisoformat(value)
        return value


class DateTimeField(DateField):
    def now(self):
        return datetime.datetime.now(datetime.timezone.utc)

    def get_prep_value(self, value):
        if isinstance(value, str):
            return datetime.datetime.fromisoformat(value)
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return datetime.datetime(value.year, value.month, value.day)
        return value


class TimeField(Field):
    empty_strings_allowed = False


class DurationField(Field):
    empty_strings_allowed = False


class JSONField(Field):
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, encoder=None, decoder=None, **kwargs):
        self.encoder, self.decoder = encoder, decoder
        super().__init__(verbose_name, name, **kwargs)

    def get_prep_value(self, value):
        """The database keeps JSON text: what comes back is a copy, as in Django."""
        if value is None:
            return value
        return json.loads(json.dumps(value, cls=self.encoder), cls=self.decoder)


class UUIDField(Field):
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, **kwargs):
        kwargs.setdefault("max_length", 32)
        super().__init__(verbose_name, **kwargs)

    def get_prep_value(self, value):
        if value is None or isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(int=value) if isinstance(value, int) else uuid.UUID(value)
