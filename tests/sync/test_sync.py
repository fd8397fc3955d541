"""Two-way sync against both loopback servers, each with its real client (exchangelib for
EWS, requests and msal for Graph), from one suite: create, move, cancel and delete on either
side, tasks, responses, a mailbox per sync user, BR-EX-09/10/13/14."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.crm import activities as A, agenda, clock as app_clock, entities as E
from desktop.crm.enums import (
    ActivityStatus as St,
    ActivityType as T,
    AttendanceStatus,
    OutboxOperation,
    PartyType,
)
from tests.sync.conftest import JULIEN, SOPHIE, appointment, employee_id


def _outbox(db) -> list:
    with db.session("t") as s:
        return [(r.activity_id, r.operation, r.done_at is not None)
                for r in s.scalars(select(E.SyncOutbox).order_by(E.SyncOutbox.id))]


def _items(remote, box=SOPHIE, kind="event"):
    return remote.events(box) if kind == "event" else remote.tasks(box)


def _link(db, act_id):
    with db.session("t") as s:
        return s.scalars(select(E.ExchangeItemLink).where(
            E.ExchangeItemLink.activity_id == act_id)).one()


def test_the_outbox_row_is_written_with_the_change_or_not_at_all(sync_db):
    act_id = appointment(sync_db)
    assert _outbox(sync_db) == [(act_id, OutboxOperation.UPSERT, False)]
    with sync_db.session("t") as s:
        A.save_activity(s, s.get(E.Activity, act_id), {"subject": "Jamais"})
        s.flush()
        s.rollback()
    assert len(_outbox(sync_db)) == 1
    with sync_db.session("t") as s:
        s.delete(s.get(E.Activity, act_id))
        s.commit()
    assert _outbox(sync_db)[-1][:2] == (act_id, OutboxOperation.DELETE)


def test_create_reaches_the_organizers_calendar(sync_db, remote, engine):
    act_id = appointment(sync_db, "Démonstration")
    report = engine.run_once()
    assert (report.pushed, report.error, report.waiting) == (1, "", 0)
    [item] = _items(remote)
    assert (item.subject, item.location) == ("Démonstration", "Lyon")
    with sync_db.session("t") as s:
        assert item.crm_key == f"CRM-{s.get(E.Activity, act_id).code}"
    link = _link(sync_db, act_id)
    assert (link.mailbox, link.item_id) == (SOPHIE, item.id)
    assert all(done for *_, done in _outbox(sync_db))
    assert remote.writes("create") == [(SOPHIE, True)]  # invitations go out
    assert engine.run_once().pushed == 0  # nothing twice
    assert len(_items(remote)) == 1


def test_move_on_either_side(sync_db, remote, engine):
    act_id = appointment(sync_db)
    engine.run_once()
    later = app_clock.now().replace(microsecond=0) + dt.timedelta(days=3)
    with sync_db.session("t") as s:
        agenda.move_activity(s, s.get(E.Activity, act_id), later)
        s.commit()
    engine.run_once()
    [item] = _items(remote)
    assert item.start == later
    outlook = later + dt.timedelta(days=1)
    remote.edit(SOPHIE, item.id, start=outlook, end=outlook + dt.timedelta(hours=2))
    assert engine.run_once().pulled == 1
    with sync_db.session("t") as s:
        act = s.get(E.Activity, act_id)
        assert (act.start_at, act.end_at) == (outlook, outlook + dt.timedelta(hours=2))
    assert _outbox(sync_db)[-1][2]  # the pulled change did not echo back


def test_cancel_in_the_crm_removes_the_item(sync_db, remote, engine):
    act_id = appointment(sync_db)
    engine.run_once()
    with sync_db.session("t") as s:
        A.save_activity(s, s.get(E.Activity, act_id), {"status": St.NOT_HELD})
        s.commit()
    engine.run_once()
    assert _items(remote) == []
    assert remote.writes("delete") == [(SOPHIE, True)]  # the attendees are told


def test_delete_in_the_crm_deletes_the_item(sync_db, remote, engine):
    act_id = appointment(sync_db)
    engine.run_once()
    with sync_db.session("t") as s:
        s.delete(s.get(E.Activity, act_id))
        s.commit()
    engine.run_once()
    assert _items(remote) == [] and all(done for *_, done in _outbox(sync_db))


def test_delete_in_outlook_deletes_or_keeps_with_a_note(sync_db, remote, engine):
    plain, noted = appointment(sync_db, "Simple"), appointment(sync_db, "Avec note")
    with sync_db.session("t") as s:
        s.add(E.Note(object_kind="ACTIVITY", object_id=noted, subject="Compte rendu"))
        s.commit()
    engine.run_once()
    for item in _items(remote):
        remote.delete(SOPHIE, item.id)
    engine.run_once()
    with sync_db.session("t") as s:
        assert s.get(E.Activity, plain) is None
        kept = s.get(E.Activity, noted)
        assert kept.status is St.NOT_HELD and not kept.synchronize
        assert s.scalar(select(func.count()).select_from(E.Note).where(
            E.Note.object_id == noted, E.Note.subject == "Deleted in Exchange")) == 1


def test_an_attendees_decline_comes_back(sync_db, remote, engine):
    act_id = appointment(sync_db)
    engine.run_once()
    with sync_db.session("t") as s:
        contact = next(a for a in s.get(E.Activity, act_id).attendees
                       if a.attendee_type is PartyType.CONTACT)
        email = contact.email
    [item] = _items(remote)
    remote.decline(SOPHIE, item.id, email)
    engine.run_once()
    with sync_db.session("t") as s:
        contact = next(a for a in s.get(E.Activity, act_id).attendees
                       if a.attendee_type is PartyType.CONTACT)
        assert contact.attendance_status is AttendanceStatus.DECLINED


def test_a_task_completed_in_exchange_becomes_completed(sync_db, remote, engine):
    with sync_db.session("t") as s:
        julien = employee_id(s, JULIEN)
        task = A.new_activity(s, T.TASK, {"subject": "Relancer le devis", "contact_id": 1,
                                          "due_at": app_clock.now() + dt.timedelta(days=2),
                                          "synchronize": True}, julien)
        s.commit()
        task_id = task.id
    engine.run_once()
    [item] = _items(remote, JULIEN, "task")
    remote.complete(JULIEN, item.id)
    engine.run_once()
    with sync_db.session("t") as s:
        task = s.get(E.Activity, task_id)
        assert (task.status, task.percent_complete) == (St.COMPLETED, 100)
        assert task.completed_at is not None


def test_each_sync_user_is_read_and_written_in_their_own_mailbox(sync_db, remote, engine):
    appointment(sync_db, organizer=SOPHIE)
    appointment(sync_db, organizer=JULIEN)
    engine.run_once()
    assert {box for box, _ in remote.writes("create")} == {SOPHIE, JULIEN}
    assert remote.pulled() == {SOPHIE, JULIEN}


def test_br_ex_09_an_employee_whose_address_differs_in_case_is_left_out(sync_db, remote, engine):
    act_id = appointment(sync_db)
    with sync_db.session("t") as s:
        act = s.get(E.Activity, act_id)
        for email, employee in ((JULIEN, "exact"), (JULIEN.upper(), "case")):
            emp = E.Employee(code=f"X{employee[:3]}", name=employee, email=email)
            s.add(emp)
            s.flush()
            A.add_attendee(s, act, {"attendee_type": PartyType.EMPLOYEE,
                                    "employee_id": emp.id})
        s.commit()
    engine.run_once()
    [item] = _items(remote)
    assert JULIEN in item.attendees and JULIEN.upper() not in item.attendees


def test_br_ex_10_no_invitations_when_the_organizer_does_not_sync(sync_db, remote, engine):
    with sync_db.session("t") as s:
        s.scalars(select(E.ExchangeSyncUser).where(
            E.ExchangeSyncUser.email_address == SOPHIE)).one().active = False
        s.commit()
    act_id = appointment(sync_db)
    with sync_db.session("t") as s:
        A.add_attendee(s, s.get(E.Activity, act_id), {
            "attendee_type": PartyType.EMPLOYEE, "employee_id": employee_id(s, JULIEN)})
        s.commit()
    engine.run_once()
    # a copy in the syncing attendee's calendar, and no invitation from it
    assert remote.writes("create") == [(JULIEN, False)]
    assert _items(remote, SOPHIE) == [] and len(_items(remote, JULIEN)) == 1


def test_both_sides_changed_the_later_wins_and_the_other_is_kept_in_a_note(sync_db, remote,
                                                                          engine, clock):
    act_id = appointment(sync_db, "Original")
    engine.run_once()
    [item] = _items(remote)
    remote.edit(SOPHIE, item.id, subject="Changé dans Outlook")
    with sync_db.session("t") as s:  # the CRM changes it afterwards: the CRM wins
        A.save_activity(s, s.get(E.Activity, act_id), {"location": "Paris",
                                                       "subject": "Changé dans le CRM"})
        s.commit()
    engine.run_once()
    with sync_db.session("t") as s:
        assert s.get(E.Activity, act_id).subject == "Changé dans le CRM"
        note = s.scalars(select(E.Note).where(E.Note.object_id == act_id,
                                              E.Note.subject == "Synchronization conflict")).one()
        assert "Changé dans Outlook" in note.body
    [item] = _items(remote)
    assert (item.subject, item.location) == ("Changé dans le CRM", "Paris")


def test_an_outlook_item_with_the_category_becomes_an_activity(sync_db, remote, engine):
    with sync_db.session("t") as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
        email, partner = contact.email, contact.business_partner_id
    start = app_clock.now().replace(microsecond=0) + dt.timedelta(days=1)
    remote.outlook_event(SOPHIE, "Déjeuner client", start, category="CRM", attendee=email)
    private = remote.outlook_event(SOPHIE, "Privé", start)
    engine.run_once()
    with sync_db.session("t") as s:
        act = s.scalars(select(E.Activity).where(E.Activity.subject == "Déjeuner client")).one()
        assert (act.type, act.start_at, act.business_partner_id) == (T.APPOINTMENT, start,
                                                                     partner)
        assert s.scalars(select(E.Activity).where(E.Activity.subject == "Privé")).first() \
            is None
        assert private not in {link.item_id for link in s.scalars(select(E.ExchangeItemLink))}


def test_an_outlook_item_the_rules_refuse_does_not_block_the_next(sync_db, remote, engine):
    """An imported appointment needs a start: without one it is skipped, and the pull goes on
    to the next item instead of stopping on it at every run."""
    with sync_db.session("t") as s:
        email = s.scalars(select(E.Contact.email).where(E.Contact.email != "")).first()
    start = app_clock.now().replace(microsecond=0) + dt.timedelta(days=2)
    remote.outlook_event(SOPHIE, "Sans date", category="CRM", attendee=email)
    remote.outlook_event(SOPHIE, "Avec date", start, category="CRM", attendee=email)
    report = engine.run_once()
    assert report.error == ""
    with sync_db.session("t") as s:
        subjects = set(s.scalars(select(E.Activity.subject).where(
            E.Activity.subject.in_(["Sans date", "Avec date"]))))
    assert subjects == {"Avec date"}
