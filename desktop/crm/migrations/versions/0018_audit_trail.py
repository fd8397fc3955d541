"""The audit trail (issue 35, item 5): every change the team server applies, field by field,
with the verified user, the device, the moment and the old and new values; read per record

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

import desktop.crm.db.types

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

#: ids are BIGINT on PostgreSQL since the team replicas (0013)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "audit_trail",
        sa.Column("id", ID, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", ID, nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("user_name", sa.String(length=40), nullable=False),
        sa.Column("device_no", sa.Integer(), nullable=False),
        sa.Column("at", desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_trail")),
        sqlite_autoincrement=True)
    op.create_index("ix_audit_trail_record", "audit_trail", ["table_name", "row_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_trail_record", table_name="audit_trail")
    op.drop_table("audit_trail")
