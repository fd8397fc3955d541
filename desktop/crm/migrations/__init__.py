"""Alembic migrations shipped inside the package, driven programmatically."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def head_revision() -> str:
    return _script().get_current_head() or ""


def upgrade(engine: Engine, revision: str = "head") -> None:
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
