"""Writing what the server sent into the laptop's SQLite file, without capturing it.

Rows come as SQLite stores them; only the columns this laptop's schema has are written (a
laptop of the previous release lacks the newest). A row the laptop changed and has not pushed
yet keeps its own values of the columns it changed (they are pushed next, against the base
they were made on); a row it deleted and has not pushed stays deleted; a row to remove that a
pending change still needs (or that a local row points at) goes after the next push."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection, text

from desktop.team import tables as T
from desktop.team.replica.capture import local_columns


class Applier:
    def __init__(self, connection: Connection) -> None:
        self.c = connection
        self.columns = cache(lambda table: set(local_columns(connection, table)))
        self.written: dict[str, set[int]] = {}
        self.removed: dict[str, set[int]] = {}
        self._pending: dict[tuple[str, int], tuple[set[str], bool]] | None = None

    def __enter__(self) -> Applier:
        self.c.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        self.c.exec_driver_sql("UPDATE replica_state SET capture = 0 WHERE id = 1")
        return self

    def __exit__(self, *exc) -> None:
        self.c.exec_driver_sql("UPDATE replica_state SET capture = 1 WHERE id = 1")

    def pending(self, table: str, row_id: int) -> tuple[set[str], bool]:
        """Columns pending local changes of the row changed ("*": it made the row), and
        whether one deleted it; read once per answer (the changes answered are gone)."""
        if self._pending is None:
            self._pending = {}
            for name, i, op, changed in self.c.exec_driver_sql(
                    "SELECT table_name, row_id, op, changed FROM local_changes"):
                columns, deleted = self._pending.setdefault((name, i), (set(), False))
                columns.update(c for c in (changed or "").split(",") if c)
                if op == "I":
                    columns.add("*")
                self._pending[name, i] = (columns, deleted or op == "D")
        return self._pending.get((table, row_id), (set(), False))


    def rows(self, rows: list[list]) -> None:
        for table, row_id, values in rows:
            if values is None:
                self.remove(table, row_id)
            else:
                self.write(table, row_id, values)

    def write(self, table: str, row_id: int, values: dict) -> None:
        known = self.columns(table)
        if not known:
            return
        mine, deleted = self.pending(table, row_id)
        if deleted or "*" in mine:
            return  # pushed next: the server's answer to it will say
        values = {k: v for k, v in values.items() if k in known and k not in mine}
        if mine:
            values.pop("version", None)
        values["id"] = row_id
        keys = [k for k in values if k != "id"]
        updated = self.c.exec_driver_sql(
            f"UPDATE {table} SET {', '.join(k + ' = ?' for k in keys)} WHERE id = ?",
            (*(values[k] for k in keys), row_id)).rowcount if keys else 1
        if not updated and not set(keys) <= set(T.AUDIT):
            self.c.exec_driver_sql(
                f"INSERT INTO {table} (id, {', '.join(keys)}) VALUES "
                f"({', '.join('?' * (len(keys) + 1))})", (row_id, *(values[k] for k in keys)))
        self.written.setdefault(table, set()).add(row_id)

    def remove(self, table: str, row_id: int) -> None:
        if not self.columns(table):
            return
        mine, _deleted = self.pending(table, row_id)
        if mine or self._pointed_at(table, row_id):
            self.c.execute(text("INSERT OR IGNORE INTO deferred_evictions (table_name, row_id) "
                                "VALUES (:t, :i)"), {"t": table, "i": row_id})
            return
        self.c.execute(text(f"DELETE FROM {table} WHERE id = :i"), {"i": row_id})
        self.c.execute(text("DELETE FROM deferred_evictions WHERE table_name = :t AND "
                            "row_id = :i"), {"t": table, "i": row_id})
        self.removed.setdefault(table, set()).add(row_id)

    def _pointed_at(self, table: str, row_id: int) -> bool:
        """Whether a local row still points at it (other than children that go with it)."""
        for child, column, cascades in _pointers(table):
            if cascades or not self.columns(child):
                continue
            if self.c.execute(text(f"SELECT 1 FROM {child} WHERE {column} = :i LIMIT 1"),
                              {"i": row_id}).first():
                return True
        return False

    def retry_deferred(self) -> None:
        for table, row_id in self.c.execute(text(
                "SELECT table_name, row_id FROM deferred_evictions")).all():
            self.remove(table, row_id)


@cache
def _pointers(table: str) -> tuple[tuple[str, str, bool], ...]:
    found = []
    for child in T.REPLICATED:
        for column in T.table(child).columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == table:
                    found.append((child, column.name, fk.ondelete == "CASCADE"))
    return tuple(found)
