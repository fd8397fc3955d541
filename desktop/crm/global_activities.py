"""Global Addition and Global Deletion of Activities (tdsmi2210m100, BR-GA-01..13): one
activity from a template for every record of a target group, or those activities deleted
again, simulated or for real, all or nothing.

An Update gathers the new activities while it walks the group and writes them at the end in
one statement (numbers reserved as a block), so a run over a hundred thousand records costs
little more than the rows themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.activities import initial_status, local_midnight
from desktop.crm.batch import Progress, ReportLine, RunReport, note, run_batch
from desktop.crm.consent import BY_ACTIVITY
from desktop.crm.db.bulk import insert_rows
from desktop.crm.db.session import CrmSession
from desktop.crm.deletion import delete_record
from desktop.crm.enums import (
    CLOSED_ACTIVITY_STATUSES,
    ActivityOrigin,
    ActivityStatus,
    ActivityType as T,
    AssignTo,
    Attendance,
    AttendanceStatus,
    AttributeObjectKind,
    BatchLineResult as R,
    BatchRunKind,
    BusinessObjectKind as K,
    PartyType,
    UpdateMode,
)
from desktop.crm.errors import ConfirmationRequired, NotFoundError, ValidationError
from desktop.crm.numbering import next_numbers
from desktop.crm.parameters import com_parameters
from desktop.crm.target_groups import Target, TargetGroup

SERIES_FIELD = {T.APPOINTMENT: "appointment_series_id", T.CALL: "call_series_id",
                T.TASK: "task_series_id", T.MAILING: "mailing_series_id",
                T.EMAIL: "email_series_id"}
#: working hours of generated appointments and calls, and the hour tasks are due
START_HOUR, DUE_HOUR = 9, 17


class Link(NamedTuple):
    """What a generated activity is linked to, and the partner whose reps it may get (a
    named tuple: a run makes one per record, and a frozen dataclass is slow to build)."""
    business_partner_id: int | None
    contact_id: int | None = None
    opportunity_id: int | None = None
    linked_activity_id: int | None = None
    internal_rep_id: int | None = None
    external_rep_id: int | None = None


def template_by_code(session: Session, code: str) -> E.ActivityTemplate:
    if not code.strip():
        raise ValidationError("Choose the activity template.", field="template")
    found = session.scalars(select(E.ActivityTemplate).where(
        func.upper(E.ActivityTemplate.code) == code.strip().upper())).first()
    if found is None:
        raise NotFoundError("Activity template {code} does not exist.", code=code)
    return found


def link_of(kind: K, target: Target) -> Link:
    """What an activity generated for ``target`` is linked to (BR-GA-06), and the reps of its
    partner (from ``TargetGroup.targets(partner=True)``)."""
    partner, internal, external = target.partner
    return Link(partner, target.id if kind is K.CONTACT else None,
                target.id if kind is K.OPPORTUNITY else None,
                target.id if kind is K.ACTIVITY else None, internal, external)


def link_column(kind: K):
    """The activity's column that links it to a record of ``kind`` (BR-GA-06)."""
    return {K.BUSINESS_PARTNER: E.Activity.business_partner_id,
            K.CONTACT: E.Activity.contact_id, K.OPPORTUNITY: E.Activity.opportunity_id,
            K.ACTIVITY: E.Activity.linked_activity_id}[kind]


@dataclass
class GlobalActivityAddition:
    group: TargetGroup
    template_code: str
    assign_to: AssignTo = AssignTo.DO_NOT_ASSIGN
    employee_id: int | None = None  # Specific Employee ("assign to me" fills the user's)
    today: dt.date | None = None
    #: the rows an Update writes at its end, and the records already given one in this run
    rows: list[dict] = field(default_factory=list)
    done: set[int] = field(default_factory=set)
    #: values set for every activity besides the template's (mail merge: the letter)
    overrides: dict = field(default_factory=dict)

    # -- before the run ----------------------------------------------------------------------
    def check(self, session: Session) -> E.ActivityTemplate:
        template = template_by_code(session, self.template_code)
        if not template.active:
            raise ValidationError("Activity template {code} is not active.", field="template",
                                  code=template.code)
        if self.assign_to is AssignTo.SPECIFIC_EMPLOYEE and self.employee_id is None:
            raise ValidationError("Choose the employee the activities are assigned to.",
                                  field="employee")
        if getattr(com_parameters(session), SERIES_FIELD[template.activity_type]) is None:
            raise ValidationError("Set the number series for {type_label} in the COM "
                                  "parameters.", type_label=template.activity_type.value)
        return template

    def targets(self, session: Session, confirmed: bool = False) -> list[Target]:
        """The group's records. A second run of the same template over records that already
        have its activity asks first (ConfirmationRequired) unless ``confirmed``."""
        template = self.check(session)
        # who objects to this kind of contact is left out (GDPR art. 21)
        self.group = replace(self.group, objections=BY_ACTIVITY.get(template.activity_type, ()))
        found = self.group.targets(session, partner=True)
        self._template = template
        self._params = {"template": template.code}  # shared by the lines: they do not change
        if not confirmed:
            chosen = [t.id for t in found if t.skipped is None]
            already = self.already_done(session, template, chosen)
            if already:
                codes = [t.code for t in found if t.id in already]
                raise ConfirmationRequired(
                    "{count} of these records already have an activity from template "
                    "{template_code} ({records}). Create another one for each of them?",
                    count=len(already), template_code=template.code,
                    records=", ".join(codes[:5]) + (" …" if len(codes) > 5 else ""))
        return found

    def already_done(self, session: Session, template: E.ActivityTemplate,
                     record_ids: list[int]) -> set[int]:
        column = link_column(self.group.object_kind)
        found: set[int] = set()
        for start in range(0, len(record_ids), 5000):  # within every server's parameter limit
            chunk = record_ids[start:start + 5000]
            found.update(session.scalars(select(column).where(
                E.Activity.template_id == template.id, column.in_(chunk)).distinct()))
        return found

    # -- each record -------------------------------------------------------------------------
    def process(self, session: Session, target: Target, simulate: bool) -> ReportLine:
        skipped = target.skipped_line() if target.skipped is not None else None
        if skipped is not None:
            return skipped
        if target.id in self.done:  # never twice for one record in one run
            return ReportLine(target.code, R.SKIPPED_EXISTING,
                              "Already given an activity in this run.")
        self.done.add(target.id)
        link = link_of(self.group.object_kind, target)
        assignee, missing = self.assignee(link)
        self.rows.append(self.row(link, assignee))
        if missing == "external":
            return ReportLine(target.code, R.WARNING,
                              "Unassigned: the partner has no external sales representative.")
        if missing == "internal":
            return ReportLine(target.code, R.WARNING,
                              "Unassigned: the partner has no internal sales representative.")
        return target.included(ReportLine(target.code, R.WOULD_CREATE if simulate else
                                          R.CREATED, "Activity from template {template}",
                                          self._params))

    def assignee(self, link: Link) -> tuple[int | None, str]:
        """(employee, "" or which rep is missing: "external", "internal") by BR-GA-07/08."""
        if self.assign_to is AssignTo.EXTERNAL_REP:
            return link.external_rep_id, "" if link.external_rep_id else "external"
        if self.assign_to is AssignTo.INTERNAL_REP:
            return link.internal_rep_id, "" if link.internal_rep_id else "internal"
        if self.assign_to is AssignTo.SPECIFIC_EMPLOYEE:
            return self.employee_id, ""
        return None, ""

    def row(self, link: Link, assignee: int | None) -> dict:
        """What differs from one new activity to the next (the rest is ``shared()``)."""
        planned = self._template.activity_type in (T.APPOINTMENT, T.CALL)
        return {"business_partner_id": link.business_partner_id, "contact_id": link.contact_id,
                "opportunity_id": link.opportunity_id,
                "linked_activity_id": link.linked_activity_id,
                "assigned_to_id": None if planned else assignee,
                "organizer_id": assignee if planned else None}

    def shared(self) -> dict:
        """The values every activity of the run has: the template's, and its dates."""
        template, kind = self._template, self._template.activity_type
        day = (self.today or clock.today()) + dt.timedelta(days=template.due_offset_days)
        midnight = local_midnight(day)
        shared = {"type": kind, "subject": template.subject,
                  "information": template.information, "status": initial_status(kind),
                  "priority": template.priority, "template_id": template.id,
                  "origin": ActivityOrigin.ASSIGNMENT, "letter_id": template.letter_id,
                  "due_at": None, "start_at": None, "end_at": None, "completed_at": None,
                  "duration_minutes": None}
        if kind is T.TASK:
            shared.update(due_at=midnight + dt.timedelta(hours=DUE_HOUR))
            shared["sort_date"] = shared["due_at"]
        elif kind in (T.APPOINTMENT, T.CALL):
            start = midnight + dt.timedelta(hours=START_HOUR)
            shared.update(start_at=start, end_at=start + dt.timedelta(
                minutes=template.duration_minutes or 30),
                duration_minutes=template.duration_minutes if kind is T.CALL else None)
            shared["sort_date"] = start
        elif kind is T.MAILING:  # planned until mail merge produces the letter
            shared.update(due_at=midnight + dt.timedelta(hours=DUE_HOUR),
                          status=ActivityStatus.PLANNED)
            shared["sort_date"] = shared["due_at"]
        else:
            shared["sort_date"] = clock.now()
        return {**shared, **self.overrides}

    # -- the end of an Update ------------------------------------------------------------------
    def write(self, session: CrmSession) -> list[int]:
        """Insert the gathered activities (numbered as a block) with their organizer lines
        and the template's attribute set; returns their ids when these were needed."""
        if not self.rows:
            return []
        template = self._template
        series_id = getattr(com_parameters(session), SERIES_FIELD[template.activity_type])
        codes = next_numbers(session, series_id, len(self.rows))
        for row, code in zip(self.rows, codes, strict=True):
            row["code"] = code
        # no RETURNING: over many batches it splices its results again and again
        # (quadratic), so the ids are read back by their codes, which are consecutive
        insert_rows(session, E.Activity, self.rows, {**self.shared(), "series_id": series_id})
        if not self.need_ids(template):
            return []
        found = dict(session.execute(select(E.Activity.code, E.Activity.id).where(
            E.Activity.series_id == series_id, E.Activity.code >= codes[0],
            E.Activity.code <= codes[-1])).all())
        ids = [found[code] for code in codes]
        session.note_written(E.Activity, created=ids)
        self._organizers(session, ids)
        if template.attribute_set is not None:
            members = [m.attribute_id for m in template.attribute_set.members]
            insert_rows(session, E.AttributeValue, [
                {"object_kind": AttributeObjectKind.A, "object_id": new_id,
                 "attribute_id": attribute, "attribute_set_id": template.attribute_set_id}
                for new_id in ids for attribute in members])
        return ids

    def need_ids(self, template: E.ActivityTemplate) -> bool:
        """Whether rows must be written for the new activities (organizers, a survey)."""
        return template.attribute_set is not None or any(row["organizer_id"]
                                                         for row in self.rows)

    def _organizers(self, session: CrmSession, ids: list[int]) -> None:
        """An appointment's or a call's organizer is its first attendee (as new_activity)."""
        organizers = {row["organizer_id"] for row in self.rows if row["organizer_id"]}
        if not organizers:
            return
        people = {e.id: e for e in session.scalars(select(E.Employee).where(
            E.Employee.id.in_(organizers)))}
        insert_rows(session, E.Attendee, [
            {"activity_id": new_id, "line_no": 10, "attendance": Attendance.ORGANIZER,
             "attendee_type": PartyType.EMPLOYEE, "employee_id": row["organizer_id"],
             "full_name": people[row["organizer_id"]].name,
             "email": people[row["organizer_id"]].email or "",
             "phone": people[row["organizer_id"]].phone or "",
             "attendance_status": AttendanceStatus.ACCEPTED}
            for new_id, row in zip(ids, self.rows, strict=True) if row["organizer_id"]])

    def parameters(self) -> dict:
        return {**self.group.__dict__, "template": self.template_code,
                "assign_to": self.assign_to.name, "employee_id": self.employee_id}

    def run(self, session: CrmSession, mode: UpdateMode, progress: Progress = lambda d, t: True,
            confirmed: bool = False) -> RunReport:
        targets = self.targets(session, confirmed)
        return run_batch(session, BatchRunKind.GLOBAL_ADD_ACTIVITIES, mode, self.parameters(),
                         targets, self.process, len(targets), progress, finish=self.write)


@dataclass
class GlobalActivityDeletion:
    """BR-GA-13: the activities of a template linked to the records of a group, deleted with
    everything they own (attendees, attribute values, notes ...)."""

    group: TargetGroup
    template_code: str
    open_only: bool = True  # a done activity is history: kept unless asked
    kept: int = 0  # completed activities left in place by open_only

    def targets(self, session: Session) -> list[Target]:
        self._template = template_by_code(session, self.template_code)
        return self.group.targets(session)

    def process(self, session: Session, target: Target, simulate: bool) -> ReportLine:
        skipped = target.skipped_line()
        if skipped is not None:
            return skipped
        found = session.scalars(select(E.Activity).where(
            E.Activity.template_id == self._template.id,
            link_column(self.group.object_kind) == target.id).order_by(E.Activity.code)).all()
        kept = [a for a in found if self.open_only and a.status in CLOSED_ACTIVITY_STATUSES]
        doomed = [a for a in found if a not in kept]
        self.kept += len(kept)
        params = {"template": self._template.code, "count": len(kept),
                  "codes": ", ".join(a.code for a in doomed),
                  "kept": ", ".join(a.code for a in kept)}
        if not doomed:
            return ReportLine(target.code, R.UNCHANGED,
                              "Kept {kept}: done activities stay (Open activities only)."
                              if kept else "No activity from template {template}.", params)
        if simulate:
            return ReportLine(target.code, R.WOULD_DELETE, "Would delete {codes}; kept {kept} "
                              "(done)." if kept else "Would delete {codes}", params)
        for activity in doomed:
            delete_record(session, activity)
        return ReportLine(target.code, R.DELETED, "Deleted {codes}; kept {kept} (done)."
                          if kept else "Deleted {codes}", params)

    def parameters(self) -> dict:
        return {**self.group.__dict__, "template": self.template_code,
                "open_only": self.open_only}

    def notes(self) -> list[tuple[str, dict]]:
        """What the report says of the run as a whole: the completed activities kept."""
        if not self.kept:
            return []
        return [note("{count} completed activities were kept: Open activities only leaves "
                     "what was done as history. Untick it to delete them too.",
                     count=self.kept)]

    def run(self, session: CrmSession, mode: UpdateMode,
            progress: Progress = lambda d, t: True) -> RunReport:
        targets = self.targets(session)
        report = run_batch(session, BatchRunKind.GLOBAL_DELETE_ACTIVITIES, mode,
                           self.parameters(), targets, self.process, len(targets), progress)
        report.notes += self.notes()
        return report

