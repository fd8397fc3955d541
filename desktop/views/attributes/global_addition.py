"""Global Addition of Attributes (tdsmi2210m000): add an attribute set to every business
partner, opportunity, contact or activity of a key range or a selection (BR-ATR-10)."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import BatchRunKind
from desktop.crm.global_attributes import GlobalAttributeAddition
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shapes.target_groups import (
    filters_follow_object,
    selection_text,
    target_group,
    target_group_fields,
)
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec


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
        self.form.editor("object_kind").changed.connect(lambda: filters_follow_object(
            self.form))
        filters_follow_object(self.form)

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
        return selection_text(session, values)

    def entities_changed(self):
        return {E.AttributeValue}
