"""Storage limitation (GDPR art. 5.1.e): the contacts with no activity for longer than the CRM
parameters keep them are anonymised by a processing run, Simulate first, as LN's sessions do.

A contact's last sign of life is the latest of its own last change and the activities it is
linked to or attends. Contacts already erased are not taken again; one under a legal hold (an
open quotation) is kept, with a report line saying so."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import and_, case, exists, or_, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.batch import BatchJob, Progress, ReportLine, RunReport, run_batch
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import (
    BatchLineResult as R,
    BatchRunKind,
    BPStatus,
    BusinessObjectKind,
    UpdateMode,
)
from desktop.crm.erasure import erase_personal_data, legal_hold
from desktop.crm.errors import ConfirmationRequired, ValidationError
from desktop.crm.parameters import crm_parameters
from desktop.crm.target_groups import described


class Expired(NamedTuple):
    id: int
    code: str
    legal_hold: bool = False  # the contact's own flag
    prospect: bool = False  # of a prospect or of no partner: the prospects' period


def cutoff(years: int, now: dt.datetime | None = None) -> dt.datetime:
    """The moment ``years`` before now (29 February becomes the 28th)."""
    now = now or clock.now()
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def expired_contacts(session: Session, before: dt.datetime, code_from: str = "",
                     code_to: str = "", prospects_before: dt.datetime | None = None
                     ) -> list[Expired]:
    """The contacts of the code range with no change and no activity since ``before`` (the
    contacts of prospects and of no partner: since ``prospects_before`` when given), not
    yet erased."""
    C, A, AT, BP = E.Contact, E.Activity, E.Attendee, E.BusinessPartner
    prospect = or_(C.business_partner_id.is_(None), exists().where(
        BP.id == C.business_partner_id, BP.status == BPStatus.PROSPECT))
    limit = before if prospects_before is None else \
        case((prospect, prospects_before), else_=before)
    recent = A.sort_date >= limit
    in_range = [C.code >= code_from] if code_from else []
    in_range += [C.code <= code_to] if code_to else []
    rows = session.execute(select(C.id, C.code, C.legal_hold, prospect).where(
        *in_range, C.modified_at < limit,
        ~exists().where(A.contact_id == C.id, recent),
        ~exists().where(AT.contact_id == C.id, AT.activity_id == A.id, recent),
        ~exists().where(and_(E.PersonalDataErasure.contact_id == C.id)))
        .order_by(C.code))
    return [Expired(*row) for row in rows]


NEVER = dt.datetime(1, 1, 2, tzinfo=dt.UTC)  # before anything: a period of 0 keeps


class RetentionJob(BatchJob):
    """Retention of Personal Data: Simulate lists, Update anonymises, each contact past the
    period; the run and its report are logged as every batch run is."""

    kind = BatchRunKind.RETENTION

    def run(self, session: CrmSession, mode: UpdateMode, progress: Progress) -> RunReport:
        """An Update cannot be undone: it is asked once, with how many people it erases."""
        found = self.targets(session)
        if mode is UpdateMode.UPDATE and found and not self.confirmed:
            raise ConfirmationRequired(
                "Contacts to anonymise: {count}. Their name, e-mail and phones are replaced "
                "everywhere, and the notes about them deleted; this cannot be undone. Go on?",
                count=len(found))
        return run_batch(session, self.kind, mode, self.values, found, self.process,
                         len(found), progress, self.finish)

    def targets(self, session: Session) -> list[Expired]:
        parameters = crm_parameters(session)
        self.years = parameters.retention_contact_years
        prospects = parameters.retention_prospect_years
        if self.years <= 0 and prospects <= 0:
            raise ValidationError("Set how many years contacts without activity are kept in "
                                  "the CRM parameters first.",
                                  field="retention_contact_years")
        # a period of 0 keeps: its cutoff is before any record
        self.since = cutoff(self.years) if self.years > 0 else NEVER
        self.prospects_since = cutoff(prospects) if prospects > 0 else self.since
        self.values = {**self.values, "years": self.years, "prospect_years": prospects}
        return expired_contacts(session, self.since,
                                (self.values.get("code_from") or "").strip(),
                                (self.values.get("code_to") or "").strip(),
                                self.prospects_since)

    def described(self, session: Session, report: RunReport) -> dict:
        """The contacts' names beside their codes (after an Update, the placeholder)."""
        return described(session, BusinessObjectKind.CONTACT,
                         [target.id for target in report.targets])

    def process(self, session: Session, target: Expired, simulate: bool) -> ReportLine:
        if target.legal_hold:
            return ReportLine(target.code, R.WARNING, "Kept: the contact is under a legal "
                              "hold.")
        # a date, not a count of years: said the same in every language ("1 years")
        since = self.prospects_since if target.prospect else self.since
        params = {"since": since.date().isoformat()}
        held = legal_hold(session, target.id)
        if held:
            return ReportLine(target.code, R.WARNING, "Kept: quotation {quotations} is open "
                              "(legal hold).", {"quotations": ", ".join(held)})
        if simulate:
            return ReportLine(target.code, R.WOULD_UPDATE, "Would be anonymised: no activity "
                              "since {since}.", params)
        # the attachment files go when the run commits (desktop.crm.erasure)
        erase_personal_data(session, target.id, f"Retention: no activity since {params['since']}")
        return ReportLine(target.code, R.UPDATED, "Anonymised: no activity since {since}.",
                          params)
