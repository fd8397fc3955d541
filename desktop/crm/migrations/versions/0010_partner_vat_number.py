"""A partner's VAT number: the surest sign that two partners are one company, used by the
duplicate check of imports and of the clean-up

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("business_partners") as batch_op:
        batch_op.add_column(sa.Column("vat_number", sa.String(20), nullable=False,
                                      server_default=""))
        batch_op.create_index("ix_business_partners_vat_number", ["vat_number"])


def downgrade() -> None:
    with op.batch_alter_table("business_partners") as batch_op:
        batch_op.drop_index("ix_business_partners_vat_number")
        batch_op.drop_column("vat_number")
