"""Faults: nothing is lost, nothing doubles. HTTP 500 / 503, ErrorServerBusy with its
back-off, a slow answer past the time-out, a closed port and a 401; then a soak of 1,000
activities with 30 % of the answers faulty, and an engine killed in the middle of a push."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.sync.engine import SyncEngine
from tests.sync.conftest import SOPHIE, appointment, gateway_for

ROOT = Path(__file__).resolve().parents[2]


def _waiting(db) -> int:
    with db.session("t") as s:
        return s.scalar(select(func.count()).select_from(E.SyncOutbox).where(
            E.SyncOutbox.done_at.is_(None)))


def _calendar(ews) -> list:
    return [i for i in ews.mailbox(SOPHIE).items.values() if i.kind == "CalendarItem"]


@pytest.mark.parametrize("fault", [("http500", 0), ("http503", 0), ("busy", 120000),
                                   ("slow", 3)])
def test_a_fault_keeps_the_outbox_and_the_retry_delivers_once(sync_db, ews, engine, clock,
                                                             fault):
    appointment(sync_db)
    engine.run_once()  # first pull and push: the calendar is known
    appointment(sync_db, "Deuxième")
    ews.faults.queue = [(*fault, "CreateItem")]
    report = engine.run_once()
    assert report.error and report.waiting == 1 and not report.stopped
    ews.wait_idle()
    with sync_db.session("t") as s:
        row = s.scalars(select(E.SyncOutbox).where(E.SyncOutbox.done_at.is_(None))).one()
        assert row.attempts == 1 and row.last_error and row.next_attempt_at > clock()
        if fault[0] == "busy":  # the server's BackOffMilliseconds is honoured
            assert row.next_attempt_at >= clock() + dt.timedelta(seconds=110)
    assert engine.run_once().pushed == 0  # not before its time
    clock.offset += dt.timedelta(hours=1)
    report = engine.run_once()
    assert (report.error, report.waiting) == ("", 0)
    assert sorted(i.text("Subject") for i in _calendar(ews)) == ["Deuxième", "Revue de compte"]


def test_a_short_busy_back_off_is_waited_out_by_exchangelib(sync_db, ews, engine):
    appointment(sync_db)
    ews.faults.queue = [("busy", 20, "CreateItem")]
    report = engine.run_once()
    assert (report.error, report.waiting, len(_calendar(ews))) == ("", 0, 1)


def test_a_closed_port_loses_nothing(sync_db, ews, engine, clock):
    appointment(sync_db)
    ews.stop()
    report = engine.run_once()
    assert report.error == "Exchange cannot be reached (connection refused or no network)."
    assert report.waiting == 1
    ews.start()  # same port again
    clock.offset += dt.timedelta(hours=1)
    assert engine.run_once().waiting == 0 and len(_calendar(ews)) == 1


def test_refused_credentials_stop_the_sync_with_one_message(sync_db, ews, clock):
    appointment(sync_db)
    engine = SyncEngine(sync_db, gateway_for(ews, password="wrong"), clock)
    report = engine.run_once()
    assert report.stopped and report.error.startswith("Exchange refused the account")
    assert report.waiting == 1 and _calendar(ews) == []


def _many(db, count: int) -> None:
    """``count`` synchronized appointments, made by the domain like the first one."""
    first = appointment(db, "Soak 0000")
    with db.session("t") as s:
        template = s.get(E.Activity, first)
        from desktop.crm import activities as A
        from desktop.crm.enums import ActivityType as T, PartyType
        contact_id = next(a.contact_id for a in template.attendees
                          if a.attendee_type is PartyType.CONTACT)
        for n in range(1, count):
            act = A.new_activity(s, T.APPOINTMENT, {
                "subject": f"Soak {n:04}", "contact_id": template.contact_id,
                "start_at": template.start_at + dt.timedelta(minutes=n),
                "end_at": template.end_at + dt.timedelta(minutes=n)}, template.organizer_id)
            A.add_attendee(s, act, {"attendee_type": PartyType.CONTACT,
                                    "contact_id": contact_id, "invite": True})
            A.save_activity(s, act, {"synchronize": True})
        s.commit()


def _run_until_quiet(engine, ews, clock, rounds: int = 80) -> int:
    for n in range(rounds):
        report = engine.run_once()
        ews.wait_idle()
        if report.waiting == 0 and not report.error:
            return n
        clock.offset += dt.timedelta(hours=2)
    raise AssertionError(f"still {report.waiting} waiting: {report.error}")


def _same_on_both_sides(db, ews, count: int) -> None:
    items = _calendar(ews)
    keys = [i.extended["CrmActivityKey"].findtext("{*}Value") for i in items]
    assert len(items) == count and len(set(keys)) == count  # none lost, none doubled
    with db.session("t") as s:
        subjects = dict(s.execute(select(E.Activity.code, E.Activity.subject).where(
            E.Activity.synchronize.is_(True))).all())
        links = s.scalar(select(func.count(func.distinct(E.ExchangeItemLink.item_id))))
    assert links == count
    assert {i.extended["CrmActivityKey"].findtext("{*}Value").removeprefix("CRM-"):
            i.text("Subject") for i in items} == subjects


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_soak_1000_activities_through_30_percent_faults(sync_db, ews, engine, clock):
    _many(sync_db, 1000)
    ews.faults.rate, ews.faults.slow_seconds = 0.3, 2.5
    _run_until_quiet(engine, ews, clock)
    ews.faults.rate = 0
    _run_until_quiet(engine, ews, clock)
    _same_on_both_sides(sync_db, ews, 1000)
    # the faults hit the writes too, including answers lost after the items were created
    assert ("slow", "CreateItem") in ews.faults.served
    assert {"http500", "http503", "busy"} <= {kind for kind, _ in ews.faults.served}

    with sync_db.session("t") as s:  # every activity changes while faults go on
        from desktop.crm import activities as A
        for act in s.scalars(select(E.Activity).where(E.Activity.synchronize.is_(True))):
            A.save_activity(s, act, {"subject": act.subject.replace("Soak", "Changed")})
        s.commit()
    ews.faults.rate = 0.3
    _run_until_quiet(engine, ews, clock)
    ews.faults.rate = 0
    _run_until_quiet(engine, ews, clock)
    _same_on_both_sides(sync_db, ews, 1000)
    assert all(i.text("Subject").startswith("Changed") for i in _calendar(ews))


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_engine_killed_in_the_middle_of_a_push_resumes_without_doubles(sync_db, ews,
                                                                         engine, clock):
    engine.run_once()  # the calendars are known: the engine process only pushes
    _many(sync_db, 1000)
    third_create, release = threading.Event(), threading.Event()

    def hold_the_third_create() -> None:  # runs in the server thread of each request
        if ews.requests[-1].operation == "CreateItem" and ews.count("CreateItem") == 3:
            third_create.set()
            release.wait(60)

    ews.waiters.append(hold_the_third_create)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.engine_process", sync_db.url, ews.url],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert third_create.wait(120)
    os.kill(child.pid, signal.SIGKILL)  # the engine dies with a request on the wire
    child.wait()
    release.set()  # ... which the server still carries out
    ews.wait_idle()
    assert len(_calendar(ews)) == 300 and _waiting(sync_db) > 700
    _run_until_quiet(engine, ews, clock)
    _same_on_both_sides(sync_db, ews, 1000)
