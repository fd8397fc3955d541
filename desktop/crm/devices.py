"""The team's laptops as a CRM manager sees them (issue 35, item 2): each with its user and
its last sync, and revoking one. The team server refuses a revoked laptop at its next
request; the registration record stays, for the audit trail names the device by number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import current_user
from desktop.crm.db.records import existing
from desktop.crm.errors import NotAllowedError
from desktop.crm.rights import is_crm_manager


def team_devices(session: Session) -> list[E.Device]:
    """Every registered laptop, the most recently seen first."""
    _check_manager(session)
    return list(session.scalars(select(E.Device).order_by(
        E.Device.last_seen_at.desc().nulls_last(), E.Device.id)))


def device(session: Session, device_id: int) -> E.Device:
    """One laptop, for a CRM manager."""
    _check_manager(session)
    return existing(session, E.Device, device_id)


def revoke(session: Session, device_id: int, wipe: bool = False) -> None:
    """From its next request on, the server refuses the laptop (a lost or stolen one); with
    ``wipe``, the laptop deletes the team's records it holds when it hears so."""
    _check_manager(session)
    device = existing(session, E.Device, device_id)
    device.revoked, device.wipe = True, wipe
    session.flush()


def _check_manager(session: Session) -> None:
    if not is_crm_manager(session, current_user(session)):
        raise NotAllowedError("Only a CRM manager may see or revoke the team's laptops.")
