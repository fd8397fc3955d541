"""Exchange Online through Microsoft Graph: the application, how it signs in (secret,
certificate, or a salesperson's own account), and the addresses of Graph and of the sign-in
authority (empty: Microsoft's)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = [("graph_tenant", 80), ("graph_client_id", 80), ("certificate_path", 300),
           ("graph_account", 120), ("graph_url", 300), ("authority_url", 300)]


def upgrade() -> None:
    with op.batch_alter_table("exchange_sync_settings") as batch_op:
        batch_op.add_column(sa.Column(
            "graph_sign_in", sa.Enum("APP_SECRET", "APP_CERTIFICATE", "DELEGATED",
                                     name="graphsignin", native_enum=False, length=23),
            nullable=False, server_default="APP_SECRET"))
        for name, length in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length), nullable=False,
                                          server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("exchange_sync_settings") as batch_op:
        for name, _length in reversed(COLUMNS):
            batch_op.drop_column(name)
        batch_op.drop_column("graph_sign_in")
