"""Personal data (issue 37): a contact's "do not mail" flag, the history of opt-outs and
opt-ins with their date and source, the log of erasures, and how long contacts without
activity are kept

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from desktop.crm.db.types import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None
NEVER_REUSED = {"sqlite_autoincrement": True}
#: ids are BIGINT on PostgreSQL since the team replicas (0013)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # a recreated SQLite table keeps AUTOINCREMENT only when told (ids never reused, 0005)
    with op.batch_alter_table("contacts", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(sa.Column("do_not_mail", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("crm_parameters", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(sa.Column("retention_contact_years", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.create_table(
        "consent_events",
        sa.Column("id", ID, nullable=False),
        sa.Column("contact_id", ID, nullable=False),
        sa.Column("channel", sa.Enum("MARKETING", "POST", "PHONE", name="consentchannel",
                                     native_enum=False, create_constraint=False,
                                     length=17), nullable=False),
        sa.Column("objected", sa.Boolean(), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(80), nullable=False),
        sa.Column("user_name", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"), **NEVER_REUSED)
    op.create_index("ix_consent_events_contact_id", "consent_events", ["contact_id"])
    op.create_table(
        "personal_data_erasures",
        sa.Column("id", ID, nullable=False),
        sa.Column("contact_id", ID, nullable=False),
        sa.Column("erased_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rows_changed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"]),
        sa.PrimaryKeyConstraint("id"), **NEVER_REUSED)
    op.create_index("ix_personal_data_erasures_contact_id", "personal_data_erasures",
                    ["contact_id"])


def downgrade() -> None:
    op.drop_index("ix_personal_data_erasures_contact_id", "personal_data_erasures")
    op.drop_table("personal_data_erasures")
    op.drop_index("ix_consent_events_contact_id", "consent_events")
    op.drop_table("consent_events")
    with op.batch_alter_table("crm_parameters", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_column("retention_contact_years")
    with op.batch_alter_table("contacts", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_column("do_not_mail")
