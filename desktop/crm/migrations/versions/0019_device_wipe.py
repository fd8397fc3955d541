"""A revoked laptop may be told to delete the team's records it holds (issue 35, item 2)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch would rebuild the table on SQLite, without AUTOINCREMENT
    op.add_column("replica_devices", sa.Column("wipe", sa.Boolean(), nullable=False,
                                               server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("replica_devices") as batch_op:
        batch_op.drop_column("wipe")
