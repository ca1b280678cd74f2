"""F() expressions, Value() and arithmetic between them (django/db/models/expressions.py),
computed as plain Python functions of a row's record (rows.py), with SQL's rules: NULL in,
NULL out, and integers divided as integers.
"""

from __future__ import annotations

from ..exceptions import FieldError, not_on_this_page
from .paths import LOOKUP_SEP, walker, resolve_path


class Expression:
    """F(), Value() and arithmetic between them, as in django/db/models/expressions.py."""

    def _combine(self, other, connector, reversed_=False):
        other = other if isinstance(other, Expression) else Value(other)
        return CombinedExpression(other, connector, self) if reversed_ else \
            CombinedExpression(self, connector, other)

    def __add__(self, other): return self._combine(other, "+")
    def __sub__(self, other): return self._combine(other, "-")
    def __mul__(self, other): return self._combine(other, "*")
    def __truediv__(self, other): return self._combine(other, "/")
    def __mod__(self, other): return self._combine(other, "%%")
    def __pow__(self, other): return self._combine(other, "^")
    def __radd__(self, other): return self._combine(other, "+", True)
    def __rsub__(self, other): return self._combine(other, "-", True)
    def __rmul__(self, other): return self._combine(other, "*", True)
    def __rtruediv__(self, other): return self._combine(other, "/", True)
    def __rmod__(self, other): return self._combine(other, "%%", True)
    def __rpow__(self, other): return self._combine(other, "^", True)

    def __neg__(self):
        return self._combine(-1, "*")

    def asc(self, nulls_first=None, nulls_last=None):
        return OrderBy(self, descending=False, nulls_first=nulls_first, nulls_last=nulls_last)

    def desc(self, nulls_first=None, nulls_last=None):
        return OrderBy(self, descending=True, nulls_first=nulls_first, nulls_last=nulls_last)

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"


class F(Expression):
    """A reference to a field of the row the query is looking at."""

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"F({self.name})"

    def __repr__(self):
        return str(self)

    def __eq__(self, other):
        return isinstance(other, F) and other.name == self.name

    def __hash__(self):
        return hash(self.name)


class Value(Expression):
    def __init__(self, value, output_field=None):
        self.value = value

    def __str__(self):
        return f"Value({self.value!r})"


class CombinedExpression(Expression):
    def __init__(self, lhs, connector, rhs):
        self.lhs, self.connector, self.rhs = lhs, connector, rhs

    def __str__(self):
        return f"{self.lhs} {self.connector} {self.rhs}"


class OrderBy:
    def __init__(self, expression, descending=False, nulls_first=None, nulls_last=None):
        self.expression, self.descending = expression, descending
        self.nulls_first, self.nulls_last = nulls_first, nulls_last

    def __repr__(self):
        return f"OrderBy({self.expression!r}, descending={self.descending})"


def _sql_divide(a, b):
    """SQL division: integers divide to an integer, truncated toward zero."""
    if isinstance(a, int) and isinstance(b, int):
        quotient = abs(a) // abs(b)
        return quotient if (a >= 0) == (b >= 0) else -quotient
    return a / b


OPERATORS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "/": _sql_divide, "%%": lambda a, b: a % b, "^": lambda a, b: a ** b}


def compile_expression(model, expression, allow_joins=True):
    """A function of a record of `model` that computes `expression` (NULL in, NULL out)."""
    if isinstance(expression, Value):
        value = expression.value
        return lambda record: value
    if isinstance(expression, F):
        hops, field, rest, _ = resolve_path(model, expression.name.split(LOOKUP_SEP))
        if rest:
            raise FieldError(f"Cannot resolve keyword '{rest[0]}' into field.")
        if hops and not allow_joins:
            raise FieldError("Joined field references are not permitted in this query")
        if any(hop.many for hop in hops):
            raise not_on_this_page("F() across a reverse or many-to-many relation",
                                   "is not supported")
        attname = field.attname
        if not hops:
            return lambda record: record[attname]
        walk = walker(hops)
        return lambda record: next((r[attname] for r in walk(record)), None)
    if isinstance(expression, CombinedExpression):
        lhs = compile_expression(model, expression.lhs, allow_joins)
        rhs = compile_expression(model, expression.rhs, allow_joins)
        operator = OPERATORS[expression.connector]

        def combined(record):
            a, b = lhs(record), rhs(record)
            return None if a is None or b is None else operator(a, b)
        return combined
    raise not_on_this_page(f"{type(expression).__name__}()", "is computed in SQL")
