"""The target group of a global run (BR-GA-01..05, BR-ATR-10): a kind of business object, a
key range or an advanced selection, and the active-contacts / open-activities filters.

Shared by the global addition of attributes and of activities; the whole group is one query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import (
    CLOSED_ACTIVITY_STATUSES, AttributeObjectKind, BusinessObjectKind,
)
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.expressions.compiler import compile_selection
from desktop.crm.selections import KIND

ATTRIBUTE_KIND = {BusinessObjectKind.BUSINESS_PARTNER: AttributeObjectKind.R,
                  BusinessObjectKind.OPPORTUNITY: AttributeObjectKind.P,
                  BusinessObjectKind.CONTACT: AttributeObjectKind.C,
                  BusinessObjectKind.ACTIVITY: AttributeObjectKind.A}


@dataclass(frozen=True)
class Target:
    id: int
    code: str


@dataclass(frozen=True)
class TargetGroup:
    object_kind: BusinessObjectKind = BusinessObjectKind.BUSINESS_PARTNER
    code_from: str = ""
    code_to: str = ""
    selection_code: str = ""  # "Advanced Selection" when given (BR-GA-04)
    active_contacts_only: bool = False
    open_activities_only: bool = False

    def selection(self, session: Session) -> E.Selection | None:
        if not self.selection_code:
            return None
        found = session.scalars(select(E.Selection).where(
            func.upper(E.Selection.code) == self.selection_code.strip().upper())).first()
        if found is None:
            raise NotFoundError("Selection {code} does not exist.", code=self.selection_code)
        return found

    def targets(self, session: Session, today: dt.date | None = None) -> list[Target]:
        """The records of the group in code order. A selection that does not compile raises
        ExpressionError before anything is processed (BR-SEL-03)."""
        if self.object_kind not in KIND:
            raise ValidationError("Choose business partners, opportunities, contacts or "
                                  "activities.", field="object_kind")
        entity = ENTITY[KIND[self.object_kind]]
        where = []
        if self.code_from:
            where.append(entity.code >= self.code_from)
        if self.code_to:
            where.append(entity.code <= self.code_to)
        if self.active_contacts_only and entity is E.Contact:
            where.append(E.Contact.active.is_(True))  # BR-GA-02
        if self.open_activities_only and entity is E.Activity:
            where.append(E.Activity.status.not_in(CLOSED_ACTIVITY_STATUSES))  # BR-GA-03
        selection = self.selection(session)
        if selection is not None:
            where.append(compile_selection(session, KIND[self.object_kind],
                                           selection.expression, today))
        rows = session.execute(select(entity.id, entity.code).where(*where)
                               .order_by(entity.code))
        return [Target(*row) for row in rows]
