"""Alembic environment: always given a live connection by desktop.crm.migrations."""

from alembic import context

import desktop.crm.entities  # noqa: F401 - fills the metadata
from desktop.crm.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the CLI is not used
    raise RuntimeError("run migrations through desktop.crm.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
