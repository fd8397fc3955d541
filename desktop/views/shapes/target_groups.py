"""The target group of a global run (BR-GA-01..05) as a processing form shows it: shared by
the global additions of attributes and activities, the global deletion and mail merge."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
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


def filters_follow_object(form) -> None:
    """Active Contacts Only for contacts, Open Activities Only for activities (BR-GA-02/03)."""
    kind = form.editor("object_kind").value()
    form.editor("active_contacts_only").setEnabled(kind is K.CONTACT)
    form.editor("open_activities_only").setEnabled(kind is K.ACTIVITY)
