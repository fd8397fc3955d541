"""Employees' roles (issue 35, Q-SEC-1): salesperson, account manager, marketing, CRM manager,
stored by name in one column of the employee's row so that they replicate with it to the
laptops, which refuse the same changes offline as the server does online

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("employees") as batch_op:
        batch_op.add_column(sa.Column("roles", sa.String(length=80), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("employees") as batch_op:
        batch_op.drop_column("roles")
