"""Files from the real world: a partner's company registration number (SIRET, company
number), a duplicate sign like the VAT number; the UID of the vCard a contact came from, so
that a second import finds it; and the records a user said are not duplicates of one another

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

from desktop.crm.db.types import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None
#: ids are BIGINT on PostgreSQL since the team replicas (0013)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("business_partners") as batch_op:
        batch_op.add_column(sa.Column("registration_number", sa.String(20), nullable=False,
                                      server_default=""))
        batch_op.create_index("ix_business_partners_registration_number",
                              ["registration_number"])
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("card_uid", sa.String(255), nullable=False,
                                      server_default=""))
        batch_op.create_index("ix_contacts_card_uid", ["card_uid"])
    op.create_table(
        "distinct_sets",
        sa.Column("id", ID, nullable=False),
        sa.Column("created_by", sa.String(40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_distinct_sets"),
        sqlite_autoincrement=True)  # ids never reused, as every table's (0005)
    op.create_table(
        "distinct_members",
        sa.Column("id", ID, nullable=False),
        sa.Column("set_id", ID, nullable=False),
        sa.Column("business_partner_id", ID, nullable=True),
        sa.Column("contact_id", ID, nullable=True),
        sa.ForeignKeyConstraint(["set_id"], ["distinct_sets.id"], ondelete="CASCADE",
                                name="fk_distinct_members_set_id_distinct_sets"),
        sa.ForeignKeyConstraint(
            ["business_partner_id"], ["business_partners.id"], ondelete="CASCADE",
            name="fk_distinct_members_business_partner_id_business_partners"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_distinct_members_contact_id_contacts"),
        sa.PrimaryKeyConstraint("id", name="pk_distinct_members"),
        sqlite_autoincrement=True)
    for column in ("set_id", "business_partner_id", "contact_id"):
        op.create_index(f"ix_distinct_members_{column}", "distinct_members",
                        [column])


def downgrade() -> None:
    op.drop_table("distinct_members")
    op.drop_table("distinct_sets")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_card_uid")
        batch_op.drop_column("card_uid")
    with op.batch_alter_table("business_partners") as batch_op:
        batch_op.drop_index("ix_business_partners_registration_number")
        batch_op.drop_column("registration_number")
