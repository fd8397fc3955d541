"""Alembic migrations shipped inside the package, driven programmatically.

Opening a database that is up to date needs only the list of revisions, which the files' names
give (``0010_partner_vat_number.py`` is revision 0010; a test holds them to Alembic's own
view): Alembic itself is loaded only when a database is created or upgraded. A new database is
created at the current schema in one step and stamped with the head revision (replaying every
migration took seconds); a test holds the two roads to the same schema."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

HERE = Path(__file__).resolve().parent


def config(connection=None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def known_revisions() -> set[str]:
    return {path.name.split("_", 1)[0] for path in (HERE / "versions").glob("[0-9]*_*.py")}


def head_revision() -> str:
    return max(known_revisions(), default="")


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            command.upgrade(config(connection), revision)
        return
    with engine.connect() as connection:
        # a migration that rebuilds a table drops the old one: with the foreign keys on,
        # SQLite would delete (or refuse) every row that points at it. The pragma works only
        # outside a transaction, and the keys are checked once the rebuild is done.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            with connection.begin():
                command.upgrade(config(connection), revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def create_current(engine: Engine) -> None:
    """An empty database brought to the current schema in one step: the tables as the
    entities declare them, every SQLite id AUTOINCREMENT as the migrations make them (ids are
    never reused), and Alembic's stamp of the head revision."""
    from alembic import command

    from desktop.crm import entities  # noqa: F401 - fills the metadata
    from desktop.crm.db.base import Base

    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        copy = table.to_metadata(metadata)
        if engine.dialect.name == "sqlite" and "id" in copy.c and copy.c.id.primary_key:
            copy.dialect_options["sqlite"]["autoincrement"] = True
    with engine.begin() as connection:
        metadata.create_all(connection)
        command.stamp(config(connection), "head")
