"""Letters name the business object they are written for (partner, contact, opportunity or
activity): the merge fields a letter offers and accepts are those that object reaches

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters") as batch_op:
        batch_op.add_column(sa.Column(
            "object_kind", sa.Enum("BUSINESS_PARTNER", "OPPORTUNITY", "CONTACT", "ACTIVITY",
                                   "QUOTATION", name="businessobjectkind", native_enum=False,
                                   length=24),
            nullable=False, server_default="CONTACT"))


def downgrade() -> None:
    with op.batch_alter_table("letters") as batch_op:
        batch_op.drop_column("object_kind")
