"""The user's actions on the team's replication, as plain functions run by the windows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop.crm.db.database import open_database
from desktop.crm.errors import CrmError
from desktop.team.replica import conflicts
from desktop.team.replica.replica import Replica
from desktop.team.replica.transport import HttpsTransport, TransportError


def use_other_value(session: Session, conflict_id: int) -> None:
    conflicts.use_other_value(session, conflict_id)


def keep_server(session: Session, conflict_id: int) -> None:
    conflicts.keep_server(session, conflict_id)


def set_up_laptop(url: str, fingerprint: str, user: str, path: str, progress) -> int:
    """A new replica file at ``path`` for ``user``, registered and filled with the user's
    first copy; returns the rows copied. The application opens it at its next start."""
    target = Path(path)
    if target.exists():
        target.unlink()
    db = open_database(f"sqlite:///{target}")
    replica = Replica(db, HttpsTransport(url, fingerprint))
    try:
        replica.setup(user, name=user, server_url=url)
        return replica.sync(lambda done: progress.report(done.pulled, done.pulled + 1)).pulled
    except TransportError as error:
        raise CrmError("The team server {url} cannot be reached ({reason}). Check the address "
                       "and the network, then try again.", url=url, reason=str(error)) from None
    finally:
        replica.detach()
        replica.transport.close()
        db.dispose()
