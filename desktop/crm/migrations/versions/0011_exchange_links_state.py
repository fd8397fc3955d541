"""Exchange links remember what was last synchronized (so that an update writes only what the
CRM changed), which series an occurrence belongs to, whether the link waits to be found again
under the other protocol's id, and whether the mailbox's item was released (kept in the
mailbox, no longer written by the CRM: the unused "deleted" flag takes that meaning); the
settings say whether tasks are synchronized

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-09
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_item_links") as batch_op:
        batch_op.alter_column("deleted", new_column_name="released",
                              existing_type=sa.Boolean(), existing_nullable=False)
        batch_op.add_column(sa.Column("synced", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("series_id", sa.String(512), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("rekey", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("exchange_sync_settings") as batch_op:
        batch_op.add_column(sa.Column("sync_tasks", sa.Boolean(), nullable=False,
                                      server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("exchange_sync_settings") as batch_op:
        batch_op.drop_column("sync_tasks")
    with op.batch_alter_table("exchange_item_links") as batch_op:
        batch_op.drop_column("rekey")
        batch_op.drop_column("series_id")
        batch_op.drop_column("synced")
        batch_op.alter_column("released", new_column_name="deleted",
                              existing_type=sa.Boolean(), existing_nullable=False)
