"""Opening databases: creation, upgrade with backup, and clear refusals."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop.crm import entities as E, migrations
from desktop.crm.db.base import Base
from desktop.crm.db.database import describe_url, make_engine, open_database
from desktop.crm.errors import DatabaseOpenError


def test_new_sqlite_file_is_created_at_head(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    try:
        assert db.created
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                migrations.head_revision()
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.dispose()


def test_the_revisions_by_file_name_are_alembics():
    """Opening a database reads the revisions from the files' names, without Alembic."""
    from desktop.crm import migrations

    script = migrations.script()
    assert migrations.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrations.head_revision() == script.get_current_head()


def test_migrations_match_the_entities(db):
    """The equivalent of `alembic check`: no drift between the models and the migrations."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []


def test_empty_database_upgrades_to_head(templates, backend):
    url = templates._new_url(backend, f"empty_{backend}_upgrade")
    db = open_database(url)
    try:
        assert db.created
        with db.engine.connect() as conn:
            tables = set(conn.dialect.get_table_names(conn))
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()
        templates.drop(url)


def test_older_sqlite_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    first = sorted(migrations.known_revisions())[0]
    migrations.upgrade(engine, first)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO phases (code, description, created_by, created_at, "
                          "modified_by, modified_at, version) VALUES ('ANA', 'Analyse', '', "
                          "CURRENT_TIMESTAMP, '', CURRENT_TIMESTAMP, 1)"))
    engine.dispose()
    if first == migrations.head_revision():
        pytest.fail("there must be at least two migrations to test an upgrade")

    db = open_database(f"sqlite:///{path}")
    try:
        assert db.upgraded_from == first
        assert db.backup_path is not None and db.backup_path.exists()
        backup = sqlite3.connect(db.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first
        assert backup.execute("SELECT code FROM phases").fetchall() == [("ANA",)]
        backup.close()
        with db.session() as s:
            assert s.scalars(select(E.Phase.code)).all() == ["ANA"]
    finally:
        db.dispose()


def test_newer_database_is_refused(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(db.url)
    assert "newer version" in str(caught.value)
    assert "f00dfeed" in str(caught.value)


def test_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(f"sqlite:///{path}")
    assert "is not a CRM database" in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.close()
    with pytest.raises(DatabaseOpenError, match="not a CRM database"):
        open_database(f"sqlite:///{path}")


def test_unreachable_server_gives_one_sentence():
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql://crm@127.0.0.1:1/crm")
    message = str(caught.value)
    assert message.startswith("The database server postgresql 127.0.0.1:1/crm cannot be reached")
    assert "\n" not in message


def test_describe_url_hides_password():
    assert describe_url("postgresql://u:secret@db.example:5432/crm") == \
        "postgresql db.example:5432/crm"
    assert "secret" not in describe_url("postgresql://u:secret@h/crm")
    assert make_url("sqlite:///x.sqlite").database == "x.sqlite"
