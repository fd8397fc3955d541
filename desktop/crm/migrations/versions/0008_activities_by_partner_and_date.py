"""A partner's activities by date: the Customer 360 lists partners by their last activity
and reads each partner's timeline newest first; with this index both are index seeks

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_activities_partner_sort_date", "activities",
                    ["business_partner_id", "sort_date"])


def downgrade() -> None:
    op.drop_index("ix_activities_partner_sort_date", table_name="activities")
