"""The user's actions on the team's replication, as plain functions run by the windows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop.crm import devices, rights
from desktop.crm.db.database import open_database
from desktop.crm.errors import ConfirmationRequired, CrmError
from desktop.team.replica import conflicts
from desktop.team.replica.replica import Replica
from desktop.team.replica.signin import SignIn, signed_transport
from desktop.team.replica.transport import HttpsTransport, TransportError


def is_crm_manager(session: Session) -> bool:
    """Whether the session's user is offered what only a CRM manager reads."""
    return rights.is_crm_manager(session, session.info["user"])


def revoke_device(session: Session, device_id: int, confirmed: bool = False) -> None:
    if not confirmed:
        raise ConfirmationRequired("Revoke laptop {device} of {user}? The team server will "
                                   "refuse it from its next sync.", **_named(session, device_id))
    devices.revoke(session, device_id)


def revoke_and_wipe_device(session: Session, device_id: int, confirmed: bool = False) -> None:
    if not confirmed:
        raise ConfirmationRequired("Revoke laptop {device} of {user} and wipe it? At its next "
                                   "sync it will delete every record of the team it holds, "
                                   "changes not yet sent included.", **_named(session, device_id))
    devices.revoke(session, device_id, wipe=True)


def _named(session: Session, device_id: int) -> dict[str, str]:
    """What the question calls the laptop: its number and its user (the domain refuses a
    user who is not a CRM manager before anything is asked)."""
    device = devices.device(session, device_id)
    return dict(device=str(device.device_no), user=device.user_name)


def use_other_value(session: Session, conflict_id: int) -> None:
    conflicts.use_other_value(session, conflict_id)


def keep_server(session: Session, conflict_id: int) -> None:
    conflicts.keep_server(session, conflict_id)


def set_up_laptop(url: str, fingerprint: str, user: str, path: str, progress,
                  sign_in: SignIn | None = None) -> int:
    """A new replica file at ``path`` for ``user``, registered and filled with the user's
    first copy; returns the rows copied. The application opens it at its next start."""
    target = Path(path)
    if target.exists():
        target.unlink()
    db = open_database(f"sqlite:///{target}")
    transport = HttpsTransport(url, fingerprint) if sign_in is None else \
        signed_transport(url, fingerprint, sign_in)
    replica = Replica(db, transport)
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
