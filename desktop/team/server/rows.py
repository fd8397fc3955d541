"""Current rows of the server, as the wire carries them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.team import tables as T, wire
from desktop.team.server.scope import chunked_rows


def read(session: Session, name: str, ids: Iterable[int]) -> dict[int, wire.Row]:
    """The rows of ``name`` with these ids that exist, encoded for the wire."""
    table = T.table(name)
    return {row["id"]: wire.encode(name, row)
            for row in chunked_rows(session, select(table), table.c.id, set(ids))}


def read_all(session: Session, wanted: dict[str, set[int]]) -> list[list]:
    """[table, id, row or None] for every wanted row, parents first; None: it is gone."""
    out = []
    for name in sorted(wanted, key=T.order().__getitem__):
        ids = wanted[name]
        if not ids:
            continue
        found = read(session, name, ids)
        out += [[name, i, found.get(i)] for i in sorted(ids)]
    return out
