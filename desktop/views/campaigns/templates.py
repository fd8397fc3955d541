"""Activity Templates (tdsmi0155m000): type, subject, text, priority, due offset, duration,
attribute set (a survey) and, for mailings, the letter; Copy."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QAction

from desktop.crm import activity_templates, entities as E
from desktop.crm.enums import ActivityType, TaskPriority
from desktop.models.columns import Column
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.simple import define
from desktop.widgets.lookup import LookupSpec

A = E.ActivityTemplate
TYPES = [ActivityType.TASK, ActivityType.APPOINTMENT, ActivityType.CALL, ActivityType.MAILING]


class TemplateDetailBase(DetailSession):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.copy_action = QAction(qta.icon("fa5s.copy"), "", self)
        self.copy_action.triggered.connect(self.copy_clicked)
        self.toolbar.addAction(self.copy_action)
        self.translated(self.copy_action.setText, "fields", "Copy template")
        self.form.editor("activity_type").changed.connect(self._type_changed)
        self._type_changed()

    def loaded(self) -> None:
        self._type_changed()

    def _type_changed(self) -> None:
        """The letter belongs to mailings; a duration to what is planned in time."""
        kind = self.form.editor("activity_type").value()
        self.form.editor("letter_id").setEnabled(kind is ActivityType.MAILING)
        self.form.editor("duration_minutes").setEnabled(
            kind in (ActivityType.APPOINTMENT, ActivityType.CALL))
        if hasattr(self, "copy_action"):
            self.copy_action.setEnabled(self.record_id is not None)

    def copy_clicked(self) -> None:
        self.ask_copy(t("Copy template"), t("Code of the new template"),
                      activity_templates.copy_template)

    def copy_to(self, code: str) -> None:
        self.copy_as(code, t("Copy template"), activity_templates.copy_template)


def _columns(self):
    return [Column("code", t("Template"), A.code, searchable=True, width=80),
            Column("description", t("Description"), A.description, searchable=True,
                   width=260),
            Column("type", t("Activity type"), A.activity_type, width=110),
            Column("subject", t("Subject"), A.subject, searchable=True, width=240),
            Column("due", t("Due after (days)"), A.due_offset_days, kind="int", width=90),
            Column("active", t("Active"), A.active, kind="bool", width=60)]


def _groups(self):
    return [Group("General", [
        F("code", "Template", required=True), F("description", required=True),
        F("activity_type", "Activity type", "enum", enum_class=ActivityType,
          options={"members": TYPES}),
        F("subject", required=True), F("active", kind="bool")]),
        Group("Planning", [
            F("priority", kind="enum", enum_class=TaskPriority),
            F("due_offset_days", "Due after (days)", "int",
              tooltip="Days from the run to the due date or the start"),
            F("duration_minutes", kind="int"),
            F("attribute_set_id", kind="lookup", lookup=LookupSpec(E.AttributeSet),
              tooltip="Attached to every activity created: a survey to fill in"),
            F("letter_id", kind="lookup", lookup=LookupSpec(E.Letter))], column=1),
        Group("Text", [F("information", kind="multiline")], column=2)]


define(A, ("tdsmi0155m000", "Activity Templates"), ("tdsmi0155s000", "Activity Template"),
       "fa5s.clipboard-list", "marketing", _columns, _groups, base_detail=TemplateDetailBase)
