"""Every id is a BIGINT on PostgreSQL: a laptop of a team makes ids with its device number
above 2**40 (desktop.crm.db.identity), so every primary key, every foreign key and every
column that names a record by id is widened once the entities are declared. SQLite's INTEGER
is 64 bits already and stays INTEGER, the rowid."""

from __future__ import annotations

from desktop.crm.db.base import Base
from desktop.crm.db.identity import BigId

#: columns that hold ids of records of several kinds (no foreign key says so)
POLYMORPHIC_IDS = {("notes", "object_id"), ("attribute_values", "object_id"),
                   ("sync_outbox", "activity_id"), ("change_log", "row_id"),
                   ("replica_holdings", "row_id"), ("local_changes", "row_id"),
                   ("sync_conflicts", "row_id"), ("deferred_evictions", "row_id")}


def widen_ids() -> None:
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if (column.primary_key and column.name == "id") or column.foreign_keys or \
                    (table.name, column.name) in POLYMORPHIC_IDS:
                column.type = BigId
