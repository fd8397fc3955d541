"""References of an opportunity (tdsmi1115m000) or an activity (tccom6115m000): the same rules
for both (BR-REF-01..03): any type by hand, system references read-only but for the remark."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.errors import NotAllowedError, ValidationError

#: the reference entity of each owner, and the attribute linking it back
OWNED = {E.Opportunity: (E.OpportunityReference, "opportunity"),
         E.Activity: (E.ActivityReference, "activity")}


def add_reference(session: Session, owner, values: dict[str, Any], system: bool = False):
    """A manual reference of any type (BR-REF-03), or a system one (BR-REF-01)."""
    if not values.get("type"):
        raise ValidationError("Choose the type of the reference.", field="type")
    if not (values.get("reference") or "").strip():
        raise ValidationError("Enter the number of the referenced document.",
                              field="reference")
    entity, link = OWNED[type(owner)]
    sequence = max((r.sequence for r in owner.references), default=0) + 10
    ref = entity(sequence=sequence, system_generated=system, **{link: owner})
    session.add(ref)
    with session.no_autoflush:
        apply_values(session, ref, values)
    return ref


def update_reference(session: Session, ref, values: dict[str, Any]):
    """A system reference keeps everything but its remark (BR-REF-02)."""
    if ref.system_generated:
        changed = {k for k, v in values.items() if k != "remark" and getattr(ref, k) != v}
        if changed:
            raise NotAllowedError("This reference was created by the system: only its remark "
                                  "can be changed.")
    return apply_values(session, ref, values)


def delete_reference(session: Session, ref) -> None:
    if ref.system_generated:
        raise NotAllowedError("This reference was created by the system and cannot be "
                              "deleted.")
    owner = ref.opportunity if isinstance(ref, E.OpportunityReference) else ref.activity
    owner.references.remove(ref)  # delete-orphan: gone at the next flush
