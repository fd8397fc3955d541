"""Change capture on the laptop (issue 34, point 3): SQLite triggers write every insert,
update and delete of a replicated business table to ``local_changes``, in the transaction
that made it, with the old and new values (as SQLite stores them), the changed columns and the
base version. Core statements and bulk inserts are captured as ORM flushes are: the triggers
see them all. Applying what the server sent sets ``replica_state.capture`` to 0 in its own
transaction, so it is not captured back.

The changes of one local transaction share a number (``local_txn`` holds it while the
transaction writes; the engine's commit event clears it): that number is the sequence of the
unit pushed. A guard refuses a new row whose id is not of the laptop's range."""

from __future__ import annotations

from sqlalchemy import Engine, event

from desktop.team import tables as T

ID_BITS = 40
STATE = "(SELECT {0} FROM replica_state WHERE id = 1)"
CAPTURING = STATE.format("capture") + " = 1"
TXN = "(SELECT txn FROM local_txn WHERE id = 1)"
OPEN_TXN = (
    "INSERT OR IGNORE INTO local_txn (id, txn) SELECT 1, last_txn + 1 FROM replica_state "
    "WHERE id = 1; "
    f"UPDATE replica_state SET last_txn = {TXN} WHERE id = 1 AND last_txn < {TXN};")


def local_columns(connection, table: str) -> list[str]:
    return [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")]


def _json(prefix: str, columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in columns) + ")"


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """The statements that (re)make the triggers of ``table`` with these columns."""
    data = [c for c in columns if c != "id"]
    version = "OLD.version" if "version" in columns else "NULL"
    changed = " || ".join(f"CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '{c},' ELSE '' END"
                          for c in data)
    differs = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in data)
    insert = ("INSERT INTO local_changes (txn, table_name, row_id, op, old_values, new_values, "
              "changed, base_version) VALUES ")
    low = f"{STATE.format('id_high')} - {1 << ID_BITS}"
    return [
        *(f"DROP TRIGGER IF EXISTS crm_{kind}_{table}" for kind in ("guard", "i", "u", "d")),
        f"CREATE TRIGGER crm_guard_{table} BEFORE INSERT ON {table} WHEN {CAPTURING} AND "
        f"(NEW.id < {low} OR NEW.id >= {STATE.format('id_high')}) BEGIN "
        "SELECT RAISE(ABORT, 'a new record needs an id of this laptop''s range'); END",
        f"CREATE TRIGGER crm_i_{table} AFTER INSERT ON {table} WHEN {CAPTURING} BEGIN "
        f"{OPEN_TXN} {insert}({TXN}, '{table}', NEW.id, 'I', NULL, {_json('NEW', columns)}, "
        "'', NULL); END",
        f"CREATE TRIGGER crm_u_{table} AFTER UPDATE ON {table} WHEN {CAPTURING} AND "
        f"({differs}) BEGIN {OPEN_TXN} {insert}({TXN}, '{table}', NEW.id, 'U', "
        f"{_json('OLD', columns)}, {_json('NEW', columns)}, rtrim({changed}, ','), "
        f"{version}); END",
        f"CREATE TRIGGER crm_d_{table} AFTER DELETE ON {table} WHEN {CAPTURING} BEGIN "
        f"{OPEN_TXN} {insert}({TXN}, '{table}', OLD.id, 'D', {_json('OLD', columns)}, NULL, "
        f"'', {version}); END",
    ]


def install(connection) -> None:
    """(Re)make every trigger from the tables as they are now (after any migration)."""
    for table in T.BUSINESS:
        columns = local_columns(connection, table)
        if columns:
            for statement in trigger_sql(table, columns):
                connection.exec_driver_sql(statement)


def close_transaction(connection) -> None:
    connection.exec_driver_sql("DELETE FROM local_txn")


def listen(engine: Engine) -> None:
    """Each commit on this engine ends the local transaction's unit."""
    if not event.contains(engine, "commit", close_transaction):
        event.listen(engine, "commit", close_transaction)


def forget(engine: Engine) -> None:
    if event.contains(engine, "commit", close_transaction):
        event.remove(engine, "commit", close_transaction)
