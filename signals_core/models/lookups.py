"""Q objects and lookups (`price__gte`, `customer__email__iexact`), turned into plain Python
functions of a row's record (rows.py).

A lookup is a path (paths.py), then transforms (`__year`) and one lookup (`exact` if none),
compared as Django's database compares: NULL matches no comparison, only `isnull`; a condition
on a many-valued path holds when it holds for one of the related rows.
"""

from __future__ import annotations

import difflib
import re

from ..exceptions import FieldError
from .expressions import Expression, F, OrderBy, compile_expression
from .paths import LOOKUP_SEP, field_choices, resolve_path, target_of, walker


class Q:
    """Conditions joined by AND / OR / XOR, possibly negated: `Q(a=1) | ~Q(b=2)`."""

    AND, OR, XOR = "AND", "OR", "XOR"
    conditional = True

    def __init__(self, *args, _connector=None, _negated=False, **kwargs):
        self.children = [*args, *sorted(kwargs.items())]
        self.connector = _connector or self.AND
        self.negated = _negated

    def copy(self):
        return Q(*self.children, _connector=self.connector, _negated=self.negated)

    def add(self, data, connector):
        if self.connector != connector:
            self.children, self.connector = [self.copy(), data], connector
        elif (isinstance(data, Q) and not data.negated
              and (data.connector == connector or len(data.children) == 1)):
            self.children.extend(data.children)
        else:
            self.children.append(data)

    def _combine(self, other, connector):
        if getattr(other, "conditional", False) is False:
            raise TypeError(other)
        if not self:
            return other.copy()
        if not other and isinstance(other, Q):
            return self.copy()
        combined = Q(_connector=connector)
        combined.add(self, connector)
        combined.add(other, connector)
        return combined

    def __or__(self, other):
        return self._combine(other, self.OR)

    def __and__(self, other):
        return self._combine(other, self.AND)

    def __xor__(self, other):
        return self._combine(other, self.XOR)

    def __invert__(self):
        inverted = self.copy()
        inverted.negated = not self.negated
        return inverted

    def __bool__(self):
        return bool(self.children)

    def __eq__(self, other):
        return (isinstance(other, Q) and (self.connector, self.negated, self.children)
                == (other.connector, other.negated, other.children))

    def __str__(self):
        template = "(NOT (%s: %s))" if self.negated else "(%s: %s)"
        return template % (self.connector, ", ".join(str(child) for child in self.children))

    def __repr__(self):
        return f"<Q: {self}>"


def _not_null(test):
    return lambda a, b: a is not None and test(a, b)


def _text(a):
    return a if isinstance(a, str) else str(a)


COMPARISONS = {
    "exact": lambda a, b: a == b,
    "iexact": _not_null(lambda a, b: _text(a).upper() == b),
    "gt": _not_null(lambda a, b: a > b),
    "gte": _not_null(lambda a, b: a >= b),
    "lt": _not_null(lambda a, b: a < b),
    "lte": _not_null(lambda a, b: a <= b),
    "in": lambda a, b: a in b,
    "contains": _not_null(lambda a, b: b in _text(a)),
    "icontains": _not_null(lambda a, b: b in _text(a).upper()),
    "startswith": _not_null(lambda a, b: _text(a).startswith(b)),
    "istartswith": _not_null(lambda a, b: _text(a).upper().startswith(b)),
    "endswith": _not_null(lambda a, b: _text(a).endswith(b)),
    "iendswith": _not_null(lambda a, b: _text(a).upper().endswith(b)),
    "range": _not_null(lambda a, b: b[0] <= a <= b[1]),
    "isnull": lambda a, b: (a is None) == b,
    "regex": _not_null(lambda a, b: b.search(_text(a)) is not None),
    "iregex": _not_null(lambda a, b: b.search(_text(a)) is not None),
}

DATE_TRANSFORMS = {
    "year": lambda d: d.year, "month": lambda d: d.month, "day": lambda d: d.day,
    "week_day": lambda d: d.isoweekday() % 7 + 1, "iso_week_day": lambda d: d.isoweekday(),
    "week": lambda d: d.isocalendar()[1], "iso_year": lambda d: d.isocalendar()[0],
    "quarter": lambda d: (d.month - 1) // 3 + 1,
}
TIME_TRANSFORMS = {"hour": lambda t: t.hour, "minute": lambda t: t.minute,
                   "second": lambda t: t.second}
DATETIME_TRANSFORMS = {**DATE_TRANSFORMS, **TIME_TRANSFORMS,
                       "date": lambda d: d.date(), "time": lambda d: d.time()}


def transforms_of(field):
    from .fields import DateField, DateTimeField, TimeField

    if isinstance(field, DateTimeField):
        return DATETIME_TRANSFORMS
    if isinstance(field, DateField):
        return DATE_TRANSFORMS
    if isinstance(field, TimeField):
        return TIME_TRANSFORMS
    return {}


def _unsupported(field, name, names_left):
    known = [*field.get_lookups(), *transforms_of(field)]
    suggested = difflib.get_close_matches(name, known)
    suggestion = f", perhaps you meant {' or '.join(suggested)}?" if suggested else "."
    return FieldError(f"Unsupported lookup '{LOOKUP_SEP.join(names_left)}' for "
                      f"{type(field).__name__} or join on the field not permitted{suggestion}")


def _split_lookups(field, names):
    """(the transform functions to apply, the lookup name, the type the value compares as)."""
    *transform_names, lookup = names or ["exact"]
    transforms, converts = [], field
    for position, name in enumerate(transform_names):
        transform = transforms_of(converts).get(name)
        if transform is None:
            raise _unsupported(converts, name, names[position:])
        transforms.append(transform)
        converts = _transformed_field(name)
    if lookup not in COMPARISONS:
        transform = transforms_of(converts).get(lookup)
        if transform is None:
            raise _unsupported(converts, lookup, [lookup])
        transforms.append(transform)
        converts, lookup = _transformed_field(lookup), "exact"
    return transforms, lookup, converts


def _transformed_field(name):
    from .fields import DateField, IntegerField, TimeField

    return {"date": DateField, "time": TimeField}.get(name, IntegerField)()


def _prepared(field, lookup, value, expected_model):
    """The value a lookup compares with, converted as the database would convert it."""
    def convert(item):
        if hasattr(item, "_meta"):
            if expected_model is not None and not isinstance(item, expected_model):
                raise ValueError(f'Cannot query "{item!r}": Must be '
                                 f'"{expected_model._meta.object_name}" instance.')
            return item.pk
        return field.get_prep_value(item)

    if lookup == "isnull":
        if not isinstance(value, bool):
            raise ValueError("The QuerySet value for an isnull lookup must be True or False.")
        return value
    if lookup == "in":
        if hasattr(value, "_values_for_in"):
            return value._values_for_in()
        items = [convert(item) for item in value if item is not None]
        try:
            return frozenset(items)
        except TypeError:
            return items
    if lookup == "range":
        low, high = value
        return convert(low), convert(high)
    if lookup in ("regex", "iregex"):
        return re.compile(value, re.IGNORECASE if lookup == "iregex" else 0)
    if lookup.startswith("i") and lookup != "in":
        return _text(convert(value)).upper()
    if lookup in ("contains", "startswith", "endswith"):
        return _text(convert(value))
    return convert(value)


def _parse_condition(model, path, value):
    """(hops, attname, transforms, lookup, value) for `path=value`: the value prepared, or
    an Expression to compute for each record."""
    hops, field, rest, expected_model = resolve_path(model, path.split(LOOKUP_SEP))
    transforms, lookup, converts = _split_lookups(field, rest)
    if value is None and lookup not in ("exact", "iexact"):
        raise ValueError("Cannot use None as a query value")
    if value is None:
        lookup, value = "isnull", True
    if not isinstance(value, Expression):
        value = _prepared(converts, lookup, value, expected_model)
    return hops, field.attname, transforms, lookup, value


def compile_condition(model, path, value):
    """A function of a record of `model`: whether `path=value` holds for it."""
    hops, attname, transforms, lookup, value = _parse_condition(model, path, value)
    compare = COMPARISONS[lookup]

    def read(record):
        found = record[attname]
        for transform in transforms:
            found = None if found is None else transform(found)
        return found

    if isinstance(value, Expression):
        rhs = compile_expression(model, value)
        if not hops:
            return lambda record: compare(read(record), rhs(record))
        walk = walker(hops)
        return lambda record: any(compare(read(r), rhs(record)) for r in walk(record))
    if not hops:
        if not transforms:
            return lambda record: compare(record[attname], value)
        return lambda record: compare(read(record), value)
    walk = walker(hops)
    if lookup == "isnull":
        def isnull(record):
            found = [read(r) for r in walk(record)]
            return (not found or None in found) if value else any(v is not None for v in found)
        return isnull
    return lambda record: any(compare(read(r), value) for r in walk(record))


# One pass over the records for each comparison of a column (NULL matches none of them).
ORDERINGS = {
    "gt": lambda found, a, v: [r for r in found if (c := r[a]) is not None and c > v],
    "gte": lambda found, a, v: [r for r in found if (c := r[a]) is not None and c >= v],
    "lt": lambda found, a, v: [r for r in found if (c := r[a]) is not None and c < v],
    "lte": lambda found, a, v: [r for r in found if (c := r[a]) is not None and c <= v],
}


def compile_filter(model, q):
    """A function from a list of records of `model` to those for which `q` holds.

    The same test as compile_q(), made fast for the common case: conditions joined by AND
    filter one after another, the cheapest first, and a comparison of a column of the row
    itself filters in one pass, with no function call per row."""
    return _filter_step(model, q)[1]


def _filter_step(model, q):
    """(cost, a function filtering a list of records) for the Q object `q`."""
    if q.connector != Q.AND or q.negated:
        test = compile_q(model, q)
        return 2, lambda found: [record for record in found if test(record)]
    steps = sorted((_filter_step(model, child) if isinstance(child, Q)
                    else _condition_step(model, *child) for child in q.children),
                   key=lambda step: step[0])

    def run(found):
        for _, step in steps:
            found = step(found)
        return found
    return max((cost for cost, _ in steps), default=0), run


def _condition_step(model, path, value):
    hops, attname, transforms, lookup, value = _parse_condition(model, path, value)
    if hops or transforms or isinstance(value, Expression):
        test = compile_condition(model, path, value)
        return 2, lambda found: [record for record in found if test(record)]
    if lookup == "exact":
        return 0, lambda found: [record for record in found if record[attname] == value]
    if lookup == "in":
        return 0, lambda found: [record for record in found if record[attname] in value]
    if lookup in ORDERINGS:
        compare_all = ORDERINGS[lookup]
        return 0, lambda found: compare_all(found, attname, value)
    compare = COMPARISONS[lookup]
    return 1, lambda found: [record for record in found if compare(record[attname], value)]


def compile_q(model, q):
    """A function of a record of `model`: whether the Q object `q` holds for it."""
    tests = [compile_q(model, child) if isinstance(child, Q)
             else compile_condition(model, *child) for child in q.children]
    if q.connector == Q.AND:
        test = tests[0] if len(tests) == 1 else (lambda record: all(t(record) for t in tests))
    elif q.connector == Q.OR:
        test = lambda record: any(t(record) for t in tests)
    else:
        test = lambda record: sum(bool(t(record)) for t in tests) % 2 == 1
    if q.negated:
        return lambda record: not test(record)
    return test


def compile_order(model, name):
    """(a function of a record giving its sort value, descending?) for an order_by() item."""
    if isinstance(name, OrderBy):
        return compile_expression(model, name.expression), name.descending
    if isinstance(name, F):
        return compile_expression(model, name), False
    descending = name.startswith("-")
    names = name.lstrip("-").split(LOOKUP_SEP)
    hops, field, rest, _ = resolve_path(model, names)
    if rest:
        raise FieldError(f"Cannot resolve keyword '{rest[0]}' into field. Choices are: "
                         f"{field_choices((target_of(field) or field.model)._meta)}")
    attname = field.attname
    if not hops:
        return (lambda record: record[attname]), descending
    walk = walker(hops)
    return (lambda record: next((r[attname] for r in walk(record)), None)), descending
