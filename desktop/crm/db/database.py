"""Opening the database: URL resolution, engine set-up, upgrade with backup, clear errors.

The default is a SQLite file in the user's data folder; ``--database URL`` or the environment
variable ``CRM_DATABASE_URL`` selects any SQLAlchemy URL (PostgreSQL for a team).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import configure_mappers, sessionmaker

import desktop.crm.domain  # noqa: F401 - every mapper, rule and hook, before configure_mappers
from desktop.crm import clock, migrations
from desktop.crm.db.paths import APP_NAME, data_dir  # noqa: F401 - used from here too
from desktop.crm.db.session import CrmSession
from desktop.crm.db.storage_place import StorageWarning, journal_mode
from desktop.crm.errors import DatabaseOpenError
from desktop.crm.text_search import sqlite_fold

log = logging.getLogger(__name__)

ENV_URL = "CRM_DATABASE_URL"


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'crm.sqlite'}"


def resolve_url(explicit: str | None = None) -> str:
    """The URL to use: the command line, else the environment, else the embedded SQLite file."""
    return explicit or os.environ.get(ENV_URL) or default_url()


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy would pick psycopg2); a plain file
    path is a SQLite file."""
    url = url.strip()
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url and "://" not in url and url != ":memory:":
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def _masked(url: str) -> str:
    return re.sub(r"://([^:/@]*):[^@]*@", r"://\1:***@", url)


def probe_url(url: str) -> str:
    """Open the address once (Settings refuses one that does not open): the normalised
    address, or DatabaseOpenError with the sentence to show."""
    url = check_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.parent.is_dir() and not path.parent.parent.is_dir():
            raise DatabaseOpenError("The folder of {where} does not exist.",
                                    where=describe_url(url))
        return url
    engine = make_engine(url)
    try:
        with engine.connect():
            return url
    except OperationalError as exc:
        raise _unreachable(url, exc) from None
    finally:
        engine.dispose()


def check_url(url: str) -> str:
    """The normalised address, or DatabaseOpenError saying in one sentence what is wrong: not
    an address, a kind of database this application does not know, a missing driver."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number fails here, not at connect
    except (ArgumentError, ValueError):
        raise DatabaseOpenError(
            "{address} is not a database address. Give a PostgreSQL address "
            "(postgresql://user@server/crm) or the path of a SQLite file.",
            address=_masked(url)) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseOpenError(
            "{kind} databases are not supported. Use PostgreSQL (postgresql://user@server/"
            "crm) or a SQLite file.", kind=parsed.get_backend_name()) from None
    try:
        parsed.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError):
        raise DatabaseOpenError(
            "The driver {driver} of {address} is not installed. Use postgresql:// (the "
            "driver that comes with the application) or a SQLite file.",
            driver=parsed.drivername, address=describe_url(url)) from None
    return url


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _regexp(pattern: str | None, value: str | None) -> bool:
    if pattern is None or value is None:
        return False
    return re.search(pattern, value) is not None


def make_engine(url: str, **kwargs) -> Engine:
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        journal, _warning = journal_mode(os.path.realpath(path)) if path else ("WAL", None)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect",
                     lambda connection, record: _configure_sqlite(connection, record, journal))
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 5})
    return create_engine(url, **kwargs)


def _upper(text):
    return text.upper() if isinstance(text, str) else text


def _lower(text):
    return text.lower() if isinstance(text, str) else text


def storage_warning(url: str) -> StorageWarning | None:
    """Why a SQLite file is opened without WAL (a network drive, a synchronised folder)."""
    path = sqlite_path(normalise_url(url))
    return journal_mode(os.path.realpath(path))[1] if path else None


def _configure_sqlite(dbapi_connection, _record, journal: str = "WAL") -> None:
    dbapi_connection.create_function("REGEXP", 2, _regexp, deterministic=True)
    # SQLite's upper() and lower() change ASCII letters only: selections use these, which
    # change every letter as PostgreSQL does ("é" -> "É")
    dbapi_connection.create_function("crm_upper", 1, _upper, deterministic=True)
    dbapi_connection.create_function("crm_lower", 1, _lower, deterministic=True)
    dbapi_connection.create_function("crm_fold", 1, sqlite_fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA journal_mode = {journal}")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    # erased personal data (GDPR art. 17) is overwritten with zeros where it was, not left in
    # free pages of the file; Windows' SQLite is not built with this on
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def describe_url(url: str) -> str:
    """Where the data lives, for the status bar: the file or the server (never the password)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database or ':memory:'}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.get_backend_name()} {host}{port}/{parsed.database or ''}"


@dataclass
class Database:
    """An opened, up-to-date database and the factory of its sessions."""

    url: str
    engine: Engine
    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None
    storage_warning: StorageWarning | None = None  # opened without WAL, and why
    _factory: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, class_=CrmSession, expire_on_commit=False)
        configure_mappers()  # once at start, not on the first screen that queries

    @property
    def description(self) -> str:
        return describe_url(self.url)

    def session(self, user: str = "") -> CrmSession:
        """A new unit of work acting for ``user`` (written in the audit columns)."""
        session = self._factory()
        session.info["user"] = user
        return session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating or upgrading) the database at ``url``, or raise DatabaseOpenError."""
    url = check_url(resolve_url(url))
    engine = make_engine(url)
    try:
        state = _inspect_state(engine, url)
        db = Database(url, engine, created=state == "empty", storage_warning=storage_warning(url))
        if upgrade:
            _upgrade(db, state)
        return db
    except DatabaseOpenError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        log.warning("cannot open %s: %s", describe_url(url), exc)
        raise _unreachable(url, exc) from exc
    except DatabaseError as exc:
        engine.dispose()
        log.warning("not a database %s: %s", describe_url(url), exc)
        raise DatabaseOpenError(
            "{where} is not a CRM database (it may be damaged). Choose another database "
            "file or restore a backup.",
            where=describe_url(url),
        ) from exc


def _unreachable(url: str, exc: OperationalError) -> DatabaseOpenError:
    if make_url(url).get_backend_name() == "sqlite":
        return DatabaseOpenError(
            "{where} cannot be opened. Check that the file is readable and not locked.",
            where=describe_url(url),
        )
    return DatabaseOpenError(
        "The database server {where} cannot be reached. Check the address, the user and "
        "password, and that the server is running.",
        where=describe_url(url),
    )


def _inspect_state(engine: Engine, url: str) -> str:
    """'empty', 'current', or the revision of an older database; refuse foreign ones."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return "empty"
        if "alembic_version" not in tables:
            raise DatabaseOpenError(
                "{where} holds tables that are not a CRM database. Choose an empty database "
                "or a CRM one.",
                where=describe_url(url),
            )
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    known = migrations.known_revisions()
    if revision not in known:
        raise DatabaseOpenError(
            "{where} was written by a newer version of the CRM (schema {revision}). "
            "Install the newer application to open it.",
            where=describe_url(url),
            revision=revision,
        )
    return "current" if revision == migrations.head_revision() else revision


def _upgrade(db: Database, state: str) -> None:
    if state == "current":
        return
    if state == "empty":
        migrations.create_current(db.engine)
        return
    db.upgraded_from = state
    db.backup_path = backup_sqlite(db.url)
    migrations.upgrade(db.engine)


def backup_sqlite(url: str) -> Path | None:
    """Copy a SQLite file beside itself with a dated name, with SQLite's online backup."""
    path = sqlite_path(url)
    if path is None or not path.exists():
        return None
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}.bak{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    log.info("backed up %s to %s before upgrading", path, target)
    return target
