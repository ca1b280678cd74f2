"""QuerySet: lazy and chainable, as django/db/models/query.py.

Building a queryset reads nothing; evaluating it (iteration, len(), bool(), repr(), an index)
reads the rows once and keeps the results, building one instance per row (so pre_init and
post_init are sent then, for each). A query's conditions and order are Q objects and lookups
(lookups.py) over the rows' records (rows.py); its writes are in writes.py.
"""

from __future__ import annotations

import random
from collections import namedtuple

from .. import database
from ..exceptions import not_on_this_page, not_on_this_page_method
from . import rows
from .lookups import Q, compile_filter, compile_order, compile_q
from .paths import LOOKUP_SEP, resolve_path
from .writes import WriteMethods

DB = database.DEFAULT_DB_ALIAS
MAX_GET_RESULTS = 21
REPR_OUTPUT_SIZE = 20

NOT_ON_THIS_PAGE = {
    "annotate": "needs SQL", "alias": "needs SQL", "aggregate": "needs SQL",
    "extra": "needs SQL", "raw": "runs SQL", "select_for_update": "needs a real database",
    "union": "needs SQL", "intersection": "needs SQL", "difference": "needs SQL",
    "dates": "needs SQL", "datetimes": "needs SQL", "explain": "explains SQL",
    "complex_filter": "needs SQL", "aaggregate": "needs SQL", "aexplain": "explains SQL",
    "resolve_expression": "(a queryset inside an expression) needs SQL",
}
ASYNC_METHODS = {"aget", "acreate", "aget_or_create", "aupdate_or_create", "abulk_create",
                 "abulk_update", "acount", "ain_bulk", "aexists", "acontains", "afirst", "alast",
                 "alatest", "aearliest", "aupdate", "adelete"}


class QuerySet(WriteMethods):
    """A query over one model's rows; nothing is read until it is evaluated."""

    def __init__(self, model=None, query=None, using=None, hints=None):
        database.check_alias(using, f"using({using!r})")
        self.model = model
        self._hints = hints or {}
        self._where = []              # Q objects, all of which must hold
        self._order_by = ()
        self._default_ordering = True  # Meta.ordering applies until order_by() says otherwise
        self._standard_ordering = True
        self._low, self._high = 0, None
        self._fields = None            # the names given to values() / values_list()
        self._iterable = "models"      # or values, values_list, flat, named
        self._deferred = (frozenset(), True)
        self._distinct = False
        self._empty = False
        self._known_related_objects = {}   # {field: {pk: instance}}: a related manager's own
        self._result_cache = None

    def __class_getitem__(cls, *args, **kwargs):
        return cls

    @classmethod
    def as_manager(cls):
        from .manager import Manager

        return Manager.from_queryset(cls)()

    as_manager.queryset_only = True

    def _chain(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._where = list(self._where)
        clone._result_cache = None
        return clone

    @property
    def db(self):
        return DB

    @property
    def query(self):
        raise not_on_this_page("QuerySet.query", "is SQL")

    @property
    def is_sliced(self):
        return self._low != 0 or self._high is not None

    @property
    def ordered(self):
        if self._empty or self._order_by:
            return True
        return bool(self._default_ordering and self.model._meta.ordering)

    # Evaluation

    def _records(self):
        """The records this query's conditions select, in its order (not sliced)."""
        if self._empty:
            return []
        found = rows.records(self.model)
        if self._where:
            found = compile_filter(self.model, Q(*self._where))(found)
        else:
            found = list(found)
        self._sort(found)
        return found

    def _selected(self):
        """What this query gives before instances are built: its records, or for values()
        and values_list() its values (made distinct), sliced."""
        found = self._records()
        if self._iterable != "models":
            found = self._values_of(found)
        return found[self._low:self._high]

    def _ordering_names(self):
        names = self._order_by or (self.model._meta.ordering if self._default_ordering else ())
        expanded = []
        for name in names:
            if isinstance(name, str) and name != "?":
                expanded += _with_related_ordering(self.model, name)
            else:
                expanded.append(name)
        return expanded

    def _sort(self, found):
        names = self._ordering_names()
        if "?" in names:
            random.shuffle(found)
            return
        for name in reversed(names):
            key, descending = compile_order(self.model, name)
            descending = descending != (not self._standard_ordering)
            found.sort(key=lambda record: _nulls_first(key(record)), reverse=descending)

    def _loaded_attnames(self):
        """The attnames only()/defer() leave loaded, or None when every field is."""
        names, defer = self._deferred
        if not names and defer:
            return None
        opts = self.model._meta
        named = {opts.pk.attname if name == "pk" else opts.get_field(name).attname
                 for name in names}
        primary = {field.attname for field in opts.concrete_fields if field.primary_key}
        every = [field.attname for field in opts.concrete_fields]
        if defer:
            return [name for name in every if name not in named or name in primary]
        return [name for name in every if name in named or name in primary]

    def _instances(self, found):
        model = self.model
        loaded = self._loaded_attnames()
        attnames = loaded or [field.attname for field in model._meta.concrete_fields]
        known = self._known_related_objects
        for record in found:
            obj = model.from_db(DB, attnames, [record[name] for name in attnames])
            for field, objects in known.items():
                related = objects.get(getattr(obj, field.attname))
                if related is not None:
                    field.set_cached_value(obj, related)
            yield obj

    def _values_of(self, found):
        getters = [_value_getter(self.model, name) for name in self._value_names()]
        if self._distinct:
            # SQL's DISTINCT also sees the columns the query orders by, as in Django.
            order_keys = [compile_order(self.model, name)[0] for name in self._ordering_names()
                          if name != "?"]
            distinct = {}
            for record in found:
                key = (tuple(get(record) for get in getters),
                       tuple(key(record) for key in order_keys))
                distinct.setdefault(key, record)
            found = list(distinct.values())
        if self._iterable == "flat":
            values = [getters[0](record) for record in found]
        else:
            values = [tuple(get(record) for get in getters) for record in found]
        if self._iterable == "values":
            names = self._value_names()
            return [dict(zip(names, value)) for value in values]
        if self._iterable == "named":
            row = namedtuple("Row", self._value_names())
            return [row(*value) for value in values]
        return values

    def _value_names(self):
        return list(self._fields) or [field.attname for field in self.model._meta.concrete_fields]

    def _iterator(self):
        found = self._selected()
        if self._iterable == "models":
            return self._instances(found)
        return iter(found)

    def _fetch_all(self):
        if self._result_cache is None:
            self._result_cache = list(self._iterator())

    def __iter__(self):
        self._fetch_all()
        return iter(self._result_cache)

    async def __aiter__(self):
        for item in self:
            yield item

    def __len__(self):
        self._fetch_all()
        return len(self._result_cache)

    def __bool__(self):
        self._fetch_all()
        return bool(self._result_cache)

    def __repr__(self):
        data = list(self[:REPR_OUTPUT_SIZE + 1])
        if len(data) > REPR_OUTPUT_SIZE:
            data[-1] = "...(remaining elements truncated)..."
        return f"<{type(self).__name__} {data!r}>"

    def __getitem__(self, k):
        if not isinstance(k, (int, slice)):
            raise TypeError(f"QuerySet indices must be integers or slices, not "
                            f"{type(k).__name__}.")
        if ((isinstance(k, int) and k < 0) or (isinstance(k, slice) and (
                (k.start is not None and k.start < 0) or (k.stop is not None and k.stop < 0)))):
            raise ValueError("Negative indexing is not supported.")
        if self._result_cache is not None:
            return self._result_cache[k]
        clone = self._chain()
        if isinstance(k, slice):
            clone._set_limits(k.start, k.stop)
            return list(clone)[::k.step] if k.step else clone
        clone._set_limits(k, k + 1)
        clone._fetch_all()
        return clone._result_cache[0]

    def _set_limits(self, low=None, high=None):
        if high is not None:
            self._high = min(self._high, self._low + high) if self._high is not None \
                else self._low + high
        if low is not None:
            self._low = min(self._high, self._low + low) if self._high is not None \
                else self._low + low
        if self._low == self._high:
            self._empty = True

    def __and__(self, other):
        combined = self._chain()
        combined._where += other._where
        combined._empty = self._empty or other._empty
        return combined

    def __or__(self, other):
        if self._empty:
            return other._chain()
        if other._empty:
            return self._chain()
        combined = self._chain()
        both = self._where and other._where
        combined._where = [Q(*self._where) | Q(*other._where)] if both else []
        return combined

    # Building

    def all(self):
        return self._chain()

    def none(self):
        clone = self._chain()
        clone._empty = True
        return clone

    def filter(self, *args, **kwargs):
        return self._filter_or_exclude(False, args, kwargs)

    def exclude(self, *args, **kwargs):
        return self._filter_or_exclude(True, args, kwargs)

    def _filter_or_exclude(self, negate, args, kwargs):
        if (args or kwargs) and self.is_sliced:
            raise TypeError("Cannot filter a query once a slice has been taken.")
        clone = self._chain()
        condition = Q(*args, **kwargs)
        if condition:
            compile_q(self.model, condition)   # unknown fields and lookups fail here, as in Django
            clone._where.append(~condition if negate else condition)
        return clone

    def _has_filters(self):
        return bool(self._where)

    def order_by(self, *field_names):
        if self.is_sliced:
            raise TypeError("Cannot reorder a query once a slice has been taken.")
        for name in field_names:
            if isinstance(name, str) and name != "?":
                compile_order(self.model, name)
        clone = self._chain()
        clone._order_by = field_names
        clone._default_ordering = bool(field_names)
        return clone

    def reverse(self):
        if self.is_sliced:
            raise TypeError("Cannot reverse a query once a slice has been taken.")
        clone = self._chain()
        clone._standard_ordering = not self._standard_ordering
        return clone

    def distinct(self, *field_names):
        if field_names:
            raise not_on_this_page("distinct() with field names", "needs PostgreSQL")
        clone = self._chain()
        clone._distinct = True
        return clone

    def values(self, *fields, **expressions):
        if expressions:
            raise not_on_this_page("values() with expressions", "needs SQL")
        return self._values("values", fields)

    def values_list(self, *fields, flat=False, named=False):
        if flat and named:
            raise TypeError("'flat' and 'named' can't be used together.")
        if flat and len(fields) > 1:
            raise TypeError("'flat' is not valid when values_list is called with more than one "
                            "field.")
        return self._values("flat" if flat else "named" if named else "values_list", fields)

    def _values(self, kind, fields):
        for name in fields:
            _value_getter(self.model, name)
        clone = self._chain()
        clone._fields, clone._iterable = fields, kind
        return clone

    def defer(self, *fields):
        clone = self._chain()
        names, defer = self._deferred
        if fields == (None,):
            clone._deferred = (frozenset(), True)
        elif defer:
            clone._deferred = (names.union(fields), True)
        elif names.difference(fields):
            clone._deferred = (names.difference(fields), False)
        else:
            clone._deferred = (frozenset(set(fields).difference(names)), True)
        return clone

    def only(self, *fields):
        if fields == (None,):
            raise TypeError("Cannot pass None as an argument to only().")
        names, defer = self._deferred
        fields = frozenset(fields)
        clone = self._chain()
        clone._deferred = (fields.difference(names) if defer else fields, False)
        return clone

    def select_related(self, *fields):
        """Django joins the related rows into this query; here they are read when accessed,
        which gives the same objects."""
        return self._chain()

    def prefetch_related(self, *lookups):
        """As select_related(): the related objects are read when accessed."""
        return self._chain()

    def using(self, alias):
        database.check_alias(alias, f"using({alias!r})")
        return self._chain()

    def iterator(self, chunk_size=None):
        return iter(self._iterator())

    async def aiterator(self, chunk_size=2000):
        for item in self._iterator():
            yield item

    # Reading

    def count(self):
        if self._result_cache is not None:
            return len(self._result_cache)
        return len(self._selected())

    def exists(self):
        if self._result_cache is not None:
            return bool(self._result_cache)
        return bool(self._selected())

    def contains(self, obj):
        if self._iterable != "models":
            raise TypeError("QuerySet.contains() cannot be used after .values() or "
                            ".values_list().")
        if not hasattr(obj, "_meta"):
            raise TypeError("'obj' must be a model instance.")
        if obj.pk is None:
            raise ValueError("QuerySet.contains() cannot be used on unsaved objects.")
        if self._result_cache is not None:
            return obj in self._result_cache
        return self.filter(pk=obj.pk).exists()

    def get(self, *args, **kwargs):
        clone = self.filter(*args, **kwargs)
        if not clone.is_sliced:
            clone = clone.order_by()
        clone._set_limits(high=MAX_GET_RESULTS)
        num = len(clone)
        if num == 1:
            return clone._result_cache[0]
        name = self.model._meta.object_name
        if not num:
            raise self.model.DoesNotExist(f"{name} matching query does not exist.")
        many = num if num < MAX_GET_RESULTS else f"more than {MAX_GET_RESULTS - 1}"
        raise self.model.MultipleObjectsReturned(
            f"get() returned more than one {name} -- it returned {many}!")

    def first(self):
        queryset = self if self.ordered else self.order_by("pk")
        for obj in queryset[:1]:
            return obj

    def last(self):
        queryset = self.reverse() if self.ordered else self.order_by("-pk")
        for obj in queryset[:1]:
            return obj

    def latest(self, *fields):
        return self._earliest_or_latest(fields, latest=True)

    def earliest(self, *fields):
        return self._earliest_or_latest(fields, latest=False)

    def _earliest_or_latest(self, fields, latest):
        if self.is_sliced:
            raise TypeError("Cannot change a query once a slice has been taken.")
        order_by = fields or self.model._meta.get_latest_by
        if order_by and not isinstance(order_by, (list, tuple)):
            order_by = (order_by,)
        if not order_by:
            raise ValueError("earliest() and latest() require either fields as positional "
                             "arguments or 'get_latest_by' in the model's Meta.")
        if latest:
            order_by = [name[1:] if name.startswith("-") else f"-{name}" for name in order_by]
        clone = self.order_by(*order_by)
        clone._set_limits(high=1)
        return clone.get()

    def in_bulk(self, id_list=None, *, field_name="pk"):
        if self.is_sliced:
            raise TypeError("Cannot use 'limit' or 'offset' with in_bulk().")
        if self._iterable != "models":
            raise TypeError("in_bulk() cannot be used with values() or values_list().")
        if field_name != "pk" and not self.model._meta.get_field(field_name).unique:
            raise ValueError(f"in_bulk()'s field_name must be a unique field but "
                             f"{field_name!r} isn't.")
        if id_list is not None:
            if not id_list:
                return {}
            found = self.filter(**{f"{field_name}__in": tuple(id_list)})
        else:
            found = self._chain()
        return {getattr(obj, field_name): obj for obj in found}

    def _values_for_in(self):
        """The values an `__in` lookup compares with when given this queryset."""
        if self._iterable != "models" and len(self._value_names()) == 1:
            values = self._selected()
            if self._iterable == "values":
                values = [next(iter(value.values())) for value in values]
            elif self._iterable != "flat":
                values = [value[0] for value in values]
        else:
            values = [record[self.model._meta.pk.attname] for record in self._selected()]
        return frozenset(values)

def _async_version(name):
    """Django's `a...` method: the same call, awaitable (sync_to_async in Django)."""
    async def method(self, *args, **kwargs):
        return getattr(self, name)(*args, **kwargs)
    method.__name__ = method.__qualname__ = f"a{name}"
    return method


for _name, _why in NOT_ON_THIS_PAGE.items():
    setattr(QuerySet, _name, not_on_this_page_method(_name, _why))
for _name in ASYNC_METHODS:
    setattr(QuerySet, _name, _async_version(_name[1:]))


def _nulls_first(value):
    """A sort key that puts NULL first, as SQLite does for ascending orders."""
    return (value is not None, value)


def _with_related_ordering(model, name):
    """Ordering by a relation orders by the related model's Meta.ordering, as in Django."""
    descending = name.startswith("-")
    path = name.lstrip("-")
    hops, field, rest, target = resolve_path(model, path.split(LOOKUP_SEP))
    last = path.split(LOOKUP_SEP)[-1]
    if not (field.is_relation and target is not None and not rest and target._meta.ordering
            and last not in ("pk", field.attname)):
        return [name]
    expanded = []
    for item in target._meta.ordering:
        item_descending = item.startswith("-") != descending
        expanded.append(("-" if item_descending else "") + f"{path}__{item.lstrip('-')}")
    return expanded


def _value_getter(model, name):
    """A function of a record giving the value values()/values_list() show for `name`."""
    key, _ = compile_order(model, name)
    return key
