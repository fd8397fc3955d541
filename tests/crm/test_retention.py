"""Retention (issue 37, GDPR storage limitation): the contacts without activity for longer than
the CRM parameters keep them are listed by a Simulate and anonymised by an Update, with
progress and Cancel; a contact under a legal hold is kept with a report line; the demo data
serves, seen from years later."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled, run_job
from desktop.crm.enums import BatchLineResult as R, QuotationStatus, UpdateMode
from desktop.crm.erasure import PLACEHOLDER, legal_hold
from desktop.crm.errors import ValidationError
from desktop.crm.parameters import crm_parameters
from desktop.crm.retention import RetentionJob, cutoff, expired_contacts


@pytest.fixture
def later(demo_session, clock):
    """Three years kept; the clock four years after the demo was built."""
    crm_parameters(demo_session).retention_contact_years = 3
    demo_session.commit()
    clock.advance(dt.timedelta(days=4 * 366))
    return demo_session


def _erased(session) -> int:
    return session.scalar(select(func.count()).select_from(E.PersonalDataErasure))


def test_simulate_lists_the_contacts_past_the_period_and_changes_nothing(later):
    expired = expired_contacts(later, cutoff(3))
    total = later.scalar(select(func.count()).select_from(E.Contact))
    assert 0 < len(expired) <= total
    seen = []
    report = run_job(later, RetentionJob({}), UpdateMode.SIMULATE,
                     lambda done, count: seen.append((done, count)) or True)
    assert [line.object_key for line in report.lines] == [c.code for c in expired]
    assert seen[-1] == (len(expired), len(expired))
    held = {c.code for c in expired if legal_hold(later, c.id)}
    assert {line.object_key for line in report.lines if line.result is R.WARNING} == held
    assert {line.result for line in report.lines} <= {R.WOULD_UPDATE, R.WARNING}
    assert _erased(later) == 0


def test_update_anonymises_them_and_cancel_leaves_everything(later):
    expired = expired_contacts(later, cutoff(3))
    free = [c for c in expired if not legal_hold(later, c.id)][:3]
    with pytest.raises(Cancelled):
        run_job(later, RetentionJob({}, confirmed=True), UpdateMode.UPDATE,
                lambda done, total: done < 2)
    assert _erased(later) == 0
    values = {"code_from": free[0].code, "code_to": free[-1].code}
    report = run_job(later, RetentionJob(values, confirmed=True), UpdateMode.UPDATE)
    done = {line.object_key for line in report.lines if line.result is R.UPDATED}
    assert {c.code for c in free} <= done
    names = set(later.scalars(select(E.Contact.last_name).where(E.Contact.code.in_(done))))
    assert names == {PLACEHOLDER}
    assert _erased(later) == len(done)
    again = run_job(later, RetentionJob(values), UpdateMode.SIMULATE)
    assert not {line.object_key for line in again.lines} & done  # never taken twice


def test_a_contact_under_a_legal_hold_is_kept(later):
    expired = {c.id: c.code for c in expired_contacts(later, cutoff(3))}
    quotation, contact_id = later.execute(select(E.Quotation, E.OpportunityContact.contact_id)
                                          .join(E.OpportunityContact, E.OpportunityContact
                                                .opportunity_id == E.Quotation.opportunity_id)
                                          .where(E.OpportunityContact.contact_id.in_(expired))
                                          ).first()
    quotation.status = QuotationStatus.CREATED
    later.commit()
    code = expired[contact_id]
    report = run_job(later, RetentionJob({"code_from": code, "code_to": code}, confirmed=True),
                     UpdateMode.UPDATE)
    assert [(line.object_key, line.result) for line in report.lines] == [(code, R.WARNING)]
    assert quotation.code in report.lines[0].text()
    assert later.get(E.Contact, contact_id).last_name != PLACEHOLDER


def test_no_period_no_run(demo_session):
    with pytest.raises(ValidationError, match="CRM parameters"):
        run_job(demo_session, RetentionJob({}), UpdateMode.SIMULATE)


def test_an_update_is_asked_first_with_how_many_it_erases(later):
    """An Update cannot be undone: nothing is erased until the user said yes to the count."""
    from desktop.crm.errors import ConfirmationRequired

    expired = expired_contacts(later, cutoff(3))
    with pytest.raises(ConfirmationRequired) as asked:
        run_job(later, RetentionJob({}), UpdateMode.UPDATE)
    assert asked.value.params["count"] == len(expired)
    assert _erased(later) == 0


def test_the_report_names_each_contact_and_the_date_of_the_period(later):
    expired = expired_contacts(later, cutoff(3))
    report = run_job(later, RetentionJob({}), UpdateMode.SIMULATE)
    first = next(c for c in expired if not legal_hold(later, c.id))
    contact = later.get(E.Contact, first.id)
    assert report.described[first.id][0] == contact.full_name
    line = next(line for line in report.lines if line.object_key == first.code)
    assert line.text() == f"Would be anonymised: no activity since {cutoff(3).date()}."


def test_a_contact_under_a_legal_hold_flag_is_kept_and_never_erased(later, clock):
    from desktop.crm.erasure import check_erasable, erase_personal_data

    expired = expired_contacts(later, cutoff(3))
    free = next(c for c in expired if not legal_hold(later, c.id))
    later.get(E.Contact, free.id).legal_hold = True  # a change: the contact is alive again
    later.commit()
    clock.advance(dt.timedelta(days=4 * 366))  # ... until the period has passed once more
    report = run_job(later, RetentionJob({"code_from": free.code, "code_to": free.code},
                                         confirmed=True), UpdateMode.UPDATE)
    assert [(line.object_key, line.result, line.text()) for line in report.lines] == [
        (free.code, R.WARNING, "Kept: the contact is under a legal hold.")]
    for refused in (lambda: check_erasable(later, free.id),
                    lambda: erase_personal_data(later, free.id, "Demande écrite")):
        with pytest.raises(ValidationError, match="under a legal hold"):
            refused()
    assert later.get(E.Contact, free.id).last_name != PLACEHOLDER


def test_the_contacts_of_prospects_have_a_period_of_their_own(later):
    """The CNIL keeps a prospect's data three years after the last contact; a customer's
    contacts may be kept longer: each kind has its setting (0: as the other contacts)."""
    from desktop.crm.enums import BPStatus

    C, BP = E.Contact, E.BusinessPartner
    everyone = {c.code for c in expired_contacts(later, cutoff(3))}
    of_prospects = set(later.scalars(select(C.code).outerjoin(BP).where(
        (BP.status == BPStatus.PROSPECT) | C.business_partner_id.is_(None))))
    assert everyone & of_prospects and everyone - of_prospects  # the demo has both kinds
    parameters = crm_parameters(later)
    parameters.retention_contact_years = 0  # other contacts kept
    parameters.retention_prospect_years = 3
    later.commit()
    report = run_job(later, RetentionJob({}), UpdateMode.SIMULATE)
    assert {line.object_key for line in report.lines} == everyone & of_prospects
    parameters.retention_contact_years = 10  # others kept ten years: none is past it
    later.commit()
    report = run_job(later, RetentionJob({}), UpdateMode.SIMULATE)
    assert {line.object_key for line in report.lines} == everyone & of_prospects
