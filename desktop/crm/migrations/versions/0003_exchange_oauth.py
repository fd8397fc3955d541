"""OAuth 2.0 client credentials for the Exchange sync: tenant and token address

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_sync_settings") as batch_op:
        batch_op.add_column(sa.Column("oauth_tenant", sa.String(80), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("oauth_token_url", sa.String(300), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("exchange_sync_settings") as batch_op:
        batch_op.drop_column("oauth_token_url")
        batch_op.drop_column("oauth_tenant")
