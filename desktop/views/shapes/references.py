"""The reference dialog shared by the References tabs of opportunities and activities."""

from __future__ import annotations

from desktop.crm import opportunities as O
from desktop.crm.enums import ReferenceType
from desktop.views.shapes.forms import FieldSpec as F, Group


def reference_groups(values: dict) -> list[Group]:
    """The reference dialog of opportunities and activities: a system reference shows its
    fields read-only, all but the remark (BR-REF-02)."""
    system = bool(values.get("system_generated"))
    return [Group("Reference", [
        F("type", kind="enum", enum_class=ReferenceType, readonly=system),
        F("reference", required=True, readonly=system),
        F("status", readonly=system),
        F("due_date", kind="date", readonly=system),
        F("amount", kind="money", readonly=system),
        F("currency", readonly=system),
        F("information", "Information", readonly=system),
        F("remark")])]


def save_reference(session, owner, ref, values: dict) -> None:
    if ref is None:
        O.add_reference(session, owner, values)
    else:
        O.update_reference(session, ref, values)
