"""A tiny in-memory model layer that sends Django's model signals with Django's arguments."""

from __future__ import annotations

from . import signals

CASCADE = PROTECT = SET_NULL = DO_NOTHING = object()
_model_classes: list[type] = []


class Field:
    def __init__(self, *args, default=None, **options):
        self.default = default

    def initial(self):
        return self.default() if callable(self.default) else self.default


class CharField(Field):
    pass


class TextField(Field):
    pass


class EmailField(CharField):
    pass


class IntegerField(Field):
    pass


class DecimalField(Field):
    pass


class DateTimeField(Field):
    pass


class BooleanField(Field):
    pass


class ForeignKey(Field):
    def __init__(self, to=None, on_delete=None, **options):
        super().__init__(**options)


class DoesNotExist(Exception):
    pass


class MultipleObjectsReturned(Exception):
    pass


class Manager:
    """`Model.objects`: create/get/all/filter over the class's in-memory rows.

    As in Django, each query builds new instances from the stored rows (so pre_init and
    post_init are sent, and `get()` never returns the very object that was saved)."""

    def __init__(self, model=None):
        self.model = model

    def __get__(self, instance, owner):
        return Manager(owner)  # one per model class, as each Django model has its own

    def all(self):
        return [self.model.from_db(pk, row) for pk, row in self.model._rows.items()]

    def filter(self, **lookups):
        return [instance for instance in self.all()
                if all(getattr(instance, key) == value for key, value in lookups.items())]

    def get(self, **lookups):
        found = self.filter(**lookups)
        if not found:
            raise self.model.DoesNotExist(f"{self.model.__name__} matching query does not exist.")
        if len(found) > 1:
            raise self.model.MultipleObjectsReturned(
                f"get() returned more than one {self.model.__name__} -- it returned {len(found)}!")
        return found[0]

    def create(self, **values):
        instance = self.model(**values)
        instance.save(force_insert=True)
        return instance

    def count(self):
        return len(self.model._rows)

    def exists(self):
        return bool(self.model._rows)

    def first(self):
        found = self.all()
        return found[0] if found else None


def _app_label(module: str) -> str:
    # Code on a page runs as __main__; the Django runs in the tests use an app called "app".
    return "app" if module == "__main__" else module.split(".")[0]


class _Meta:
    def __init__(self, model):
        self.app_label = _app_label(model.__module__)
        self.model_name = model.__name__.lower()
        self.label = f"{self.app_label}.{model.__name__}"


class ModelBase(type):
    def __new__(mcs, name, bases, attrs):
        cls = super().__new__(mcs, name, bases, attrs)
        if attrs.get("__module__") == __name__:
            return cls
        cls._fields = {key: value for base in reversed(cls.__mro__)
                       for key, value in vars(base).items() if isinstance(value, Field)}
        cls._rows, cls._next_pk = {}, 1
        cls._meta = _Meta(cls)
        cls.DoesNotExist = type("DoesNotExist", (DoesNotExist,), {"__module__": cls.__module__})
        cls.MultipleObjectsReturned = type("MultipleObjectsReturned", (MultipleObjectsReturned,),
                                           {"__module__": cls.__module__})
        _model_classes.append(cls)
        signals.class_prepared.send(sender=cls)
        return cls


class Model(metaclass=ModelBase):
    objects = Manager()

    def __init__(self, *args, **kwargs):
        """Values by keyword, or by position in Django's field order: id, then the fields."""
        cls = type(self)
        signals.pre_init.send(sender=cls, args=args, kwargs=kwargs)
        names = ["id", *cls._fields]
        if len(args) > len(names):
            raise IndexError("Number of args exceeds number of fields")
        values = dict(zip(names, args))
        self.pk = self.id = values.get("id", kwargs.pop("id", kwargs.pop("pk", None)))
        for name, field in cls._fields.items():
            setattr(self, name, values[name] if name in values else kwargs.pop(name, field.initial()))
        if kwargs:
            raise TypeError(f"{cls.__name__}() got unexpected keyword arguments: "
                            f"{', '.join(repr(k) for k in kwargs)}")
        signals.post_init.send(sender=cls, instance=self)

    @classmethod
    def from_db(cls, pk, row):
        return cls(pk, *(row[name] for name in cls._fields))

    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        cls = type(self)
        update_fields = frozenset(update_fields) if update_fields is not None else None
        using = using or "default"
        signals.pre_save.send(sender=cls, instance=self, raw=False, using=using,
                              update_fields=update_fields)
        created = self.pk is None or self.pk not in cls._rows
        if self.pk is None:
            self.pk = self.id = cls._next_pk
        cls._next_pk = max(cls._next_pk, self.pk + 1)
        row = cls._rows.setdefault(self.pk, {})
        row.update({name: getattr(self, name) for name in cls._fields
                    if update_fields is None or name in update_fields})
        signals.post_save.send(sender=cls, instance=self, created=created,
                               update_fields=update_fields, raw=False, using=using)

    def delete(self, using=None):
        cls = type(self)
        using = using or "default"
        signals.pre_delete.send(sender=cls, instance=self, using=using, origin=self)
        cls._rows.pop(self.pk, None)
        signals.post_delete.send(sender=cls, instance=self, using=using, origin=self)
        self.pk = self.id = None
        return 1, {cls._meta.label: 1}

    def refresh_from_db(self):
        """Reload the field values saved for this row (no signals, as in Django)."""
        for name, value in type(self)._rows[self.pk].items():
            setattr(self, name, value)

    def __str__(self):
        return f"{type(self).__name__} object ({self.pk})"

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"

    def __eq__(self, other):
        return type(self) is type(other) and self.pk is not None and self.pk == other.pk

    def __hash__(self):
        if self.pk is None:
            raise TypeError("Model instances without primary key value are unhashable")
        return hash(self.pk)


def forget_models():
    """Empty every model's rows, restart pk numbering and forget learner-defined models."""
    for cls in _model_classes:
        cls._rows.clear()
        cls._next_pk = 1
    _model_classes.clear()
