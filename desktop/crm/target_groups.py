"""The target group of a global run (BR-GA-01..05, BR-ATR-10): a kind of business object, a
key range or an advanced selection, and the active-contacts / open-activities filters.

Shared by the global addition of attributes and of activities; the whole group is one query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, case, false, func, select, true
from sqlalchemy.orm import Session, aliased

from desktop.crm import entities as E
from desktop.crm.batch import BatchJob, ReportLine, RunReport
from desktop.crm.consent import objection_flags
from desktop.crm.db.records import existing
from desktop.crm.enums import (
    CLOSED_ACTIVITY_STATUSES,
    AttributeObjectKind,
    BatchLineResult,
    BusinessObjectKind,
    ConsentChannel,
)
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.expressions.compiler import compile_selection, related_value
from desktop.crm.selections import KIND

ATTRIBUTE_KIND = {BusinessObjectKind.BUSINESS_PARTNER: AttributeObjectKind.R,
                  BusinessObjectKind.OPPORTUNITY: AttributeObjectKind.P,
                  BusinessObjectKind.CONTACT: AttributeObjectKind.C,
                  BusinessObjectKind.ACTIVITY: AttributeObjectKind.A}


class Target(NamedTuple):
    """A record of the key range; ``skipped`` says why a filter or the selection left it
    out, so the report can list it as LN does (scenario 14). A named tuple: a run over the
    large demo makes a hundred thousand."""
    id: int
    code: str
    skipped: BatchLineResult | None = None
    #: with ``targets(partner=True)``: (partner id, its internal rep, its external rep)
    partner: tuple[int | None, int | None, int | None] = (None, None, None)
    #: the contact who objects (its code, the flag they set): SKIPPED_OBJECTION, or taken
    #: all the same when the user chose to include those who object
    objection: tuple[str, str] = ("", "")

    def skipped_line(self) -> ReportLine | None:
        if self.skipped is BatchLineResult.SKIPPED_SELECTION:
            return ReportLine(self.code, self.skipped, "The selection is false for this record.")
        if self.skipped is BatchLineResult.SKIPPED_FILTER:
            return ReportLine(self.code, self.skipped, "Inactive contact or closed activity.")
        if self.skipped is BatchLineResult.SKIPPED_OBJECTION:
            return _objection_line(self)
        return None

    def included(self, line: ReportLine) -> ReportLine:
        """``line`` of a record done: a warning instead when its contact objects and was
        taken only because the user chose to include those who object (said per person)."""
        if self.skipped is not None or not self.objection[1]:
            return line
        return _objection_line(self, included=True)


@dataclass(frozen=True)
class TargetGroup:
    object_kind: BusinessObjectKind = BusinessObjectKind.BUSINESS_PARTNER
    code_from: str = ""
    code_to: str = ""
    selection_code: str = ""  # "Advanced Selection" when given (BR-GA-04)
    active_contacts_only: bool = False
    open_activities_only: bool = False
    #: set by the run: what the records' contacts may object to (mail merge: post ...)
    objections: tuple[ConsentChannel, ...] = ()
    #: the user's explicit choice to include those who object (logged with the run)
    include_objected: bool = False

    def selection(self, session: Session) -> E.Selection | None:
        if not self.selection_code:
            return None
        found = session.scalars(select(E.Selection).where(
            func.upper(E.Selection.code) == self.selection_code.strip().upper())).first()
        if found is None:
            raise NotFoundError("Selection {code} does not exist.", code=self.selection_code)
        return found

    def range_clause(self, entity) -> list:
        """The key range (BR-GA-05) as conditions on ``entity``."""
        return _range(self, entity)

    def entity(self):
        if self.object_kind not in KIND:
            raise ValidationError("Choose business partners, opportunities, contacts or "
                                  "activities.", field="object_kind")
        return ENTITY[KIND[self.object_kind]]

    def _filters(self, entity) -> list:
        kept = []
        if self.active_contacts_only and entity is E.Contact:
            kept.append(E.Contact.active.is_(True))
        if self.open_activities_only and entity is E.Activity:
            kept.append(E.Activity.status.not_in(CLOSED_ACTIVITY_STATUSES))
        return kept

    def where(self, session: Session, today: dt.date | None = None) -> list:
        """The conditions of the records the group takes: the key range, the filters and the
        selection (BR-REP-06), for a run that reads its records in a query of its own."""
        entity = self.entity()
        clauses = [*self.range_clause(entity), *self._filters(entity)]
        selection = self.selection(session)
        if selection is not None:
            clauses.append(compile_selection(session, KIND[self.object_kind],
                                             selection.expression, today))
        return clauses

    def targets(self, session: Session, today: dt.date | None = None,
                partner: bool = False) -> list[Target]:
        """The records of the key range in code order, each marked when the active-contacts
        or open-activities filter (BR-GA-02/03) or the selection (BR-GA-04) leaves it out.
        One query: the filter and the selection are computed columns, and with ``partner``
        each record's partner and its reps (BR-GA-09: the contact's employer, the
        opportunity's sold-to partner, the activity's partner). A selection that does not
        compile raises ExpressionError before anything is processed (BR-SEL-03)."""
        entity = self.entity()
        in_range = self.range_clause(entity)
        kept = self._filters(entity)
        selection = self.selection(session)
        selected = compile_selection(session, KIND[self.object_kind], selection.expression,
                                     today) if selection is not None else true()
        if kept or selection is not None:
            stmt = select(entity.id, entity.code, _flag(and_(true(), *kept)), _flag(selected))
        else:  # nothing to test: every record is taken
            stmt = select(entity.id, entity.code, true(), true())
        if partner:
            stmt = _with_partner(stmt, entity)
        objecting = self.objecting(session)
        if objecting:
            stmt = stmt.add_columns(*objecting)
        rows = session.execute(stmt.where(*in_range).order_by(entity.code))
        return [_target(row, partner, bool(objecting), self.include_objected) for row in rows]

    def objecting(self, session: Session) -> list:
        """The code of the contact a record reaches (a partner's primary contact, BR-SEL-16)
        and the first of their flags that leaves it out, as two columns; none when the run
        contacts nobody (read when the user chose to include them too: their lines say so)."""
        if not self.objections:
            return []
        flags = objection_flags(self.objections)
        C = E.Contact
        first = case(*((getattr(C, flag).is_(True), flag) for flag in flags), else_="")
        kind = KIND[self.object_kind]
        return [related_value(session, kind, "contact", C.code),
                related_value(session, kind, "contact", first)]


def _objection_line(target: Target, included: bool = False) -> ReportLine:
    """Who was left out and why (GDPR art. 21), in words the report translates; or, when the
    user chose to include them, who was taken all the same (a warning)."""
    contact, flag = target.objection
    params = {"contact": contact}
    result = BatchLineResult.WARNING if included else BatchLineResult.SKIPPED_OBJECTION
    if flag == "opted_out":
        return ReportLine(target.code, result, "Included by your choice: contact {contact} "
                          "objects to direct marketing (opted out)." if included else
                          "Left out: contact {contact} objects to direct marketing (opted "
                          "out).", params)
    if flag == "do_not_mail":
        return ReportLine(target.code, result, "Included by your choice: contact {contact} "
                          "does not want postal mail." if included else "Left out: contact "
                          "{contact} does not want postal mail.", params)
    return ReportLine(target.code, result, "Included by your choice: contact {contact} does not "
                      "want phone calls." if included else "Left out: contact {contact} does "
                      "not want phone calls.", params)


def _target(row, partner: bool, objecting: bool, include_objected: bool = False) -> Target:
    skipped = None if row[2] and row[3] else \
        BatchLineResult.SKIPPED_FILTER if not row[2] else BatchLineResult.SKIPPED_SELECTION
    objection = (row[-2] or "", row[-1] or "") if objecting else ("", "")
    if skipped is None and objection[1] and not include_objected:
        skipped = BatchLineResult.SKIPPED_OBJECTION
    return Target(row[0], row[1], skipped, tuple(row[4:7]) if partner
                  else (None, None, None), objection)


def described(session: Session, object_kind: BusinessObjectKind,
              ids: list[int]) -> dict[int, tuple[str, str]]:
    """{id: (name, the employee who looks after it)} of records of ``object_kind``, for a
    run's report: a partner's internal rep (a contact's: its partner's), an opportunity's or
    an activity's assignee. Read apart from the run, which does not need it."""
    entity = ENTITY[KIND[object_kind]]
    found: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 5000):  # within every server's parameter limit
        chunk = ids[start:start + 5000]
        stmt = _described(select(entity.id), entity).where(entity.id.in_(chunk))
        found.update((row[0], (row[1] or "", row[2] or "")) for row in session.execute(stmt))
    return found


def _described(stmt, entity):
    """The record's name and the employee who looks after it: a partner's internal rep (a
    contact's: its partner's), an opportunity's or an activity's assignee."""
    rep = aliased(E.Employee)
    if entity is E.BusinessPartner:
        return stmt.add_columns(entity.name, rep.name).outerjoin(
            rep, rep.id == entity.internal_rep_id)
    if entity is E.Contact:
        employer = aliased(E.BusinessPartner)
        return stmt.add_columns(entity.full_name, rep.name) \
            .outerjoin(employer, employer.id == entity.business_partner_id) \
            .outerjoin(rep, rep.id == employer.internal_rep_id)
    name = entity.description if entity is E.Opportunity else entity.subject
    return stmt.add_columns(name, rep.name).outerjoin(rep, rep.id == entity.assigned_to_id)


def _with_partner(stmt, entity):
    BP = E.BusinessPartner
    if entity is BP:
        return stmt.add_columns(BP.id, BP.internal_rep_id, BP.external_rep_id)
    column = {E.Contact: E.Contact.business_partner_id,
              E.Opportunity: E.Opportunity.sold_to_bp_id,
              E.Activity: E.Activity.business_partner_id}[entity]
    return stmt.add_columns(column, BP.internal_rep_id, BP.external_rep_id) \
        .outerjoin(BP, BP.id == column)


def _range(group: TargetGroup, entity) -> list:
    in_range = []
    if group.code_from:
        in_range.append(entity.code >= group.code_from)
    if group.code_to:
        in_range.append(entity.code <= group.code_to)
    return in_range


def _flag(condition):
    """A condition as a true/false column (an unknown value counts as false)."""
    return case((condition, true()), else_=false())


def target_group_of(session: Session, values: dict) -> TargetGroup:
    """The target group a processing form's values describe."""
    selection = session.get(E.Selection, values["selection_id"]) \
        if values.get("selection_id") is not None else None
    return TargetGroup(values["object_kind"], (values.get("code_from") or "").strip(),
                       (values.get("code_to") or "").strip(),
                       selection.code if selection else "",
                       bool(values.get("active_contacts_only")),
                       bool(values.get("open_activities_only")),
                       include_objected=bool(values.get("include_objected")))


def selection_text(db_session: Session, values: dict) -> str:
    """The report's header when "Print the selection text" is on (BR-GA-11): the selection's
    free text, else its expression."""
    if not values.get("selection_text") or values.get("selection_id") is None:
        return ""
    selection = existing(db_session, E.Selection, values["selection_id"])
    return selection.text or selection.expression


class TargetGroupJob(BatchJob):
    """A run over a target group (the form's object kind, range and selection): its report
    shows the selection's text when asked (BR-GA-11) and each line's name and assignee."""

    def header(self, session: Session) -> str:
        return selection_text(session, self.values)

    def described(self, session: Session, report: RunReport) -> dict:
        kind = self.values.get("object_kind")
        if kind not in KIND or not report.targets:
            return {}
        return described(session, kind, [target.id for target in report.targets])
