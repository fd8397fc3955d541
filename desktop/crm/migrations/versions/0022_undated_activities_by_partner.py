"""A partner's undated activities, newest first: the Customer 360's timeline reads them after
the dated ones. Through the partner's index that read looked up every activity of the partner
to find the few without a date (12 ms for a customer of 10,000 activities on SQLite); this
partial index holds only the undated ones, in the order the timeline wants (0.01 ms).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

UNDATED = sa.text("sort_date IS NULL")


def upgrade() -> None:
    op.create_index("ix_activities_partner_undated", "activities", ["business_partner_id", "id"],
                    sqlite_where=UNDATED, postgresql_where=UNDATED)


def downgrade() -> None:
    op.drop_index("ix_activities_partner_undated", table_name="activities")
