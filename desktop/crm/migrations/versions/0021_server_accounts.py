"""A team server's own sign-in accounts, for a company without Entra ID (issue 35)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

import desktop.crm.db.types

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

#: ids are BIGINT on PostgreSQL since the team replicas (0013)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "server_accounts",
        sa.Column("id", ID, nullable=False),
        sa.Column("user_name", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", desktop.crm.db.types.UTCDateTime(timezone=True),
                  nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_accounts")),
        sa.UniqueConstraint("user_name", name=op.f("uq_server_accounts_user_name")),
        sqlite_autoincrement=True)


def downgrade() -> None:
    op.drop_table("server_accounts")
