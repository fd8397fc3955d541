"""Tax rates and the company: an item's own rate and the quotation parameters' default, so a
quotation shows its tax and its total with tax; the company's name and address in the COM
parameters (the window title, the letterhead)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from desktop.crm.db.types import ExactNumeric

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch_op:
        batch_op.add_column(sa.Column("tax_rate_pct", ExactNumeric(5, 2), nullable=True))
    with op.batch_alter_table("quotation_parameters") as batch_op:
        batch_op.add_column(sa.Column("default_tax_rate_pct", ExactNumeric(5, 2), nullable=True))
    with op.batch_alter_table("com_parameters") as batch_op:
        batch_op.add_column(sa.Column("company_name", sa.String(80), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("company_address", sa.Text(), nullable=False,
                                      server_default=""))
    parameters = sa.table("quotation_parameters",
                          sa.column("default_tax_rate_pct", ExactNumeric(5, 2)))
    op.execute(parameters.update().values(default_tax_rate_pct=Decimal("20.00")))


def downgrade() -> None:
    with op.batch_alter_table("com_parameters") as batch_op:
        batch_op.drop_column("company_address")
        batch_op.drop_column("company_name")
    with op.batch_alter_table("quotation_parameters") as batch_op:
        batch_op.drop_column("default_tax_rate_pct")
    with op.batch_alter_table("items") as batch_op:
        batch_op.drop_column("tax_rate_pct")
