"""Recurring meetings made in Outlook, on both protocols: a series with the import category
becomes one activity per occurrence in the window, linked to its series, exceptions included;
a change to the series changes them, a deleted occurrence or series is a deletion, nothing is
doubled, no request is made per occurrence, and the CRM never turns an occurrence into a single
event on the server."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.crm import clock as app_clock, entities as E
from tests.sync.conftest import SOPHIE, activity, change, contact_of

COUNT = 30


def _series(db, remote) -> tuple[str, dict[str, int]]:
    start = app_clock.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=1,
                                                                                      hours=2)
    master = remote.outlook_series(SOPHIE, "Point quotidien", start, COUNT, category="CRM",
                                   attendee=contact_of(db)[1])
    return master, start


def _linked(db) -> dict[str, int]:
    with db.session("t") as s:
        return {link.item_id: link.activity_id for link in s.scalars(select(E.ExchangeItemLink)
                .where(E.ExchangeItemLink.series_id != ""))}


def _subjects(db) -> list[str]:
    with db.session("t") as s:
        return list(s.scalars(select(E.Activity.subject).where(
            E.Activity.subject.like("Point quotidien%")).order_by(E.Activity.start_at)))


def test_a_series_becomes_one_activity_per_occurrence(sync_db, remote, engine):
    master, start = _series(sync_db, remote)
    before = len(remote.server.requests)
    assert engine.run_once().error == ""
    linked = _linked(sync_db)
    occurrences = [v for v in remote.events(SOPHIE) if v.series == master]
    assert len(occurrences) == COUNT and set(linked) == {v.id for v in occurrences}
    assert len(set(linked.values())) == COUNT
    assert activity(sync_db, linked[occurrences[3].id])["start_at"] == start + 3 * dt.timedelta(
        days=1)
    assert len(remote.server.requests) - before < COUNT // 2  # the series read once, not
    #                                                          one request per occurrence
    assert engine.run_once().pulled == 0 and len(_linked(sync_db)) == COUNT  # nothing doubled


def test_changes_to_a_series_and_its_occurrences(sync_db, remote, engine):
    master, _start = _series(sync_db, remote)
    engine.run_once()
    remote.edit_series(SOPHIE, master, "Point quotidien (équipe)")
    engine.run_once()
    assert set(_subjects(sync_db)) == {"Point quotidien (équipe)"}
    occurrences = [v for v in remote.events(SOPHIE) if v.series == master]
    remote.edit(SOPHIE, occurrences[2].id, subject="Point quotidien déplacé")  # an exception
    remote.delete(SOPHIE, occurrences[5].id)  # one occurrence cancelled
    engine.run_once()
    linked = _linked(sync_db)
    assert occurrences[5].id not in linked and len(linked) == COUNT - 1
    assert activity(sync_db, linked[occurrences[2].id])["subject"] == "Point quotidien déplacé"
    assert _subjects(sync_db).count("Point quotidien (équipe)") == COUNT - 2


def test_the_crm_changes_an_occurrence_without_making_a_single_event(sync_db, remote, engine):
    master, _start = _series(sync_db, remote)
    engine.run_once()
    occurrence = [v for v in remote.events(SOPHIE) if v.series == master][4]
    act_id = _linked(sync_db)[occurrence.id]
    change(sync_db, act_id, location="Salle du conseil")
    assert engine.run_once().error == ""
    events = remote.events(SOPHIE)
    assert len(events) == COUNT and all(v.series == master for v in events)
    assert next(v for v in events if v.id == occurrence.id).location == "Salle du conseil"
    with sync_db.session("t") as s:
        s.delete(s.get(E.Activity, act_id))  # the user deletes that one meeting
        s.commit()
    engine.run_once()
    events = remote.events(SOPHIE)
    assert len(events) == COUNT - 1 and all(v.series == master for v in events)


def test_a_deleted_series_deletes_its_activities(sync_db, remote, engine):
    master, _start = _series(sync_db, remote)
    engine.run_once()
    remote.delete(SOPHIE, master)
    assert engine.run_once().error == ""
    with sync_db.session("t") as s:
        assert s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.subject.like("Point quotidien%"))) == 0
    assert _linked(sync_db) == {}
