"""The user's actions on attributes and their values, as plain functions of a database session
and plain values, run by the windows through Op, Query and the batch runner."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import attributes as AT, entities as E
from desktop.crm.batch import ReportLine
from desktop.crm.db.unit_of_work import get_current
from desktop.crm.enums import AttributeObjectKind, BatchRunKind
from desktop.crm.global_attributes import GlobalAttributeAddition
from desktop.crm.target_groups import TargetGroupJob, target_group_of


class AddAttributesJob(TargetGroupJob):
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


# -- a record's attribute values --------------------------------------------------------------
def value_editor(session: Session, value_id: int) -> tuple:
    """(type, options, shown text) of a value: how its cell is edited, and whether F2
    chooses it from a list (the zoom, or None)."""
    return AT.value_editor(session, value_id), AT.value_zoom(session, value_id)


def code_of(session: Session, entity: type, record_id: int) -> str:
    return session.get(entity, record_id).code


def set_value(session: Session, value_id: int, version: int, text: str) -> None:
    AT.set_value(session, get_current(session, E.AttributeValue, value_id, version), text)


def attach_set(session: Session, kind: AttributeObjectKind, object_id: int,
               set_id: int) -> None:
    AT.attach_set(session, kind, object_id, session.get(E.AttributeSet, set_id))


def attach_attribute(session: Session, kind: AttributeObjectKind, object_id: int,
                     attribute_id: int) -> None:
    AT.attach_attribute(session, kind, object_id, session.get(E.Attribute, attribute_id))
