"""Global Addition of Attributes (tdsmi2210m000): add an attribute set to every business
partner, opportunity, contact or activity of a key range or a selection (BR-ATR-10)."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import BatchRunKind, BusinessObjectKind as K
from desktop.crm.global_attributes import GlobalAttributeAddition
from desktop.crm.target_groups import TargetGroup
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shell.registry import session
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


@session("tdsmi2210m000", "Global Addition of Attributes", "fa5s.layer-group", "marketing")
class GlobalAttributesSession(ProcessingSession):
    kind = BatchRunKind.GLOBAL_ADD_ATTRIBUTES

    def parameter_groups(self):
        return target_group_fields() + [Group("Attributes", [
            F("attribute_set_id", "Attribute set", "lookup", required=True,
              lookup=LookupSpec(E.AttributeSet)),
            F("selection_text", "Print the selection text", "bool")], column=1)]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("object_kind").changed.connect(self._object_changed)
        self._object_changed()

    def _object_changed(self) -> None:
        kind = self.form.editor("object_kind").value()
        self.form.editor("active_contacts_only").setEnabled(kind is K.CONTACT)
        self.form.editor("open_activities_only").setEnabled(kind is K.ACTIVITY)

    def batch(self, values: dict):
        job: list[GlobalAttributeAddition] = []

        def targets(session, values):
            attribute_set = session.get(E.AttributeSet, values["attribute_set_id"]) \
                if values.get("attribute_set_id") is not None else None
            job.append(GlobalAttributeAddition(target_group(session, values),
                                               attribute_set.code if attribute_set else ""))
            return job[0].targets(session)

        return targets, lambda session, target, simulate: job[0].process(session, target,
                                                                         simulate)

    @staticmethod
    def report_header(session, values: dict) -> str:
        if not values.get("selection_text") or values.get("selection_id") is None:
            return ""
        selection = session.get(E.Selection, values["selection_id"])
        return selection.text or selection.expression

    def entities_changed(self):
        return {E.AttributeValue}
