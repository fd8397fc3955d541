"""A new database is created at the current schema in one step and stamped (issue 31): the
same schema as replaying every migration, on both databases, and an upgrade still works from
the stamp."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from desktop.crm import migrations
from desktop.crm.db.database import make_engine, open_database


def _schema(engine) -> dict:
    """Every table as the database describes it: columns, keys, indexes, constraints, and on
    SQLite whether ids are AUTOINCREMENT."""
    found = {}
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(inspector.get_table_names()):
            found[table] = {
                # in any order (a migration adds a column at the end), without server
                # defaults (a migration gives one to a column it adds to existing rows; the
                # domain writes every column's value)
                "columns": sorted((c["name"], str(c["type"]), c["nullable"])
                                  for c in inspector.get_columns(table)),
                "pk": inspector.get_pk_constraint(table)["constrained_columns"],
                "fks": sorted((tuple(fk["constrained_columns"]), fk["referred_table"],
                               tuple(fk["referred_columns"]),
                               (fk.get("options") or {}).get("ondelete"))
                              for fk in inspector.get_foreign_keys(table)),
                "indexes": sorted((tuple(i["column_names"]), bool(i["unique"]))
                                  for i in inspector.get_indexes(table)),
                "unique": sorted(tuple(u["column_names"])
                                 for u in inspector.get_unique_constraints(table)),
                "checks": sorted(c["sqltext"] for c in inspector.get_check_constraints(table)),
            }
        if engine.dialect.name == "sqlite":
            for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
                if name in found:
                    found[name]["autoincrement"] = "AUTOINCREMENT" in (sql or "")
    return found


@pytest.fixture
def two_databases(templates, backend):
    urls = [templates._new_url(backend, f"{road}_{backend}") for road in ("replay", "one")]
    engines = [make_engine(url) for url in urls]
    yield engines
    for engine, url in zip(engines, urls, strict=True):
        engine.dispose()
        templates.drop(url)


def test_one_step_gives_the_schema_of_every_migration_replayed(two_databases):
    replayed, one_step = two_databases
    migrations.upgrade(replayed)
    migrations.create_current(one_step)
    old, new = _schema(replayed), _schema(one_step)
    assert set(old) == set(new)
    differences = [table for table in old if old[table] != new[table]]
    assert not differences, {t: (old[t], new[t]) for t in differences[:2]}


def test_a_new_database_is_stamped_at_the_head(two_databases):
    _replayed, one_step = two_databases
    migrations.create_current(one_step)
    with one_step.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            migrations.head_revision()
    migrations.upgrade(one_step)  # nothing to replay: the stamp says so


def test_opening_an_empty_file_takes_the_one_step(tmp_path, monkeypatch):
    replays = []
    monkeypatch.setattr(migrations, "upgrade", lambda *a, **k: replays.append(a))
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    try:
        assert db.created and replays == []
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM business_partners")).scalar() == 0
    finally:
        db.dispose()
