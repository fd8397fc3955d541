"""What a database holds: row counts per entity, for ``--check`` and the About box."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

import desktop.crm.entities  # noqa: F401 - complete metadata
from desktop.crm.base import Base


def count_rows(engine: Engine) -> dict[str, int]:
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
            counts[table.name] = conn.execute(
                select(func.count()).select_from(table)).scalar_one()
    return counts
