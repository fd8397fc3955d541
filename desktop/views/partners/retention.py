"""Retention of Personal Data: the contacts without activity for longer than the CRM parameters
keep them, listed (Simulate) or anonymised (Update), with progress and Cancel; the rule is the
domain's (desktop.crm.retention)."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import BatchRunKind
from desktop.views.partners import ops
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shell.registry import session


@session("tccom1940m000", "Retention of Personal Data", "fa5s.user-clock", "sales")
class RetentionSession(ProcessingSession):
    kind = BatchRunKind.RETENTION

    def parameter_groups(self):
        return [Group("Contacts", [F("code_from", "From"), F("code_to", "To")])]

    def job(self, values: dict) -> ops.RetentionRun:
        return ops.RetentionRun(values, self.confirmed)

    def entities_changed(self):
        return {E.Contact, E.Activity, E.Attendee, E.EmailRecipient, E.Note}
