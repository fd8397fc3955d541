"""Satellites of an activity: Attendees (tccom6105m000), Recipients (tccom6600m900),
Attachments (tccom6110m000) and References by Activity (tccom6115m000)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from sqlalchemy import outerjoin

from desktop.crm import entities as E, lookup_scopes as scopes
from desktop.crm.db.database import data_dir
from desktop.crm.enums import Attendance, AttendanceStatus, PartyType, RecipientRole
from desktop.crm.references import delete_reference
from desktop.dialogs import files
from desktop.models.columns import Column, translate_stored_enum
from desktop.views.activities import ops
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.references import reference_groups, save_reference
from desktop.views.shapes.satellite import SatelliteGrid
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec

EMPLOYEE = LookupSpec(E.Employee, "name")
AT, RC, AF, AR = E.Attendee, E.EmailRecipient, E.EmailAttachment, E.ActivityReference


class ActivityLines(SatelliteGrid):
    parent_entity = E.Activity
    parent_key = "activity_id"
    read_only = False

    def fixed_clauses(self):
        return [self.entity.activity_id == self.parent_id]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        if self.read_only or params.get("read_only"):
            for act in (self.new_action, self.delete_action):
                act.setVisible(False)

    def _contacts(self) -> LookupSpec:
        """Contacts, those of the activity's partner first."""
        return LookupSpec(E.Contact, "full_name", prefer=scopes.contacts_of_activity_partner(
            self.params.get("activity_id", -1)))


@session("tccom6105m000", "Attendees", "fa5s.users", "activities", in_menu=False)
class AttendeesTab(ActivityLines):
    entity = AT
    line_saver = ops.save_attendee

    def default_order(self):
        return [AT.line_no]

    def columns(self):
        return [Column("attendance", t("Attendance"), AT.attendance, width=140),
                Column("type", t("Type"), AT.attendee_type, width=90),
                Column("name", t("Full name"), AT.full_name, searchable=True, width=180),
                Column("email", t("E-mail"), AT.email, searchable=True, width=220),
                Column("phone", t("Phone"), AT.phone, width=130),
                Column("status", t("Attendance status"), AT.attendance_status, width=110),
                Column("invite", t("Invite"), AT.invite, kind="bool", width=60)]

    def fixed_clauses(self):
        return [AT.activity_id == self.params.get("activity_id", -1)]

    def dialog_groups(self, values):
        return [Group("Attendee", [
            F("attendance", kind="enum", enum_class=Attendance),
            F("attendee_type", kind="enum", enum_class=PartyType),
            F("employee_id", kind="lookup", lookup=EMPLOYEE),
            F("contact_id", kind="lookup", lookup=self._contacts()),
            F("full_name"), F("email", "E-mail (other)"),
            F("attendance_status", kind="enum", enum_class=AttendanceStatus),
            F("invite", kind="bool")])]

    def new_values(self):
        return {"attendance": Attendance.REQUIRED, "attendee_type": PartyType.CONTACT}



@session("tccom6600m900", "Recipients", "fa5s.at", "activities", in_menu=False)
class RecipientsTab(ActivityLines):
    entity = RC
    line_saver = ops.save_recipient

    def default_order(self):
        return [RC.role, RC.sequence]

    def columns(self):
        return [Column("role", t("Role"), RC.role, width=70),
                Column("type", t("Type"), RC.recipient_type, width=90),
                Column("name", t("Name"), RC.name, searchable=True, width=200),
                Column("email", t("E-mail"), RC.email, searchable=True, width=240)]

    def fixed_clauses(self):
        return [RC.activity_id == self.params.get("activity_id", -1)]

    def dialog_groups(self, values):
        return [Group("Recipient", [
            F("role", kind="enum", enum_class=RecipientRole),
            F("recipient_type", kind="enum", enum_class=PartyType),
            F("employee_id", kind="lookup", lookup=EMPLOYEE),
            F("contact_id", kind="lookup", lookup=self._contacts()),
            F("name", "Name (other)"), F("email", "E-mail (other)")])]

    def new_values(self):
        return {"role": RecipientRole.TO, "recipient_type": PartyType.CONTACT}



@session("tccom6110m000", "Attachments", "fa5s.paperclip", "activities", in_menu=False)
class AttachmentsTab(ActivityLines):
    entity = AF

    def default_order(self):
        return [AF.sequence]

    def columns(self):
        return [Column("file", t("File"), AF.file_name, searchable=True, width=260),
                Column("size", t("Size (bytes)"), AF.size_bytes, kind="int", width=110),
                Column("type", t("Type"), AF.mime_type, width=160)]

    def fixed_clauses(self):
        return [AF.activity_id == self.params.get("activity_id", -1)]

    def new_record(self) -> None:
        if not self.has_parent():
            return  # on its own the grid lists every activity's files: whose would it be?
        path = files.open_path(self, self.ctx.settings, "attachments", self.tr("Attach a file"))
        if path:
            self.attach(path)

    def attach(self, path: Path) -> None:
        """Copy the file under the attachments folder and link it (in the background)."""
        self.op(ops.attach_file, self.parent_id, path, data_dir() / "attachments") \
            .titled(self.tr("Attach a file")).run()

    def open_current(self) -> None:
        line_id = self.current_id()
        if line_id is None:
            return
        self.query(ops.attachment_path, line_id).success(
            lambda path: path and QDesktopServices.openUrl(QUrl.fromLocalFile(path))).run()


@session("tccom6115m000", "References by Activity", "fa5s.link", "activities", in_menu=False)
class ActivityReferencesTab(ActivityLines):
    entity = AR
    line_saver = save_reference
    deleter = delete_reference

    def default_order(self):
        return [AR.sequence]

    def columns(self):
        return [Column("sequence", t("Sequence"), AR.sequence, kind="int", width=70),
                Column("company", t("Company"), AR.company, kind="int", width=70),
                Column("type", t("Type"), AR.type, width=140),
                Column("reference", t("Reference"), AR.reference, searchable=True, width=110),
                Column("status", t("Status"), AR.status, width=90, render=translate_stored_enum),
                Column("due", t("Due date"), AR.due_date, kind="date", width=95),
                Column("amount", t("Amount"), AR.amount, kind="money", width=110),
                Column("remark", t("Remark"), AR.remark, width=200),
                Column("system", t("System"), AR.system_generated, kind="bool", width=60)]

    def fixed_clauses(self):
        return [AR.activity_id == self.params.get("activity_id", -1)]

    def dialog_groups(self, values):
        return reference_groups(values)



__all__ = ["AttendeesTab", "RecipientsTab", "AttachmentsTab", "ActivityReferencesTab",
           "outerjoin"]
