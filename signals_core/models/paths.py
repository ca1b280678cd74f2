"""Lookup paths: `customer__email`, followed across relations from a row's record.

A path names fields and relations, as Django's do. Across a relation a step (a Hop) goes to
the related rows: one row forward along a ForeignKey, any number backwards or along a
many-to-many (through its intermediate rows).
"""

from __future__ import annotations

from ..exceptions import FieldDoesNotExist, FieldError
from . import rows

LOOKUP_SEP = "__"


class Hop:
    """One step across a relation: along `fk` (a ForeignKey or OneToOneField), forward from
    its model's rows to the rows it points to, or backward."""

    def __init__(self, fk, forward):
        self.fk, self.forward, self.many = fk, forward, not forward

    def index(self):
        if self.forward:
            return rows.record_map(self.fk.remote_field.model)
        grouped = {}
        attname = self.fk.attname
        for record in rows.records(self.fk.model):
            grouped.setdefault(record[attname], []).append(record)
        return grouped

    def key(self):
        return self.fk.attname if self.forward else self.fk.remote_field.model._meta.pk.attname


def _m2m_hops(m2m_field, from_source):
    through = m2m_field.remote_field.through._meta
    source = through.get_field(m2m_field.m2m_field_name())
    target = through.get_field(m2m_field.m2m_reverse_field_name())
    first, second = (source, target) if from_source else (target, source)
    return [Hop(first, forward=False), Hop(second, forward=True)]


def field_choices(opts):
    names = set()
    for field in opts.get_fields():
        names.add(field.name)
        if field.concrete:
            names.add(field.attname)
    return ", ".join(sorted(names))


def resolve_path(model, names):
    """(hops, final field, the names left for transforms and lookups, model of the final
    field). A path ending on a relation compares the related rows' primary keys."""
    hops, opts = [], model._meta
    name = names[0]
    try:
        field = opts.get_field(opts.pk.name if name == "pk" else name)
    except FieldDoesNotExist:
        raise FieldError(f"Cannot resolve keyword '{name}' into field. Choices are: "
                         f"{field_choices(opts)}") from None
    position = 0
    while True:
        rest = names[position + 1:]
        target = target_of(field)
        goes_on = bool(rest) and _is_field_of(target, rest[0])
        forward = hasattr(field, "attname")   # a field of this model, not a reverse relation
        if not field.is_relation:
            return hops, field, rest, None
        if forward and not field.many_to_many:
            if not goes_on or names[position] == field.attname != field.name:
                return hops, field, rest, target
            hops.append(Hop(field, forward=True))
        elif forward:
            hops += _m2m_hops(field, from_source=True)
        elif field.many_to_many:
            hops += _m2m_hops(field.field, from_source=False)
        else:
            hops.append(Hop(field.field, forward=False))
        opts = target._meta
        if not goes_on:
            return hops, opts.pk, rest, target
        field = opts.get_field(opts.pk.name if rest[0] == "pk" else rest[0])
        position += 1


def target_of(field):
    if not field.is_relation:
        return None
    if hasattr(field, "attname"):   # a forward field: the model it points to
        return field.remote_field.model
    return field.related_model      # a reverse relation: the model it comes from


def _is_field_of(model, name):
    if model is None:
        return False
    if name == "pk":
        return True
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def walker(hops):
    """A function from a record to the records at the end of `hops` (indexes made once)."""
    indexes = []

    def walk(record):
        if not indexes:
            indexes.extend(hop.index() for hop in hops)
        current = [record]
        for hop, index in zip(hops, indexes):
            key = hop.key()
            found = []
            for item in current:
                if hop.forward:
                    target = index.get(item[key])
                    if target is not None:
                        found.append(target)
                else:
                    found.extend(index.get(item[key], ()))
            current = found
        return current
    return walk
