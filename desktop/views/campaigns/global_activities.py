"""Global Addition of Activities (tdsmi2210m100) and Global Deletion of Activities
(tdsmi2210m200): a template's activity for every record of a target group, or those
activities deleted again (BR-GA-01..13)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.crm import entities as E
from desktop.crm.enums import AssignTo, BatchRunKind
from desktop.views.campaigns import ops
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shapes.target_groups import (
    filters_follow_object,
    objection_field,
    target_group_fields,
)
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec


class _GlobalActivities(ProcessingSession):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("object_kind").changed.connect(lambda: filters_follow_object(
            self.form))
        filters_follow_object(self.form)

    def entities_changed(self):
        return {E.Activity, E.AttributeValue, E.Attendee}


@session("tdsmi2210m100", "Global Addition of Activities", "fa5s.calendar-plus", "marketing")
class GlobalAdditionSession(_GlobalActivities):
    kind = BatchRunKind.GLOBAL_ADD_ACTIVITIES

    def parameter_groups(self):
        return target_group_fields() + [Group("Activities", [
            F("template_id", kind="lookup", required=True, lookup=LookupSpec(E.ActivityTemplate)),
            F("assign_to", "Assign to", "enum", enum_class=AssignTo),
            F("employee_id", kind="lookup", lookup=LookupSpec(E.Employee, "name")),
            F("selection_text", "Print the selection text", "bool"),
            objection_field()], column=1)]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.me_button = QPushButton(self)
        self.translated(self.me_button.setText, "fields", "Assign to me")
        self.me_button.clicked.connect(self.assign_to_me)
        self.form.add_beside("employee_id", self.me_button)
        self.form.editor("assign_to").changed.connect(self._assign_changed)
        self._assign_changed()

    def _assign_changed(self) -> None:
        specific = self.form.editor("assign_to").value() is AssignTo.SPECIFIC_EMPLOYEE
        self.form.editor("employee_id").setEnabled(specific)

    def assign_to_me(self) -> None:
        """BR-GA-07: the button fills the current user as the specific employee."""
        self.form.editor("assign_to").set_value(AssignTo.SPECIFIC_EMPLOYEE)
        self.form.editor("employee_id").set_value(self.ctx.employee_id)
        self._assign_changed()

    def job(self, values: dict) -> ops.AddActivitiesJob:
        return ops.AddActivitiesJob(values, self.confirmed)


@session("tdsmi2210m200", "Global Deletion of Activities", "fa5s.calendar-minus", "marketing")
class GlobalDeletionSession(_GlobalActivities):
    kind = BatchRunKind.GLOBAL_DELETE_ACTIVITIES

    def parameter_groups(self):
        return target_group_fields() + [Group("Activities", [
            F("template_id", kind="lookup", required=True, lookup=LookupSpec(E.ActivityTemplate)),
            F("open_only", "Open activities only", "bool",
              tooltip="Leave the activities already done (held, completed ...)"),
            F("selection_text", "Print the selection text", "bool")], column=1)]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("open_only").set_value(True)

    def job(self, values: dict) -> ops.DeleteActivitiesJob:
        return ops.DeleteActivitiesJob(values, self.confirmed)
