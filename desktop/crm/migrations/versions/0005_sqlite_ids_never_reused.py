"""SQLite ids are never reused: every table's id becomes AUTOINCREMENT

Without AUTOINCREMENT SQLite hands out max(id) + 1, so the id of the last record deleted came
back on the next one, and whatever still named the old record (an Exchange link, a row an old
version left behind) named the new one. PostgreSQL's sequences never go back: nothing to do.
The tables are rebuilt (batch mode copies the rows and the indexes) with the foreign keys off;
desktop.crm.migrations checks them afterwards.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = [
    "attribute_sets", "attributes", "batch_runs", "buyer_roles", "exchange_sync_settings",
    "exchange_sync_users", "items", "letters", "notes", "number_series", "opportunity_sources",
    "opportunity_types", "phases", "reasons", "reports", "sales_processes", "selections",
    "sync_outbox", "activity_templates", "attribute_options", "attribute_set_members",
    "batch_run_lines", "com_parameters", "crm_parameters", "default_attribute_sets_by_role",
    "quotation_parameters", "report_layout_lines", "sales_offices", "sales_order_types",
    "sales_process_phases", "user_defaults", "attribute_values", "employees",
    "sales_user_profiles", "business_partners", "business_partner_roles", "contacts",
    "opportunities", "activities", "opportunity_contacts", "opportunity_items",
    "opportunity_references", "quotations", "activity_references", "attendees",
    "email_attachments", "email_recipients", "exchange_item_links", "quotation_lines",
]


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
