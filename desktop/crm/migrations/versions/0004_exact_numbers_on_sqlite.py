"""Money and quantities exact on SQLite: stored as whole numbers of their smallest unit

SQLite kept these NUMERIC columns as floats (15 significant digits). From this revision the
application stores them on SQLite as integers scaled by 10^scale (cents, ten-thousandths):
existing values are converted once. PostgreSQL's NUMERIC was exact already: nothing to do.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: (table, column, scale) of every ExactNumeric column at this revision
COLUMNS = [
    ("items", "base_price", 4), ("sales_process_phases", "probability_pct", 2),
    ("business_partners", "turnover_previous_year", 2),
    ("business_partners", "turnover_current_year", 2), ("business_partners", "credit_limit", 2),
    ("business_partners", "open_balance", 2), ("business_partners", "overdue_amount", 2),
    ("opportunities", "probability_pct", 2), ("opportunities", "expected_revenue", 2),
    ("opportunity_items", "ordered_qty", 4), ("opportunity_items", "price", 4),
    ("opportunity_items", "discount_pct", 2), ("opportunity_items", "discount_amount", 2),
    ("opportunity_items", "amount", 2), ("opportunity_references", "amount", 2),
    ("quotations", "probability_pct", 2), ("activity_references", "amount", 2),
    ("quotation_lines", "ordered_qty", 4), ("quotation_lines", "price", 4),
    ("quotation_lines", "discount_pct", 2), ("quotation_lines", "discount_amount", 2),
    ("quotation_lines", "amount", 2),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, column, scale in COLUMNS:
        op.execute(f"UPDATE {table} SET {column} = CAST(ROUND({column} * {10 ** scale}) AS "
                   f"INTEGER) WHERE {column} IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, column, scale in COLUMNS:
        op.execute(f"UPDATE {table} SET {column} = {column} / {float(10 ** scale)} "
                   f"WHERE {column} IS NOT NULL")
