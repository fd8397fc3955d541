"""The single-row parameter records, created on first use, and the defaults cascade."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import Base
from desktop.crm.enums import BPRole

_B = TypeVar("_B", bound=Base)


def _singleton(session: Session, entity: type[_B]) -> _B:
    found = session.scalars(select(entity).order_by(entity.id).limit(1)).first()
    if found is None:
        found = entity()
        session.add(found)
        session.flush()
    return found


def crm_parameters(session: Session) -> E.CRMParameters:
    return _singleton(session, E.CRMParameters)


def com_parameters(session: Session) -> E.COMParameters:
    return _singleton(session, E.COMParameters)


def quotation_parameters(session: Session) -> E.QuotationParameters:
    return _singleton(session, E.QuotationParameters)


def exchange_settings(session: Session) -> E.ExchangeSyncSettings:
    return _singleton(session, E.ExchangeSyncSettings)


def user_defaults(session: Session, user_name: str) -> E.UserDefaults | None:
    if not user_name:
        return None
    return session.scalars(select(E.UserDefaults).where(E.UserDefaults.user_name == user_name)
                           ).first()


def default_role_set(session: Session, user_name: str, role: BPRole,
                     potential: bool) -> E.AttributeSet | None:
    """The user's default set for a partner role, else the CRM parameter's (BR-ATR-09)."""
    rows = list(session.scalars(select(E.DefaultAttributeSetByRole).where(
        E.DefaultAttributeSetByRole.role == role,
        E.DefaultAttributeSetByRole.potential.is_(potential),
        E.DefaultAttributeSetByRole.user_name.in_([user_name or "", ""]))))
    rows.sort(key=lambda r: r.user_name == "")
    return rows[0].attribute_set if rows else None
