"""Storage limitation (GDPR art. 5.1.e): the contacts with no activity for longer than the CRM
parameters keep them are anonymised by a processing run, Simulate first, as LN's sessions do.

A contact's last sign of life is the latest of its own last change and the activities it is
linked to or attends. Contacts already erased are not taken again; one under a legal hold (an
open quotation) is kept, with a report line saying so."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.batch import BatchJob, Progress, ReportLine, RunReport, run_batch
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import (
    BatchLineResult as R,
    BatchRunKind,
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


def cutoff(years: int, now: dt.datetime | None = None) -> dt.datetime:
    """The moment ``years`` before now (29 February becomes the 28th)."""
    now = now or clock.now()
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def expired_contacts(session: Session, before: dt.datetime, code_from: str = "",
                     code_to: str = "") -> list[Expired]:
    """The contacts of the code range with no change and no activity since ``before``, not
    yet erased."""
    C, A, AT = E.Contact, E.Activity, E.Attendee
    recent = A.sort_date >= before
    in_range = [C.code >= code_from] if code_from else []
    in_range += [C.code <= code_to] if code_to else []
    rows = session.execute(select(C.id, C.code).where(
        *in_range, C.modified_at < before,
        ~exists().where(A.contact_id == C.id, recent),
        ~exists().where(AT.contact_id == C.id, AT.activity_id == A.id, recent),
        ~exists().where(and_(E.PersonalDataErasure.contact_id == C.id)))
        .order_by(C.code))
    return [Expired(*row) for row in rows]


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
        self.years = crm_parameters(session).retention_contact_years
        if self.years <= 0:
            raise ValidationError("Set how many years contacts without activity are kept in "
                                  "the CRM parameters first.",
                                  field="retention_contact_years")
        self.since = cutoff(self.years)
        self.values = {**self.values, "years": self.years}
        return expired_contacts(session, self.since,
                                (self.values.get("code_from") or "").strip(),
                                (self.values.get("code_to") or "").strip())

    def described(self, session: Session, report: RunReport) -> dict:
        """The contacts' names beside their codes (after an Update, the placeholder)."""
        return described(session, BusinessObjectKind.CONTACT,
                         [target.id for target in report.targets])

    def process(self, session: Session, target: Expired, simulate: bool) -> ReportLine:
        # a date, not a count of years: said the same in every language ("1 years")
        params = {"since": self.since.date().isoformat()}
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
