"""The lists an attribute's value can be chosen from (its "zoom", BR-ATR-07): each is named
by the session code LN users know, and reads a code and a description."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import Coded


@dataclass(frozen=True)
class Zoom:
    code: str
    entity: type[Coded]
    label_attr: str

    def find(self, session: Session, text: str) -> str | None:
        """The stored code matching ``text`` (case ignored), or None."""
        column = self.entity.code
        return session.scalars(select(column).where(func.upper(column) == text.upper())
                               .limit(1)).first()


ZOOMS = {z.code: z for z in (
    Zoom("tccom4500m000", E.BusinessPartner, "name"),
    Zoom("tccom1140m000", E.Contact, "last_name"),
    Zoom("tccom0101m000", E.Employee, "name"),
    Zoom("tcibd0501m000", E.Item, "description"),
    Zoom("tdsmi1110m000", E.Opportunity, "description"),
    Zoom("tdsls0512m000", E.SalesOffice, "description"),
)}


def zoom_of(attribute: E.Attribute) -> Zoom | None:
    return ZOOMS.get((attribute.zoom_code or "").strip().lower())
