"""The user's actions on attributes and their values, as plain functions of a database session
and plain values, run by the windows through Op, Query and the batch runner."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import BatchJob, ReportLine
from desktop.crm.enums import BatchRunKind
from desktop.crm.global_attributes import GlobalAttributeAddition
from desktop.crm.target_groups import selection_text, target_group_of


class AddAttributesJob(BatchJob):
    """Global Addition of Attributes: the form's attribute set on every record of its target
    group (BR-ATR-10)."""

    kind = BatchRunKind.GLOBAL_ADD_ATTRIBUTES

    def targets(self, session: Session) -> list:
        chosen = self.values.get("attribute_set_id")
        attribute_set = session.get(E.AttributeSet, chosen) if chosen is not None else None
        self.addition = GlobalAttributeAddition(target_group_of(session, self.values),
                                                attribute_set.code if attribute_set else "")
        return self.addition.targets(session)

    def process(self, session: Session, target, simulate: bool) -> ReportLine:
        return self.addition.process(session, target, simulate)

    def header(self, session: Session) -> str:
        return selection_text(session, self.values)
