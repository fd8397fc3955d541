"""The team server logs the changes of the tables added since the replication (0013): units
and their descriptions (reference data, issue 31), consent events and erasure logs (business
data held with their contact, issue 37). Only adds triggers: a laptop of the previous release
still syncs.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

#: as desktop.team.tables names them at this revision
ADDED = ["units", "unit_descriptions", "consent_events", "personal_data_erasures"]


def _triggers(table: str) -> list[str]:
    """0013's capture triggers (its module's name starts with a digit: loaded by path)."""
    path = Path(__file__).with_name("0013_team_replication.py")
    spec = importlib.util.spec_from_file_location("crm_migration_0013", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.capture_triggers(table)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ADDED:
            for statement in _triggers(table):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ADDED:
            for statement in _triggers(table)[:3]:
                op.execute(statement)
