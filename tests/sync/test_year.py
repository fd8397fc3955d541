"""A year of use, simulated on both protocols: the engine's and the servers' clocks move a day
at a time through 400 days while both sides create, move, edit, cancel and delete (year.py).
At the end the CRM and every mailbox agree, nothing is missing that nobody deleted, no
cancellation went out that nobody asked for, and no body was written that nobody edited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityStatus as St, ActivityType as T, AttendanceStatus, PartyType
from desktop.sync.mapping import local_day
from tests.sync.conftest import JULIEN, SOPHIE
from tests.sync.year import BOXES, DAY, Year

DAYS = 400


def _state(db) -> tuple[dict, list]:
    with db.session("t") as s:
        acts = {a.id: a for a in s.scalars(select(E.Activity).where(
            E.Activity.type.in_([T.APPOINTMENT, T.CALL, T.TASK])))}
        for act in acts.values():
            act.attendees  # noqa: B018 - loaded before the session closes
        links = list(s.scalars(select(E.ExchangeItemLink)))
        s.expunge_all()
    return acts, links


def _raw(item_id: str) -> str:
    """An item's id as its mailbox names it (a Graph task's link says its list too)."""
    return item_id.rsplit("|", 1)[-1]


def _agrees(act, item) -> list[str]:
    """What differs between an activity and its item."""
    if act.type is T.TASK:
        wanted = (act.subject, local_day(act.due_at))
        return [] if (item.subject, item.due) == wanted else [f"{wanted} != {item}"]
    problems = []
    if (item.subject, item.location) != (act.subject, act.location):
        problems.append(f"{act.code}: {(act.subject, act.location)} != {(item.subject, item.location)}")
    if act.all_day:
        if item.days != (act.start_at.date(), act.end_at.date()):
            problems.append(f"{act.code}: days {act.start_at.date()} != {item.days}")
    elif item.start != act.start_at:
        problems.append(f"{act.code}: start {act.start_at} != {item.start}")
    return problems


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_year_of_use(sync_db, remote, engine, clock):
    year = Year(sync_db, remote)
    for _ in range(DAYS):
        clock.advance(DAY)
        year.day()
        assert not engine.run_once().stopped
    for _ in range(3):  # what waits for a retry goes through
        clock.advance(dt.timedelta(hours=2))
        engine.run_once()
    final = engine.run_once()
    assert (final.error, final.waiting) == ("", 0)
    acts, links = _state(sync_db)
    ledger = year.ledger
    items = {box: {v.id: v for v in remote.events(box) + remote.tasks(box)} for box in BOXES}

    # the CRM and every mailbox agree
    problems = []
    for link in links:
        act = acts.get(link.activity_id)
        if link.released or act is None or not act.synchronize or act.status is St.NOT_HELD:
            continue
        item = items[link.mailbox].get(_raw(link.item_id))
        if item is None:
            problems.append(f"{act.code}: its item {link.item_id} is missing")
        else:
            problems.extend(_agrees(act, item))
    linked = {(link.mailbox, _raw(link.item_id)) for link in links}
    for box in BOXES:
        for item in remote.own_events(box) + remote.tasks(box):
            ours = item.crm_key or item.id in ledger.imported or item.series
            if ours and (box, item.id) not in linked and not item.cancelled:
                problems.append(f"{box} {item.subject}: in the mailbox, not in the CRM")
    assert problems == []

    # nothing missing that nobody deleted
    missing = ledger.created - ledger.deleted - ledger.gone - set(acts)
    assert missing == set()
    assert ledger.imported and ledger.gone  # (an imported item still there is linked: above)

    # invitees' copies are theirs
    copies = {v.id for v in remote.events(JULIEN) if v.organizer.lower() == SOPHIE}
    assert copies and not copies & {link.item_id for link in links}

    # no cancellation that nobody asked for, no body written that nobody edited
    assert {item for _box, item in remote.cancellations} <= ledger.cancel_asked
    for link in links:
        allowed = ledger.body_edits.get(link.activity_id, 0)
        assert remote.server.body_writes[link.item_id] <= allowed, link.item_id

    # the attendees' answers came back
    for act_id, _answer in ledger.answers.items():
        act = acts.get(act_id)
        if act is not None and act.synchronize:
            contact = next(a for a in act.attendees if a.attendee_type is PartyType.CONTACT)
            assert contact.attendance_status is AttendanceStatus.DECLINED
    assert len(ledger.created) > 200 and ledger.outlook_deleted and ledger.cancel_asked
