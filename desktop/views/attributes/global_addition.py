"""Global Addition of Attributes (tdsmi2210m000): add an attribute set to every business
partner, opportunity, contact or activity of a key range or a selection (BR-ATR-10)."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.views.attributes import ops
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shapes.target_groups import (
    filters_follow_object,
    target_group_fields,
)
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec


@session("tdsmi2210m000", "Global Addition of Attributes", "fa5s.layer-group", "marketing")
class GlobalAttributesSession(ProcessingSession):

    def parameter_groups(self):
        return target_group_fields() + [Group("Attributes", [
            F("attribute_set_id", kind="lookup", required=True, lookup=LookupSpec(E.AttributeSet)),
            F("selection_text", "Print the selection text", "bool")], column=1)]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("object_kind").changed.connect(lambda: filters_follow_object(
            self.form))
        filters_follow_object(self.form)

    def job(self, values: dict) -> ops.AddAttributesJob:
        return ops.AddAttributesJob(values, self.confirmed)

    def entities_changed(self):
        return {E.AttributeValue}
