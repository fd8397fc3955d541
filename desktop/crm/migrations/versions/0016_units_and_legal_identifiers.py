"""Units of measure named in each language (a French customer's quotation says "pièce", not
"pcs"); the seller's legal identifiers printed on quotations (legal form, share capital,
registration number, VAT number); and, on SQLite, AUTOINCREMENT back on the two tables whose
later rebuilds (0009, 0011) had dropped it, so that their ids are never reused either and a
new database created in one step has the schema of the migrations replayed

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

import desktop.crm.db.types

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

LEGAL = (("company_legal_form", 40), ("company_capital", 40), ("company_registration", 60),
         ("company_vat_number", 20))
REBUILT = ("exchange_item_links", "exchange_sync_settings")
#: ids are BIGINT on PostgreSQL since the team replicas (0013)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _audit() -> list[sa.Column]:
    return [sa.Column("created_by", sa.String(length=40), nullable=False),
            sa.Column("created_at", desktop.crm.db.types.UTCDateTime(timezone=True),
                      nullable=False),
            sa.Column("modified_by", sa.String(length=40), nullable=False),
            sa.Column("modified_at", desktop.crm.db.types.UTCDateTime(timezone=True),
                      nullable=False),
            sa.Column("version", sa.Integer(), nullable=False)]


def _autoincrement(on: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in REBUILT:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": on}):
            pass


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", ID, nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("description", sa.String(length=30), nullable=False),
        *_audit(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("code", name=op.f("uq_units_code")),
        sqlite_autoincrement=True)
    op.create_table(
        "unit_descriptions",
        sa.Column("id", ID, nullable=False),
        sa.Column("unit_id", ID, nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("description", sa.String(length=30), nullable=False),
        *_audit(),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], ondelete="CASCADE",
                                name=op.f("fk_unit_descriptions_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_descriptions")),
        sa.UniqueConstraint("unit_id", "language",
                            name=op.f("uq_unit_descriptions_unit_id_language")),
        sqlite_autoincrement=True)
    op.create_index(op.f("ix_unit_descriptions_unit_id"), "unit_descriptions", ["unit_id"])
    with op.batch_alter_table("com_parameters") as batch_op:
        for name, length in LEGAL:
            batch_op.add_column(sa.Column(name, sa.String(length), nullable=False,
                                          server_default=""))
    _autoincrement(True)


def downgrade() -> None:
    _autoincrement(False)
    with op.batch_alter_table("com_parameters") as batch_op:
        for name, _length in reversed(LEGAL):
            batch_op.drop_column(name)
    op.drop_index(op.f("ix_unit_descriptions_unit_id"), table_name="unit_descriptions")
    op.drop_table("unit_descriptions")
    op.drop_table("units")
