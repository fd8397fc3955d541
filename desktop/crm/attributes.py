"""Attaching attribute sets to business objects (BR-ATR-08, BR-ATR-09)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import AttributeObjectKind


def attach_set(session: Session, kind: AttributeObjectKind, object_id: int,
               attribute_set: E.AttributeSet) -> int:
    """Attach every member of the set with an empty value, unless already attached.

    Returns the number of attributes added.
    """
    present = set(session.scalars(
        select(E.AttributeValue.attribute_id).where(
            E.AttributeValue.object_kind == kind, E.AttributeValue.object_id == object_id)))
    added = 0
    for member in attribute_set.members:
        if member.attribute_id in present:
            continue
        session.add(E.AttributeValue(object_kind=kind, object_id=object_id,
                                     attribute_id=member.attribute_id,
                                     attribute_set_id=attribute_set.id))
        present.add(member.attribute_id)
        added += 1
    return added
