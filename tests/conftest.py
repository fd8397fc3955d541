"""Database fixtures: every database test runs on SQLite and on a real PostgreSQL server.

Each test gets a fresh database copied from a migrated template (a file copy for SQLite,
``CREATE DATABASE ... TEMPLATE`` for PostgreSQL), so tests may commit freely.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.crm import clock as app_clock, migrations
from desktop.crm.db.database import Database, make_engine
from desktop.crm.demo import build_demo
from tests.support import statement_tap
from tests.support.clock import PINNED
from tests.support.pgserver import PostgresCluster, find_bindir

# CI explores the same examples every run, so the suite never turns red by itself on a
# fresh random draw; at a desk each run draws new ones, and a failure prints its
# @reproduce_failure to pin as an example before the fix lands.
# before any engine or thread: tests watch statements through the tap, never by listening
statement_tap.install()

hypothesis_settings.register_profile("ci", derandomize=True, database=None,
                                     print_blob=True)
hypothesis_settings.register_profile("desk", print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "desk")

pytest_plugins = ["tests.support.reports"]  # scenario 19's fixture, for the domain and the GUI
BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def run_clock():
    """The run's pinned clock, for what session fixtures build (the demo templates)."""
    with app_clock.use(app_clock.PinnedClock(PINNED)) as pinned:
        yield pinned


@pytest.fixture(autouse=True)
def clock(run_clock):
    """Each test's own clock, pinned at the run's moment: ``clock.advance(...)`` moves it."""
    with app_clock.use(app_clock.PinnedClock(PINNED)) as pinned:
        yield pinned


@pytest.fixture
def now() -> dt.datetime:
    """The pinned moment, aware, in UTC."""
    return PINNED


@pytest.fixture
def today() -> dt.date:
    """The pinned day, in the local zone."""
    return PINNED.astimezone().date()


@pytest.fixture
def paris(monkeypatch):
    """The process's local zone is Europe/Paris for the test: its daylight-saving changes."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="session")
def pg_admin_url():
    """URL of a PostgreSQL maintenance database; a missing server fails in CI, skips elsewhere."""
    external = os.environ.get("CRM_TEST_POSTGRES_URL")
    if external:
        yield external
        return
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing (CI must install them)")
        pytest.skip("PostgreSQL server binaries not installed")
    cluster = PostgresCluster(bindir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def _pg_exec(admin_url: str, *statements: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


class TemplateFactory:
    """Builds migrated (optionally demo-filled) templates once, and fresh copies per test."""

    def __init__(self, tmp: Path, pg_admin_url_getter) -> None:
        self.tmp = tmp
        self._pg_admin = pg_admin_url_getter
        self.templates: dict[tuple[str, bool], str] = {}

    def template(self, backend: str, demo: bool) -> str:
        key = (backend, demo)
        if key not in self.templates:
            url = self._new_url(backend, f"template_{'demo' if demo else 'empty'}")
            engine = make_engine(url)
            try:
                migrations.upgrade(engine)
                if demo:
                    build_demo(engine, "small")
            finally:
                engine.dispose()
            self.templates[key] = url
        return self.templates[key]

    def _new_url(self, backend: str, name: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.sqlite')}"
        admin = self._pg_admin()
        _pg_exec(admin, f'CREATE DATABASE "{name}"')
        return str(make_url(admin).set(database=name).render_as_string(hide_password=False))

    def fresh(self, backend: str, demo: bool = False) -> str:
        source = self.template(backend, demo)
        name = f"t{next(_counter)}"
        if backend == "sqlite":
            target = self.tmp / f"{name}.sqlite"
            shutil.copyfile(make_url(source).database, target)
            return f"sqlite:///{target}"
        admin = self._pg_admin()
        _pg_exec(admin, f'CREATE DATABASE "{name}" TEMPLATE "{make_url(source).database}"')
        return str(make_url(admin).set(database=name).render_as_string(hide_password=False))

    def drop(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            Path(parsed.database).unlink(missing_ok=True)
        else:
            _pg_exec(self._pg_admin(), f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')


@pytest.fixture(scope="session")
def templates(tmp_path_factory, request):
    return TemplateFactory(tmp_path_factory.mktemp("db"),
                           lambda: request.getfixturevalue("pg_admin_url"))


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


def _database(templates: TemplateFactory, backend: str, demo: bool):
    url = templates.fresh(backend, demo)
    db = Database(url, make_engine(url))
    try:
        yield db
    finally:
        db.dispose()
        templates.drop(url)


@pytest.fixture
def db(templates, backend):
    """An empty, migrated database on each backend."""
    yield from _database(templates, backend, demo=False)


@pytest.fixture
def demo_db(templates, backend):
    """A database holding the small demo data, on each backend."""
    yield from _database(templates, backend, demo=True)


@pytest.fixture
def session(db):
    with db.session(user="tester") as s:
        yield s


@pytest.fixture
def demo_session(demo_db):
    with demo_db.session(user="tester") as s:
        yield s


@pytest.fixture
def memory_keyring():
    """A keyring in memory in place of the system's for the test."""
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)
