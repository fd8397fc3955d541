"""Activity rules BR-ACT-*, BR-FU-*, BR-AP-*, BR-EM-* and acceptance scenarios 9-13."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.crm import activities as A, entities as E, follow_ups
from desktop.crm.enums import (
    ActivityStatus as St,
    ActivityType as T,
    Attendance,
    EmailDirection,
    PartyType,
    RecipientRole,
    TimeUnit,
)
from desktop.crm.errors import NotAllowedError, ValidationError
from desktop.crm.parameters import com_parameters

UTC = dt.UTC
START = dt.datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def _contact(session, opted_out=False):
    contact = session.scalars(select(E.Contact).where(E.Contact.opted_out.is_(opted_out),
                                                      E.Contact.email != "")).first()
    return contact


def _call(session, **values):
    contact = _contact(session)
    base = {"subject": "Appel de qualification", "contact_id": contact.id, "start_at": START}
    return A.new_activity(session, T.CALL, {**base, **values}, employee_id=1)


def test_numbering_and_initial_status_per_type(demo_session):
    contact = _contact(demo_session)
    kinds = {T.APPOINTMENT: ("RV", St.PLANNED), T.CALL: ("AP", St.PLANNED),
             T.TASK: ("TA", St.NOT_STARTED), T.MAILING: ("PU", St.COMPLETED),
             T.EMAIL: ("EM", St.DRAFT)}
    for kind, (prefix, status) in kinds.items():
        act = A.new_activity(demo_session, kind, {
            "subject": "Test", "contact_id": contact.id, "start_at": START, "due_at": START},
            employee_id=1)
        assert act.code.startswith(prefix) and act.status is status, kind
        assert act.business_partner_id == contact.business_partner_id  # BR-ACT-06


def test_a_link_is_required(demo_session):
    with pytest.raises(ValidationError, match="Link the activity"):
        A.new_activity(demo_session, T.TASK, {"subject": "Seul", "due_at": START}, 1)


def test_partner_of_an_opportunity_is_filled_in(demo_session):
    opp = demo_session.get(E.Opportunity, 3)
    act = A.new_activity(demo_session, T.TASK, {"subject": "Relance", "due_at": START,
                                                "opportunity_id": opp.id}, 1)
    assert act.business_partner_id == opp.sold_to_bp_id


def test_organizer_is_inserted_and_unique(demo_session):
    call = _call(demo_session)
    [organizer] = call.attendees
    assert (organizer.attendance, organizer.employee_id) == (Attendance.ORGANIZER, 1)
    with pytest.raises(ValidationError, match="already has a meeting organizer"):
        A.add_attendee(demo_session, call, {"attendee_type": PartyType.EMPLOYEE,
                                            "employee_id": 2, "attendance": Attendance.ORGANIZER})
    with pytest.raises(ValidationError, match="must be an employee"):
        A.add_attendee(demo_session, call, {"attendee_type": PartyType.CONTACT,
                                            "contact_id": 1, "attendance": Attendance.ORGANIZER})


def test_other_attendee_needs_name_and_email(demo_session):
    call = _call(demo_session)
    with pytest.raises(ValidationError, match="name and e-mail"):
        A.add_attendee(demo_session, call, {"attendee_type": PartyType.OTHER,
                                            "full_name": "Traductrice"})
    other = A.add_attendee(demo_session, call, {"attendee_type": PartyType.OTHER,
                                                "full_name": "Traductrice",
                                                "email": "t@example.org"})
    assert other.phone == "" and other.employee_id is None and other.contact_id is None


def test_end_after_start_and_call_duration(demo_session):
    with pytest.raises(ValidationError, match="end must not be before the start"):
        A.new_activity(demo_session, T.APPOINTMENT, {
            "subject": "RDV", "contact_id": 1, "start_at": START,
            "end_at": START - dt.timedelta(hours=1)}, 1)
    call = _call(demo_session, duration_hours=1, duration_minutes=15)
    assert call.end_at == START + dt.timedelta(minutes=75)


def test_a_task_starting_after_its_due_date_is_saved_with_a_warning(demo_session):
    task = A.new_activity(demo_session, T.TASK, {
        "subject": "Relancer", "contact_id": 1, "start_at": START + dt.timedelta(days=2),
        "due_at": START}, 1)
    demo_session.flush()
    assert task.id is not None  # saved, not refused
    assert [str(w) for w in A.date_warnings(task)] == ["The task starts after its due date."]
    A.save_activity(demo_session, task, {"start_at": START - dt.timedelta(days=1)})
    assert A.date_warnings(task) == []
    assert A.date_warnings(_call(demo_session)) == []  # a call has no due date


def test_all_day_keeps_dates_only(demo_session):
    act = A.new_activity(demo_session, T.APPOINTMENT, {
        "subject": "Salon", "contact_id": 1, "all_day": True,
        "start_at": START.replace(hour=14), "end_at": START.replace(hour=16)}, 1)
    assert (act.start_at.hour, act.end_at.hour, act.end_at.minute) == (0, 23, 59)


def test_reminder_moment(demo_session):
    call = _call(demo_session, reminder=True, reminder_value=2, reminder_unit=TimeUnit.HOURS)
    assert call.reminder_at == START - dt.timedelta(hours=2)
    with pytest.raises(ValidationError, match="how long before"):
        _call(demo_session, reminder=True)


def test_sort_date_per_type(demo_session):
    task = A.new_activity(demo_session, T.TASK, {"subject": "T", "contact_id": 1,
                                                 "due_at": START}, 1)
    assert task.sort_date == START and _call(demo_session).sort_date == START


def test_status_must_belong_to_the_type(demo_session):
    with pytest.raises(ValidationError, match="not a status of a Call"):
        _call(demo_session, status=St.COMPLETED)


def test_scenario_9_follow_up_task_of_a_call(demo_session):
    """Call C1 with K1, B1, O1, attendees E1 (organizer), K2 (required) -> Follow Up Task."""
    opp = demo_session.get(E.Opportunity, 5)
    k1, k2 = demo_session.scalars(select(E.Contact).where(
        E.Contact.business_partner_id == opp.sold_to_bp_id)).all()[:1] * 2
    call = _call(demo_session, contact_id=k1.id, opportunity_id=opp.id)
    A.add_attendee(demo_session, call, {"attendee_type": PartyType.CONTACT, "contact_id": k2.id,
                                        "attendance": Attendance.REQUIRED})
    demo_session.flush()
    task = follow_ups.follow_up(demo_session, call, T.TASK, employee_id=2, when=START)
    demo_session.flush()
    assert (task.contact_id, task.business_partner_id, task.opportunity_id) == (
        k1.id, opp.sold_to_bp_id, opp.id)
    assert task.linked_activity_id == call.id
    assert [(a.attendance, a.contact_id) for a in task.attendees] == [
        (Attendance.REQUIRED, k2.id)]


def test_follow_up_appointment_and_email_copy_the_parties(demo_session):
    call = _call(demo_session)
    contact = _contact(demo_session)
    A.add_attendee(demo_session, call, {"attendee_type": PartyType.CONTACT,
                                        "contact_id": contact.id, "invite": True,
                                        "attendance": Attendance.OPTIONAL})
    demo_session.flush()
    meeting = follow_ups.follow_up(demo_session, call, T.APPOINTMENT, employee_id=2, when=START)
    assert [(a.attendance, a.contact_id) for a in meeting.attendees] == [
        (Attendance.ORGANIZER, None), (Attendance.OPTIONAL, contact.id)]
    assert meeting.attendees[0].employee_id == 2
    email = follow_ups.follow_up(demo_session, call, T.EMAIL, employee_id=2, when=START)
    assert email.status is St.DRAFT and email.direction is EmailDirection.OUTBOUND  # BR-FU-05
    assert [(r.role, r.recipient_type) for r in email.recipients] == [
        (RecipientRole.FROM, PartyType.EMPLOYEE), (RecipientRole.CC, PartyType.CONTACT)]
    demo_session.flush()
    chain = A.follow_up_chain(demo_session, email.id)
    assert [a.id for a in chain] == [call.id, meeting.id, email.id]


def test_no_mailing_follow_up(demo_session):
    with pytest.raises(NotAllowedError):
        follow_ups.follow_up(demo_session, _call(demo_session), T.MAILING, 1)


def test_scenario_10_sent_email_is_frozen(demo_session):
    email = A.new_activity(demo_session, T.EMAIL, {"subject": "Offre", "contact_id": 1}, 1)
    email.status = St.SENT
    with pytest.raises(NotAllowedError, match="can no longer be changed"):
        A.save_activity(demo_session, email, {"subject": "Offre révisée"})
    with pytest.raises(NotAllowedError):
        A.add_recipient(demo_session, email, {"recipient_type": PartyType.CONTACT,
                                              "contact_id": 1})


def test_inbound_email_is_received(demo_session):
    email = A.new_activity(demo_session, T.EMAIL, {"subject": "Demande", "contact_id": 1,
                                                   "direction": EmailDirection.INBOUND}, 1)
    assert email.status is St.RECEIVED


def test_scenario_11_and_12_synchronize_rules(demo_session):
    com_parameters(demo_session).synchronize_activities = False
    call = _call(demo_session)
    with pytest.raises(NotAllowedError, match="off in the COM parameters"):
        A.save_activity(demo_session, call, {"synchronize": True})
    com_parameters(demo_session).synchronize_activities = True
    with pytest.raises(ValidationError, match="invite at least one attendee"):
        A.save_activity(demo_session, call, {"synchronize": True})
    A.add_attendee(demo_session, call, {"attendee_type": PartyType.CONTACT,
                                        "contact_id": _contact(demo_session).id,
                                        "invite": True})
    A.save_activity(demo_session, call, {"synchronize": True})
    assert call.synchronize


def test_scenario_13_opted_out_contact_cannot_be_invited(demo_session):
    call = _call(demo_session)
    k3 = _contact(demo_session, opted_out=True)
    with pytest.raises(ValidationError, match="opted out and cannot be invited"):
        A.add_attendee(demo_session, call, {"attendee_type": PartyType.CONTACT,
                                            "contact_id": k3.id, "invite": True})
    A.add_attendee(demo_session, call, {"attendee_type": PartyType.CONTACT,
                                        "contact_id": k3.id, "invite": False})


def test_no_attendees_on_tasks(demo_session):
    task = A.new_activity(demo_session, T.TASK, {"subject": "T", "contact_id": 1,
                                                 "due_at": START}, 1)
    with pytest.raises(NotAllowedError, match="Only appointments and calls"):
        A.add_attendee(demo_session, task, {"attendee_type": PartyType.EMPLOYEE,
                                            "employee_id": 1})


def test_attachments_stored_within_the_size_limit(demo_session, tmp_path):
    email = A.new_activity(demo_session, T.EMAIL, {"subject": "Doc", "contact_id": 1}, 1)
    com_parameters(demo_session).maximum_email_size = 1500
    doc = tmp_path / "offre.pdf"
    doc.write_bytes(b"%PDF" + b"x" * 996)
    line = A.add_attachment(demo_session, email, doc, tmp_path / "store")
    assert line.size_bytes == 1000 and line.mime_type == "application/pdf"
    assert (tmp_path / "store" / email.code / "offre.pdf").read_bytes() == doc.read_bytes()
    with pytest.raises(ValidationError, match="over the limit of 1500 bytes"):
        A.add_attachment(demo_session, email, doc, tmp_path / "store")


def test_reminders_due_and_snoozed(demo_session):
    call = _call(demo_session, reminder=True, reminder_value=15, reminder_unit=TimeUnit.MINUTES)
    demo_session.flush()
    before = START - dt.timedelta(minutes=20)
    assert call not in A.due_reminders(demo_session, 1, before)
    at = START - dt.timedelta(minutes=10)
    assert call in A.due_reminders(demo_session, 1, at)
    A.snooze_reminder(call, 5, at)
    demo_session.flush()
    assert call not in A.due_reminders(demo_session, 1, at)
    A.dismiss_reminder(call)
    demo_session.flush()
    assert call not in A.due_reminders(demo_session, 1, START + dt.timedelta(hours=1))
