"""The team's replication: every id a BIGINT on PostgreSQL (a laptop's ids carry its device
number above 2**40), the server's change log written by triggers on every replicated table,
devices, applied units, holdings (scopes), number leases, pins and sync conflicts; a laptop's
replica state, captured changes and deferred evictions; gap-free number series; quotation
revisions. Only adds: a previous release's laptop still syncs (desktop.team.versions).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-12
"""

import sqlalchemy as sa
from alembic import op

import desktop.crm.db.types

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
#: a recreated SQLite table keeps AUTOINCREMENT only when told (ids never reused, 0005)
NEVER_REUSED = {"sqlite_autoincrement": True}

#: the tables whose changes replicate, as this revision knows them (desktop.team.tables)
REPLICATED = [
    "number_series", "sales_offices", "employees", "sales_user_profiles", "sales_order_types",
    "quotation_parameters", "items", "phases", "sales_processes", "sales_process_phases",
    "buyer_roles", "opportunity_types", "opportunity_sources", "reasons", "attributes",
    "attribute_options", "attribute_sets", "attribute_set_members", "crm_parameters",
    "com_parameters", "user_defaults", "default_attribute_sets_by_role", "activity_templates",
    "letters", "reports", "report_layout_lines", "selections",
    "business_partners", "business_partner_roles", "contacts", "opportunities",
    "opportunity_items", "opportunity_contacts", "opportunity_references", "quotations",
    "quotation_lines", "activities", "attendees", "email_recipients", "email_attachments",
    "activity_references", "notes", "attribute_values", "partner_pins", "sync_conflicts",
]
#: integer columns that hold ids of records of several kinds (no foreign key says so)
POLYMORPHIC_IDS = [("notes", "object_id"), ("attribute_values", "object_id"),
                   ("sync_outbox", "activity_id")]

#: statement-level triggers with transition tables: a bulk insert of 100,000 rows logs them
#: in one INSERT ... SELECT. The transaction id (xid8) is what the pull compares with
#: pg_snapshot_xmin(pg_current_snapshot()).
CAPTURE_FUNCTIONS = """
CREATE OR REPLACE FUNCTION crm_capture_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_log (txid, table_name, row_id, op, origin)
  SELECT pg_current_xact_id()::text::bigint, TG_TABLE_NAME, id, left(TG_OP, 1),
         coalesce(current_setting('crm.origin', true), '') FROM new_rows;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION crm_capture_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_log (txid, table_name, row_id, op, origin)
  SELECT pg_current_xact_id()::text::bigint, TG_TABLE_NAME, id, 'D',
         coalesce(current_setting('crm.origin', true), '') FROM old_rows;
  RETURN NULL;
END $$;
"""


def capture_triggers(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS crm_capture_i ON {table}",
        f"DROP TRIGGER IF EXISTS crm_capture_u ON {table}",
        f"DROP TRIGGER IF EXISTS crm_capture_d ON {table}",
        f"CREATE TRIGGER crm_capture_i AFTER INSERT ON {table} REFERENCING NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_capture_new()",
        f"CREATE TRIGGER crm_capture_u AFTER UPDATE ON {table} REFERENCING NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_capture_new()",
        f"CREATE TRIGGER crm_capture_d AFTER DELETE ON {table} REFERENCING OLD TABLE AS "
        f"old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_capture_old()",
    ]


def _widen_ids_on_postgresql() -> None:
    """Every integer primary key named id, every integer foreign key and the polymorphic id
    columns become BIGINT, with their sequences."""
    bind = op.get_bind()
    rows = bind.exec_driver_sql("""
        SELECT c.table_name, c.column_name FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.data_type = 'integer' AND (
          (c.column_name = 'id' AND EXISTS (
             SELECT 1 FROM information_schema.key_column_usage k
             JOIN information_schema.table_constraints t USING (constraint_name, table_schema)
             WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name
               AND k.column_name = c.column_name AND k.table_schema = c.table_schema))
          OR EXISTS (
             SELECT 1 FROM information_schema.key_column_usage k
             JOIN information_schema.table_constraints t USING (constraint_name, table_schema)
             WHERE t.constraint_type = 'FOREIGN KEY' AND k.table_name = c.table_name
               AND k.column_name = c.column_name AND k.table_schema = c.table_schema))
    """).all()
    columns = sorted(set(rows) | set(POLYMORPHIC_IDS))
    by_table: dict[str, list[str]] = {}
    for table, column in columns:
        by_table.setdefault(table, []).append(column)
    for table, names in by_table.items():
        alters = ", ".join(f"ALTER COLUMN {name} TYPE BIGINT" for name in names)
        bind.exec_driver_sql(f"ALTER TABLE {table} {alters}")
        if "id" in names:
            sequence = bind.exec_driver_sql(
                f"SELECT pg_get_serial_sequence('{table}', 'id')").scalar()
            if sequence:
                bind.exec_driver_sql(f"ALTER SEQUENCE {sequence} AS BIGINT")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _widen_ids_on_postgresql()
    op.create_table('change_log',
    sa.Column('id', ID, nullable=False),
    sa.Column('txid', sa.BigInteger(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', ID, nullable=False),
    sa.Column('op', sa.String(length=1), nullable=False),
    sa.Column('origin', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_txid_id', ['txid', 'id'], unique=False)

    op.create_table('deferred_evictions',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', ID, autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_deferred_evictions'))
    )
    op.create_table('local_changes',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('txn', sa.BigInteger(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', ID, nullable=False),
    sa.Column('op', sa.String(length=1), nullable=False),
    sa.Column('old_values', sa.Text(), nullable=True),
    sa.Column('new_values', sa.Text(), nullable=True),
    sa.Column('changed', sa.Text(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_local_changes'))
    )
    with op.batch_alter_table('local_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_local_changes_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_local_changes_txn'), ['txn'], unique=False)

    op.create_table('local_txn',
    sa.Column('id', ID, nullable=False),
    sa.Column('txn', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_txn')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    op.create_table('replica_devices',
    sa.Column('id', ID, nullable=False),
    sa.Column('device_no', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('revision', sa.String(length=20), nullable=False),
    sa.Column('cursor_txid', sa.BigInteger(), nullable=False),
    sa.Column('cursor_id', sa.BigInteger(), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.Column('acknowledged', sa.BigInteger(), nullable=False),
    sa.Column('scope_day', sa.Date(), nullable=True),
    sa.Column('registered_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_replica_devices')),
    sa.UniqueConstraint('device_no', name=op.f('uq_replica_devices_device_no')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    with op.batch_alter_table('replica_devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_replica_devices_user_name'), ['user_name'], unique=False)

    op.create_table('replica_state',
    sa.Column('id', ID, nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('device_no', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=40), nullable=False),
    sa.Column('capture', sa.Integer(), nullable=False),
    sa.Column('last_txn', sa.BigInteger(), nullable=False),
    sa.Column('next_id', sa.BigInteger(), nullable=False),
    sa.Column('id_high', sa.BigInteger(), nullable=False),
    sa.Column('cursor_txid', sa.BigInteger(), nullable=False),
    sa.Column('cursor_id', sa.BigInteger(), nullable=False),
    sa.Column('copied', sa.Boolean(), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.Column('last_sync_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_replica_state')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    op.create_table('sync_conflicts',
    sa.Column('id', ID, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', ID, nullable=False),
    sa.Column('record_label', sa.String(length=80), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('base_value', sa.Text(), nullable=False),
    sa.Column('server_value', sa.Text(), nullable=False),
    sa.Column('laptop_value', sa.Text(), nullable=False),
    sa.Column('kept', sa.String(length=10), nullable=False),
    sa.Column('user_name', sa.String(length=40), nullable=False),
    sa.Column('owner_name', sa.String(length=40), nullable=False),
    sa.Column('device_no', sa.Integer(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    sa.Column('resolved_by', sa.String(length=40), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.Column('created_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=40), nullable=False),
    sa.Column('modified_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_owner_name'), ['owner_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_resolved'), ['resolved'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_user_name'), ['user_name'], unique=False)

    op.create_table('number_leases',
    sa.Column('id', ID, nullable=False),
    sa.Column('device_no', sa.Integer(), nullable=False),
    sa.Column('series_id', ID, nullable=False),
    sa.Column('first_value', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.Column('leased_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['number_series.id'], name=op.f('fk_number_leases_series_id_number_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_leases')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    with op.batch_alter_table('number_leases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_number_leases_device_no'), ['device_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_number_leases_series_id'), ['series_id'], unique=False)

    op.create_table('pushed_units',
    sa.Column('device_id', ID, nullable=False),
    sa.Column('sequence', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('touched', sa.Text(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('applied_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['replica_devices.id'], name=op.f('fk_pushed_units_device_id_replica_devices')),
    sa.PrimaryKeyConstraint('device_id', 'sequence', name=op.f('pk_pushed_units'))
    )
    op.create_table('replica_holdings',
    sa.Column('device_id', ID, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', ID, autoincrement=False, nullable=False),
    sa.Column('evicted_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.Column('evicted_generation', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['replica_devices.id'], name=op.f('fk_replica_holdings_device_id_replica_devices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('device_id', 'table_name', 'row_id', name=op.f('pk_replica_holdings'))
    )
    op.create_table('partner_pins',
    sa.Column('id', ID, nullable=False),
    sa.Column('user_name', sa.String(length=40), nullable=False),
    sa.Column('business_partner_id', ID, nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.Column('created_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=40), nullable=False),
    sa.Column('modified_at', desktop.crm.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['business_partner_id'], ['business_partners.id'], name=op.f('fk_partner_pins_business_partner_id_business_partners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_pins')),
    sa.UniqueConstraint('user_name', 'business_partner_id', name=op.f('uq_partner_pins_user_name_business_partner_id')),
    sqlite_autoincrement=True,  # ids never reused, as every table's (0005)
    )
    with op.batch_alter_table('partner_pins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_pins_business_partner_id'), ['business_partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_pins_user_name'), ['user_name'], unique=False)

    with op.batch_alter_table('number_series', schema=None, table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(sa.Column('gap_free', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('quotations', schema=None, table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('revised_from_id', ID, nullable=True))
        batch_op.create_index(batch_op.f('ix_quotations_revised_from_id'), ['revised_from_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_quotations_revised_from_id_quotations'), 'quotations', ['revised_from_id'], ['id'])


    if op.get_bind().dialect.name == "postgresql":
        op.execute(CAPTURE_FUNCTIONS)
        for table in REPLICATED:
            for statement in capture_triggers(table):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in REPLICATED:
            for statement in capture_triggers(table)[:3]:
                op.execute(statement)
        op.execute("DROP FUNCTION IF EXISTS crm_capture_new()")
        op.execute("DROP FUNCTION IF EXISTS crm_capture_old()")
    with op.batch_alter_table("quotations", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_quotations_revised_from_id_quotations"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_quotations_revised_from_id"))
        batch_op.drop_column("revised_from_id")
        batch_op.drop_column("revision")
    with op.batch_alter_table("number_series", table_kwargs=NEVER_REUSED) as batch_op:
        batch_op.drop_column("gap_free")
    for table in ("partner_pins", "replica_holdings", "pushed_units", "number_leases",
                  "sync_conflicts", "replica_state", "replica_devices", "local_txn",
                  "local_changes", "deferred_evictions", "change_log"):
        op.drop_table(table)
