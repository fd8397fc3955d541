"""What must hold once every laptop synced: each laptop holds exactly its scope (the server's
Scope of its user) and every reference row, value for value as the server holds them, and
nothing is waiting."""

from __future__ import annotations

from sqlalchemy import select, text

from desktop.crm.db.database import Database
from desktop.team import tables as T, wire
from desktop.team.replica.replica import Replica
from desktop.team.server.scope import Scope, User


def server_rows(db: Database, name: str, ids: set[int] | None = None) -> dict[int, dict]:
    table = T.table(name)
    with db.session() as s:
        query = select(table)
        rows = {r["id"]: wire.encode(name, dict(r)) for r in s.execute(query).mappings()}
    return rows if ids is None else {i: rows[i] for i in ids if i in rows}


def laptop_rows(replica: Replica, name: str) -> dict[int, dict]:
    with replica.db.engine.connect() as c:
        result = c.exec_driver_sql(f"SELECT * FROM {name}")
        keys = list(result.keys())
        return {row[0]: dict(zip(keys, row, strict=True)) for row in result}


def scope_of(db: Database, user: str) -> dict[str, set[int]]:
    with db.session() as s:
        return Scope(s, User.read(s, user)).rows()


def differences(db: Database, replica: Replica) -> list[str]:
    with replica.db.engine.connect() as c:
        user = c.execute(text("SELECT user_name FROM replica_state")).scalar()
        waiting = c.execute(text("SELECT count(*) FROM local_changes")).scalar()
    problems = [f"{waiting} changes still waiting"] if waiting else []
    scope = scope_of(db, user)
    for name in T.REPLICATED:
        want = server_rows(db, name, scope[name] if name in T.BUSINESS else None)
        have = laptop_rows(replica, name)
        for row_id in sorted(set(want) ^ set(have)):
            problems.append(f"{name} {row_id}: {'missing' if row_id in want else 'extra'}")
        for row_id in sorted(set(want) & set(have)):
            diff = {k: (v, have[row_id].get(k)) for k, v in want[row_id].items()
                    if k in have[row_id] and have[row_id][k] != v}
            if diff:
                problems.append(f"{name} {row_id}: {diff}")
    return problems


def quiesce(replicas: list[Replica]) -> None:
    """Sync every laptop twice: what a sync's own request wrote on the server (the number
    blocks it leased) reaches it with the next."""
    for _round in range(2):
        for replica in replicas:
            replica.sync()


def assert_converged(db: Database, replicas: list[Replica]) -> None:
    problems = {r.device_no: differences(db, r) for r in replicas}
    found = {no: p[:8] for no, p in problems.items() if p}
    assert not found, "\n".join(f"laptop {no}: {line}" for no, lines in found.items()
                                 for line in lines)
