"""Personal data, second round (issue 37): a contact under a legal hold (a dispute, an audit)
whose data may not be erased, and how long the contacts of prospects without activity are
kept, apart from the others (the CNIL: three years after the last contact for a prospect).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None
NEVER_REUSED = {"sqlite_autoincrement": True}


def upgrade() -> None:
    # a recreated SQLite table keeps AUTOINCREMENT only when told (ids never reused, 0005)
    with op.batch_alter_table("contacts", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(sa.Column("legal_hold", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("crm_parameters", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(sa.Column("retention_prospect_years", sa.Integer(),
                                      nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("crm_parameters", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_column("retention_prospect_years")
    with op.batch_alter_table("contacts", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_column("legal_hold")
