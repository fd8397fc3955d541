"""Sync fixtures: the loopback EWS and Graph servers, a demo database with synchronization
switched on, and the real gateways and engine pointed at them. ``remote`` runs a test once per
protocol."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.crm import activities as A, clock as app_clock, entities as E
from desktop.crm.enums import ActivityType as T, PartyType
from desktop.crm.parameters import com_parameters
from desktop.sync.engine import SyncEngine
from desktop.sync.gateways.ews import ExchangeGateway, GatewaySettings
from tests.sync.ews_server import EwsServer
from tests.sync.graph_server import GraphServer
from tests.sync.remotes import EwsRemote, GraphRemote

SOPHIE, JULIEN = "sophie.marchand@exemple.fr", "julien.lefort@exemple.fr"
UTC = dt.timezone.utc


@pytest.fixture
def ews():
    server = EwsServer().start()
    yield server
    server.stop()


@pytest.fixture
def graph(tmp_path_factory):
    server = GraphServer(tmp_path_factory.mktemp("graph")).start()
    yield server
    server.stop()


@pytest.fixture(params=["ews", "graph"])
def remote(request, tmp_path_factory):
    """The same test against Exchange Server (EWS) and Exchange Online (Graph)."""
    if request.param == "ews":
        server, face = EwsServer().start(), EwsRemote
    else:
        server, face = GraphServer(tmp_path_factory.mktemp("graph")).start(), GraphRemote
    yield face(server)
    server.stop()


@pytest.fixture
def sync_db(demo_db):
    with demo_db.session("tester") as s:
        com_parameters(s).synchronize_activities = True
        s.add(E.ExchangeSyncSettings(enabled=True, service_url="http://127.0.0.1/EWS",
                                     account_user="svc-crm", import_category="CRM"))
        s.commit()
    return demo_db


def gateway_for(server: EwsServer, **overrides) -> ExchangeGateway:
    values = dict(service_url=server.url, user="svc-crm", password="secret", auth_type="BASIC",
                  impersonation=True, server_version="15.1.2507.6", timeout_seconds=2,
                  max_wait_seconds=1)
    return ExchangeGateway(GatewaySettings(**{**values, **overrides}))


@pytest.fixture
def engine(sync_db, remote):
    return SyncEngine(sync_db, remote.gateway())


def employee_id(session, email: str) -> int:
    return session.scalar(select(E.Employee.id).where(E.Employee.email == email))


def appointment(db, subject: str = "Revue de compte", hours: int = 24,
                organizer: str = SOPHIE, **extra) -> int:
    """A synchronized appointment organised by a sync user, with an invited contact."""
    with db.session("tester") as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "",
                                                    E.Contact.opted_out.is_(False))).first()
        start = app_clock.now().replace(microsecond=0) + dt.timedelta(hours=hours)
        act = A.new_activity(s, T.APPOINTMENT, {
            "subject": subject, "contact_id": contact.id, "start_at": start,
            "end_at": start + dt.timedelta(hours=1), "location": "Lyon", **extra},
            employee_id(s, organizer))
        A.add_attendee(s, act, {"attendee_type": PartyType.CONTACT, "contact_id": contact.id,
                                "invite": True})
        A.save_activity(s, act, {"synchronize": True})
        s.commit()
        return act.id


@pytest.fixture(params=["Pacific/Auckland", "America/Los_Angeles"])
def user_zone(request, monkeypatch):
    """The user's machine east of Greenwich by 12 or 13 hours, or west by 7 or 8: a day's
    midnight there is another day in UTC."""
    import time

    import tzlocal

    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    tzlocal.reload_localzone()
    yield request.param
    monkeypatch.undo()
    time.tzset()
    tzlocal.reload_localzone()


def contact_of(db) -> tuple[int, str]:
    with db.session("tester") as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "",
                                                    E.Contact.opted_out.is_(False))).first()
        return contact.id, contact.email


def meeting(db, subject: str = "Réunion d'équipe", organizer: str = SOPHIE,
            employees: tuple[str, ...] = (JULIEN,), hours: int = 48, **extra) -> int:
    """A synchronized meeting with a customer contact and employee attendees, invitations on."""
    act_id = appointment(db, subject, hours=hours, organizer=organizer, **extra)
    with db.session("tester") as s:
        act = s.get(E.Activity, act_id)
        for email in employees:
            A.add_attendee(s, act, {"attendee_type": PartyType.EMPLOYEE,
                                    "employee_id": employee_id(s, email), "invite": True})
        s.commit()
    return act_id


def task(db, subject: str = "Relancer le devis", assignee: str = JULIEN,
         due_at: dt.datetime | None = None) -> int:
    with db.session("tester") as s:
        act = A.new_activity(s, T.TASK, {
            "subject": subject, "contact_id": contact_of(db)[0], "synchronize": True,
            "due_at": due_at or app_clock.now() + dt.timedelta(days=2)},
            employee_id(s, assignee))
        s.commit()
        return act.id


def change(db, act_id: int, **values) -> None:
    with db.session("tester") as s:
        A.save_activity(s, s.get(E.Activity, act_id), values)
        s.commit()


def activity(db, act_id: int) -> dict:
    """The activity's values, read afresh."""
    with db.session("tester") as s:
        act = s.get(E.Activity, act_id)
        return {c.key: getattr(act, c.key) for c in E.Activity.__table__.columns} if act else {}


def links(db, act_id: int | None = None) -> list[E.ExchangeItemLink]:
    with db.session("tester") as s:
        query = select(E.ExchangeItemLink)
        if act_id is not None:
            query = query.where(E.ExchangeItemLink.activity_id == act_id)
        found = list(s.scalars(query))
        s.expunge_all()
        return found
