"""A model's rows, read from and written to the page's database (database.py).

A multi-table child's table holds its parent link and its own columns; the parent's table
holds the rest. Reading merges them into one record per row, with every concrete field of the
model by attname; writing splits a change between the tables that own its columns, as Django's
UPDATE of a child updates its parents' tables too.
"""

from __future__ import annotations

from .. import database
from ..exceptions import IntegrityError


def table_of(model) -> dict:
    """The rows of `model`'s own table (a proxy reads its concrete model's)."""
    return database.current.table(model._meta.concrete_model)


def record_map(model) -> dict:
    """{pk: record} for every row of `model`, in table order."""
    concrete = model._meta.concrete_model
    table = table_of(concrete)
    parents = concrete._meta.parents
    if not parents:
        return table
    parent_records = [(link.attname, record_map(parent)) for parent, link in parents.items()]
    merged = {}
    for pk, row in table.items():
        record = {}
        for attname, records in parent_records:
            record.update(records.get(row[attname], ()))
        record.update(row)
        merged[pk] = record
    return merged


def records(model):
    return record_map(model).values()


def owner_of(model, attname):
    """The concrete model whose table holds the column `attname` of `model`."""
    concrete = model._meta.concrete_model
    if any(field.attname == attname for field in concrete._meta.local_concrete_fields):
        return concrete
    for parent in concrete._meta.parents:
        if any(field.attname == attname for field in parent._meta.concrete_fields):
            return owner_of(parent, attname)
    raise KeyError(attname)


def pk_in(model, owner, pk):
    """The key, in `owner`'s table (`model` or one of its parents), of `model`'s row `pk`."""
    concrete = model._meta.concrete_model
    while concrete is not owner:
        parent, link = next((parent, link) for parent, link in concrete._meta.parents.items()
                            if owner is parent or owner in parent._meta.all_parents)
        pk = table_of(concrete)[pk][link.attname]
        concrete = parent
    return pk


def update_rows(model, pks, values: dict) -> int:
    """Set `values` (a function of the row's record, or a plain value, by attname) on the
    rows `pks` of `model`; return how many rows there were."""
    db = database.current
    concrete = model._meta.concrete_model
    by_owner = {}
    for attname, value in values.items():
        by_owner.setdefault(owner_of(concrete, attname), {})[attname] = value
    computed = any(callable(value) for value in values.values())
    found = record_map(concrete) if computed else table_of(concrete)
    count = 0
    for pk in pks:
        record = found.get(pk)
        if record is None:
            continue
        count += 1
        for owner, changes in by_owner.items():
            key = pk_in(concrete, owner, pk)
            changes = {name: value(record) if callable(value) else value
                       for name, value in changes.items()}
            check_row(owner, key, changes)
            db.update(owner, key, changes)
    return count


def delete_rows(model, pks) -> int:
    """Delete the rows `pks` of `model`'s own table (not its parents'); return how many."""
    db = database.current
    concrete = model._meta.concrete_model
    return sum(db.delete(concrete, pk) for pk in pks)


def check_row(model, pk, values: dict, inserting=False) -> None:
    """Refuse to write `values` to row `pk` of `model`'s table (a concrete model) when SQLite
    would: a NOT NULL column left empty, or a UNIQUE one (or unique_together) repeated."""
    meta = model._meta
    table = table_of(model)
    failed = f"constraint failed: {meta.db_table}."
    if inserting and pk in table:
        raise IntegrityError(f"UNIQUE {failed}{meta.pk.column}")
    fields = {field.attname: field for field in meta.local_concrete_fields}
    for attname, value in values.items():
        field = fields[attname]
        if value is None and not field.null:
            raise IntegrityError(f"NOT NULL {failed}{field.column}")
        if (field.unique and not field.primary_key and value is not None
                and any(row[attname] == value for key, row in table.items() if key != pk)):
            raise IntegrityError(f"UNIQUE {failed}{field.column}")
    together = meta.unique_together
    if together and isinstance(together[0], str):
        together = (together,)
    for names in together:
        columns = [meta.get_field(name) for name in names]
        if not any(field.attname in values for field in columns):
            continue
        row = {**table.get(pk, {}), **values}
        combination = tuple(row[field.attname] for field in columns)
        if None not in combination and any(
                tuple(other[field.attname] for field in columns) == combination
                for key, other in table.items() if key != pk):
            raise IntegrityError("UNIQUE constraint failed: " + ", ".join(
                f"{meta.db_table}.{field.column}" for field in columns))
