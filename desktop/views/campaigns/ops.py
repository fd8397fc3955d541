"""The campaign runs (Global Addition and Deletion of Activities, Mail Merge) as batch jobs:
built on the GUI thread from the form's plain values, run by the batch runner on the pool,
each through its domain object, which checks, writes and places its files itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import Progress, RunReport
from desktop.crm.db.records import code_of
from desktop.crm.enums import AssignTo, BatchRunKind, UpdateMode
from desktop.crm.global_activities import GlobalActivityAddition, GlobalActivityDeletion
from desktop.crm.mail_merge import MailMerge
from desktop.crm.target_groups import TargetGroup, TargetGroupJob, target_group_of


def _group_and_template(session: Session, values: dict) -> tuple[TargetGroup, str]:
    """The form's target group and the code of its activity template."""
    return (target_group_of(session, values),
            code_of(session, E.ActivityTemplate, values.get("template_id")))


class AddActivitiesJob(TargetGroupJob):
    """Global Addition of Activities: the template's activity for every record (BR-GA-01..12);
    a Yes to the run's question is passed on as ``confirmed``."""

    kind = BatchRunKind.GLOBAL_ADD_ACTIVITIES

    def run(self, session: Session, mode: UpdateMode, progress: Progress) -> RunReport:
        addition = GlobalActivityAddition(
            *_group_and_template(session, self.values),
            self.values.get("assign_to") or AssignTo.DO_NOT_ASSIGN,
            self.values.get("employee_id"))
        return addition.run(session, mode, progress, self.confirmed)


class DeleteActivitiesJob(TargetGroupJob):
    """Global Deletion of Activities (BR-GA-13): its report says what it kept and why."""

    kind = BatchRunKind.GLOBAL_DELETE_ACTIVITIES

    def run(self, session: Session, mode: UpdateMode, progress: Progress) -> RunReport:
        deletion = GlobalActivityDeletion(*_group_and_template(session, self.values),
                                          bool(self.values.get("open_only")))
        return deletion.run(session, mode, progress)


class MailMergeJob(TargetGroupJob):
    """Mail Merge by Standard Letter into ``outputs`` (chosen on the GUI thread: a printer
    is asked for there); a Yes to "replace?" is passed on as ``confirmed``."""

    kind = BatchRunKind.MAIL_MERGE

    def __init__(self, values: dict, confirmed: bool, outputs: list, employee_id: int | None,
                 translations: Callable[[str], Callable[[str], str]]) -> None:
        super().__init__(values, confirmed)
        self.outputs: list[Any] = outputs
        self.employee_id = employee_id
        self.translations = translations

    def run(self, session: Session, mode: UpdateMode, progress: Progress) -> RunReport:
        values = self.values
        merge = MailMerge(
            target_group_of(session, values), code_of(session, E.Letter, values.get("letter_id")),
            self.outputs, bool(values.get("log_activity")),
            code_of(session, E.ActivityTemplate, values.get("template_id")), self.employee_id,
            self.translations, self.confirmed)
        return merge.run(session, mode, progress)
