"""Days are the user's, on both protocols and whatever the offset from UTC (a machine 12 or 13
hours east of Greenwich, or 7 or 8 west): an all-day event is the same day in the CRM and in
Outlook, written midnight to midnight in the user's zone and read in the event's own zone; a
task is due the same day in the CRM and in To Do or Outlook."""

from __future__ import annotations

import datetime as dt

from desktop.crm import clock as app_clock
from desktop.sync.gateways.zones import windows_name
from desktop.sync.mapping import local_day
from tests.sync.conftest import JULIEN, SOPHIE, activity, appointment, change, contact_of, task

UTC = dt.timezone.utc


def _day_after(days: int) -> dt.date:
    return (app_clock.now() + dt.timedelta(days=days)).astimezone(UTC).date()


def _utc_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), UTC)


def test_an_all_day_event_is_the_same_day_on_both_sides(sync_db, remote, engine, user_zone):
    first = _day_after(10)
    act_id = appointment(sync_db, "Salon professionnel", start_at=_utc_midnight(first),
                         end_at=_utc_midnight(first + dt.timedelta(days=1)), all_day=True)
    assert engine.run_once().error == ""
    [item] = remote.events(SOPHIE)
    assert item.all_day and item.days == (first, first + dt.timedelta(days=1))  # as Outlook shows
    if remote.name == "graph":  # written in the user's zone, as Graph requires of all-day
        event = remote.server.mailbox(SOPHIE).events[item.id]
        assert event["start"] == {"dateTime": f"{first}T00:00:00",
                                  "timeZone": windows_name(user_zone)}
    change(sync_db, act_id, location="Parc des expositions")
    engine.run_once()  # read back: the same days, nothing moved
    after = activity(sync_db, act_id)
    assert (after["start_at"].date(), after["end_at"].date(), after["all_day"]) == \
        (first, first + dt.timedelta(days=1), True)
    assert remote.events(SOPHIE)[0].days == item.days


def test_an_all_day_event_from_outlook_is_the_day_outlook_shows(sync_db, remote, engine,
                                                                user_zone):
    day = _day_after(5)
    remote.outlook_all_day(SOPHIE, "Séminaire", day, windows_name(user_zone), category="CRM",
                           attendee=contact_of(sync_db)[1])
    engine.run_once()
    from sqlalchemy import select

    from desktop.crm import entities as E

    with sync_db.session("t") as s:
        act = s.scalars(select(E.Activity).where(E.Activity.subject == "Séminaire")).one()
        assert act.all_day and act.start_at == _utc_midnight(day)
        assert act.end_at.date() == day  # BR-AP-01: one day, to 23:59


def test_graph_refuses_an_all_day_event_that_is_not_midnight_to_midnight(graph):
    from tests.sync.remotes import GraphRemote

    face = GraphRemote(graph)
    start = {"dateTime": "2030-03-04T00:00:00", "timeZone": "Romance Standard Time"}
    calls = [{"method": "POST", "url": f"/users/{SOPHIE}/events", "body": {
        "subject": "Mal fait", "isAllDay": True, "start": start,
        "end": {"dateTime": "2030-03-05T01:00:00", "timeZone": "Romance Standard Time"}}},
        {"method": "POST", "url": f"/users/{SOPHIE}/events", "body": {
            "subject": "Deux zones", "isAllDay": True, "start": start,
            "end": {"dateTime": "2030-03-05T00:00:00", "timeZone": "UTC"}}}]
    answers = face.gateway().http.batch(calls)
    assert [a.status for a in answers] == [400, 400] and not graph.mailbox(SOPHIE).events


def test_a_task_is_due_the_same_day_everywhere(sync_db, remote, engine, user_zone):
    due_day = (app_clock.now() + dt.timedelta(days=3)).astimezone().date()
    early = dt.datetime.combine(due_day, dt.time(0, 30)).astimezone()  # a UTC day before, east
    task_id = task(sync_db, "Envoyer le devis", JULIEN, due_at=early)
    assert engine.run_once().error == ""
    [item] = remote.tasks(JULIEN)
    assert item.due == due_day
    engine.run_once()
    assert activity(sync_db, task_id)["due_at"] == early.astimezone(UTC)  # nothing came back
    later = due_day + dt.timedelta(days=4)
    remote.set_due(JULIEN, item.id, later, windows_name(user_zone))
    engine.run_once()
    assert local_day(activity(sync_db, task_id)["due_at"]) == later
    assert remote.tasks(JULIEN)[0].due == later
