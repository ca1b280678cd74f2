"""The page's database: Django's database connection, in memory.

It holds the tables, and the transaction open on them:

- A table belongs to a concrete model class (a multi-table child has its own table, with its
  parent link and its own fields; a proxy model uses its concrete model's). A row is a dict of
  column values by attname (`"author_id"`), keyed by primary key, in primary key order for
  integer keys, as SQLite returns them when no order is asked for.
- A write replaces a row's dict rather than changing it, so that, while an atomic block is open,
  the undo log can keep the old one as it was; rolling back to a savepoint replays the log
  backwards to the position it had when the savepoint was made.
- Primary keys count up per table and, as with SQLite's AUTOINCREMENT, are not handed out twice
  unless the transaction that handed them out rolls back.
- The transaction state has the names Django's connection gives it (in_atomic_block,
  savepoint_ids, needs_rollback, run_on_commit): `transaction.py` drives it as Django does.
"""

from __future__ import annotations

from .exceptions import TransactionManagementError, not_on_this_page

MISSING = object()
DEFAULT_DB_ALIAS = "default"


def check_alias(alias, shown: str) -> None:
    """The page has one database, "default": another `using` says so (`shown` is how the
    learner wrote it)."""
    if alias not in (None, DEFAULT_DB_ALIAS):
        raise not_on_this_page(shown, "needs a second database")


class Database:
    def __init__(self):
        self.tables: dict[type, dict] = {}     # concrete model -> {pk: row}
        self.sequences: dict[type, int] = {}   # concrete model -> the last pk handed out
        self.undo: list[tuple] = []            # (mapping, key, value before) while in a block
        self.in_atomic_block = False
        self.savepoint_ids: list = []          # one per open block: a savepoint id, or None
        self.savepoints: dict[int, int] = {}   # savepoint id -> length of `undo` when made
        self.atomic_blocks: list = []
        self.needs_rollback = False
        self.rollback_exc: BaseException | None = None
        self.run_on_commit: list[tuple] = []   # (savepoint ids open then, func, robust)
        self.next_savepoint = 1

    # Rows

    def table(self, model) -> dict:
        """The rows of `model`'s table (a concrete model): read them, never change them."""
        self.validate_no_broken_transaction()
        table = self.tables.get(model)
        if table is None:
            table = self.tables[model] = {}
        return table

    def insert(self, model, pk, row: dict) -> None:
        table = self.table(model)
        self._remember(table, pk)
        table[pk] = row
        if isinstance(pk, int):
            if pk < next(reversed(table)):
                _put_in_pk_order(table)
            self.use_pk(model, pk)

    def use_pk(self, model, pk: int) -> None:
        """Count `pk` as taken for `model`'s automatic keys: by a row, or by an insert that an
        ignored conflict skipped (a database's sequence does not give a key back)."""
        if pk > self.sequences.get(model, 0):
            self._remember(self.sequences, model)
            self.sequences[model] = pk

    def update(self, model, pk, values: dict) -> bool:
        """Change some columns of one row; False if there is no such row."""
        table = self.table(model)
        row = table.get(pk)
        if row is None:
            return False
        self._remember(table, pk)
        table[pk] = {**row, **values}
        return True

    def delete(self, model, pk) -> bool:
        table = self.table(model)
        if pk not in table:
            return False
        self._remember(table, pk)
        del table[pk]
        return True

    def next_pk(self, model) -> int:
        return self.sequences.get(model, 0) + 1

    def _remember(self, mapping, key) -> None:
        if self.in_atomic_block:
            self.undo.append((mapping, key, mapping.get(key, MISSING)))

    # Transactions

    def validate_no_broken_transaction(self) -> None:
        if self.needs_rollback:
            raise TransactionManagementError(
                "An error occurred in the current transaction. You can't execute queries "
                "until the end of the 'atomic' block."
            ) from self.rollback_exc

    def savepoint(self) -> int:
        sid = self.next_savepoint
        self.next_savepoint += 1
        self.savepoints[sid] = len(self.undo)
        return sid

    def savepoint_commit(self, sid) -> None:
        del self.savepoints[sid]

    def savepoint_rollback(self, sid) -> None:
        self._undo_to(self.savepoints[sid])
        # Drop the callbacks registered while this savepoint was active.
        self.run_on_commit = [entry for entry in self.run_on_commit if sid not in entry[0]]

    def commit(self) -> None:
        self.undo.clear()
        self.savepoints.clear()

    def rollback(self) -> None:
        self._undo_to(0)
        self.savepoints.clear()
        self.run_on_commit = []
        self.needs_rollback = False

    def _undo_to(self, position: int) -> None:
        tables = set()
        while len(self.undo) > position:
            mapping, key, before = self.undo.pop()
            if before is MISSING:
                del mapping[key]
            else:
                mapping[key] = before
            if mapping is not self.sequences:
                tables.add(id(mapping))
        for table in self.tables.values():
            if id(table) in tables:
                _put_in_pk_order(table)


def _put_in_pk_order(table: dict) -> None:
    """Rows keyed by integers come back in key order, as SQLite's rowid tables give them."""
    keys = list(table)
    if keys and all(isinstance(key, int) for key in keys) and keys != sorted(keys):
        rows = sorted(table.items())
        table.clear()
        table.update(rows)


current = Database()


def reset() -> Database:
    """Start an empty database with no transaction open; return the one it replaces."""
    global current
    previous, current = current, Database()
    return previous


def restore(database: Database) -> None:
    global current
    current = database
