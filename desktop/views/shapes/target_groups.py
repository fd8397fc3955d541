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
        F("object_kind", kind="enum", enum_class=K, options={"members": OBJECTS}),
        F("code_from", "From"), F("code_to", "To"),
        F("active_contacts_only", "Active contacts only", "bool"),
        F("open_activities_only", "Open activities only", "bool"),
        F("selection_id", "Advanced selection", "lookup", lookup=LookupSpec(E.Selection),
          tooltip="When given, only the records for which its expression is true")])]


def objection_field() -> F:
    """A run that contacts people leaves out those who object (GDPR art. 21) unless the user
    ticks this; the choice is logged with the run."""
    return F("include_objected", "Include contacts who object", "bool",
             tooltip="Also contacts who opted out of direct marketing, post or calls; the "
                     "choice is recorded with the run")


def filters_follow_object(form) -> None:
    """Active Contacts Only for contacts, Open Activities Only for activities (BR-GA-02/03)."""
    kind = form.editor("object_kind").value()
    form.editor("active_contacts_only").setEnabled(kind is K.CONTACT)
    form.editor("open_activities_only").setEnabled(kind is K.ACTIVITY)
