"""The target group of a global run (BR-GA-01..05) as a processing form shows it: shared by
the global additions of attributes and activities, the global deletion and mail merge."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.target_groups import TargetGroup
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.widgets.lookup import LookupSpec

OBJECTS = [K.BUSINESS_PARTNER, K.OPPORTUNITY, K.CONTACT, K.ACTIVITY]


def target_group_fields() -> list[Group]:
    """The target group of a global run (BR-GA-01..05), shared by the global additions."""
    return [Group("Target group", [
        F("object_kind", "Business object", "enum", enum_class=K,
          options={"members": OBJECTS}),
        F("code_from", "From"), F("code_to", "To"),
        F("active_contacts_only", "Active contacts only", "bool"),
        F("open_activities_only", "Open activities only", "bool"),
        F("selection_id", "Advanced selection", "lookup", lookup=LookupSpec(E.Selection),
          tooltip="When given, only the records for which its expression is true")])]


def target_group(session, values: dict) -> TargetGroup:
    selection = session.get(E.Selection, values["selection_id"]) \
        if values.get("selection_id") is not None else None
    return TargetGroup(values["object_kind"], (values.get("code_from") or "").strip(),
                       (values.get("code_to") or "").strip(),
                       selection.code if selection else "",
                       bool(values.get("active_contacts_only")),
                       bool(values.get("open_activities_only")))


def filters_follow_object(form) -> None:
    """Active Contacts Only for contacts, Open Activities Only for activities (BR-GA-02/03)."""
    kind = form.editor("object_kind").value()
    form.editor("active_contacts_only").setEnabled(kind is K.CONTACT)
    form.editor("open_activities_only").setEnabled(kind is K.ACTIVITY)


def selection_text(db_session, values: dict) -> str:
    """The report's header when "Print the selection text" is on (BR-GA-11): the selection's
    free text, else its expression."""
    if not values.get("selection_text") or values.get("selection_id") is None:
        return ""
    selection = db_session.get(E.Selection, values["selection_id"])
    return selection.text or selection.expression


def code_of(db_session, entity: type, record_id: int | None) -> str:
    """The code of the record a lookup of the form chose ("" when none)."""
    found = db_session.get(entity, record_id) if record_id is not None else None
    return found.code if found else ""
