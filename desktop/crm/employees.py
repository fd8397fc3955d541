"""Who is working: the employee linked to an application user."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E


def employee_for_user(session: Session, user_name: str) -> E.Employee | None:
    """The active employee whose user name matches, ignoring case (Windows logins vary)."""
    if not user_name:
        return None
    return session.scalars(
        select(E.Employee).where(func.lower(E.Employee.user_name) == user_name.lower(),
                                 E.Employee.active.is_(True))
    ).first()
