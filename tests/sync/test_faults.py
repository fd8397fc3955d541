"""Faults, against both protocols: nothing is lost, nothing doubles. A server error, the
server unavailable or throttling (EWS's ErrorServerBusy, Graph's 429 / 503 with Retry-After)
for long or briefly, an answer past the time-out, a connection dropped after the work was done,
a closed port and refused credentials; then a soak of 1,000 activities with 30 % of the answers
faulty, and an engine killed in the middle of a push."""

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
from desktop.sync.contract import FaultKind
from desktop.sync.engine import SyncEngine
from tests.sync.conftest import SOPHIE, appointment

ROOT = Path(__file__).resolve().parents[2]


def _waiting(db) -> int:
    with db.session("t") as s:
        return s.scalar(select(func.count()).select_from(E.SyncOutbox).where(
            E.SyncOutbox.done_at.is_(None)))


def _calendar(remote) -> list:
    return remote.events(SOPHIE)


@pytest.mark.parametrize("fault", ["server_error", "unavailable", "throttled_long", "slow",
                                   "dropped"])
def test_a_fault_keeps_the_outbox_and_the_retry_delivers_once(sync_db, remote, engine, clock,
                                                             fault):
    appointment(sync_db)
    engine.run_once()  # first pull and push: the calendar is known
    appointment(sync_db, "Deuxième")
    remote.fault(fault, on="create")
    report = engine.run_once()
    assert report.error and report.waiting == 1 and not report.stopped
    remote.wait_idle()
    with sync_db.session("t") as s:
        row = s.scalars(select(E.SyncOutbox).where(E.SyncOutbox.done_at.is_(None))).one()
        assert row.attempts == 1 and row.last_error and row.next_attempt_at > clock.now()
        if fault == "throttled_long":  # the server's own back-off is honoured
            assert row.next_attempt_at >= clock.now() + dt.timedelta(seconds=110)
    assert engine.run_once().pushed == 0  # not before its time
    clock.advance(dt.timedelta(hours=1))
    report = engine.run_once()
    assert (report.error, report.waiting) == ("", 0)
    assert sorted(i.subject for i in _calendar(remote)) == ["Deuxième", "Revue de compte"]


def test_a_short_throttling_is_waited_out_by_the_client(sync_db, remote, engine):
    appointment(sync_db)
    remote.fault("throttled_short", on="create")
    report = engine.run_once()
    assert (report.error, report.waiting, len(_calendar(remote))) == ("", 0, 1)


def test_a_closed_port_loses_nothing(sync_db, remote, engine, clock):
    appointment(sync_db)
    remote.stop()
    report = engine.run_once()
    assert report.fault.kind is FaultKind.UNREACHABLE and "cannot be reached" in report.error
    assert report.waiting == 1 and not report.stopped
    remote.start()  # same port again
    clock.advance(dt.timedelta(hours=1))
    assert engine.run_once().waiting == 0 and len(_calendar(remote)) == 1


def test_refused_credentials_stop_the_sync_with_one_message(sync_db, remote, clock):
    appointment(sync_db)
    engine = SyncEngine(sync_db, remote.gateway(**remote.WRONG_CREDENTIALS))
    report = engine.run_once()
    assert report.stopped and report.fault.kind is FaultKind.CREDENTIALS_REFUSED
    assert report.error.startswith(("Exchange refused the account",
                                    "The application was refused its token"))
    assert report.waiting == 1 and _calendar(remote) == []


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


def _run_until_quiet(engine, remote, clock, rounds: int = 80) -> int:
    for n in range(rounds):
        report = engine.run_once()
        remote.wait_idle()
        if report.waiting == 0 and not report.error:
            return n
        clock.advance(dt.timedelta(hours=2))
    raise AssertionError(f"still {report.waiting} waiting: {report.error}")


def _same_on_both_sides(db, remote, count: int) -> None:
    items = _calendar(remote)
    keys = [i.crm_key for i in items]
    assert len(items) == count and len(set(keys)) == count  # none lost, none doubled
    with db.session("t") as s:
        subjects = dict(s.execute(select(E.Activity.code, E.Activity.subject).where(
            E.Activity.synchronize.is_(True))).all())
        links = s.scalar(select(func.count(func.distinct(E.ExchangeItemLink.item_id))))
    assert links == count
    assert {i.crm_key.removeprefix("CRM-"): i.subject for i in items} == subjects


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_soak_1000_activities_through_30_percent_faults(sync_db, remote, engine, clock):
    _many(sync_db, 1000)
    remote.faults.slow_seconds = 2.5
    remote.storm(0.3)
    _run_until_quiet(engine, remote, clock)
    remote.storm(0)
    _run_until_quiet(engine, remote, clock)
    _same_on_both_sides(sync_db, remote, 1000)
    # the faults hit the writes too, including answers lost after the items were created
    served = {kind for kind, _ in remote.faults.served}
    assert {"slow", "drop", remote.THROTTLING} <= served

    with sync_db.session("t") as s:  # every activity changes while faults go on
        from desktop.crm import activities as A
        for act in s.scalars(select(E.Activity).where(E.Activity.synchronize.is_(True))):
            A.save_activity(s, act, {"subject": act.subject.replace("Soak", "Changed")})
        s.commit()
    remote.storm(0.3)
    _run_until_quiet(engine, remote, clock)
    remote.storm(0)
    _run_until_quiet(engine, remote, clock)
    _same_on_both_sides(sync_db, remote, 1000)
    assert all(i.subject.startswith("Changed") for i in _calendar(remote))


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_engine_killed_in_the_middle_of_a_push_resumes_without_doubles(sync_db, remote,
                                                                         engine, clock):
    engine.run_once()  # the calendars are known: the engine process only pushes
    _many(sync_db, 1000)
    third_write, release = threading.Event(), threading.Event()
    server = remote.server

    def hold_the_third_write() -> None:  # runs in the server thread of each request
        writes = [r for r in list(server.requests) if remote.is_write(r)]
        if writes and writes[-1] is server.requests[-1] and len(writes) == 3:
            third_write.set()
            release.wait(60)

    server.waiters.append(hold_the_third_write)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.engine_process", sync_db.url,
         *remote.process_args()], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert third_write.wait(120)
    os.kill(child.pid, signal.SIGKILL)  # the engine dies with a request on the wire
    child.wait()
    release.set()  # ... which the server still carries out
    remote.wait_idle()
    assert len(_calendar(remote)) == 3 * remote.PER_REQUEST
    assert _waiting(sync_db) > 1000 - 3 * remote.PER_REQUEST - 1
    _run_until_quiet(engine, remote, clock)
    _same_on_both_sides(sync_db, remote, 1000)
