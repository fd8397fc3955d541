"""The trail of what the team server applies (issue 35, item 5): a replayed push applied and
recorded once, and a user name forged in a pushed row ignored (the trail and the audit columns
name the user the server knows the device by, whatever the laptop wrote into the row)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.crm import audit, entities as E, rights
from desktop.crm.db.records import apply_values
from desktop.crm.enums import EmployeeRole as R
from tests.team.conftest import salespeople
from tests.team.test_conflicts import first


def test_a_push_is_in_the_trail_under_the_servers_user_not_the_rows(team_db, laptops):
    me, manager = salespeople(team_db, 2)
    laptop = laptops.make(me)
    partner = first(laptop, E.BusinessPartner)
    with laptop.db.session("ceo") as s:  # the row says "modified by ceo"
        apply_values(s, s.get(E.BusinessPartner, partner), dict(city="Brest"))
        s.commit()
        assert s.get(E.BusinessPartner, partner).modified_by == "ceo"
    assert laptop.sync().answers == {"applied": 1}
    with team_db.session("office") as s:
        manager_id = s.scalars(select(E.Employee.id).where(E.Employee.user_name == manager)
                               ).one()
        rights.set_roles(s, manager_id, frozenset({R.CRM_MANAGER}))
        s.commit()
    with team_db.session(manager) as s:
        assert s.get(E.BusinessPartner, partner).modified_by == me
        device = s.scalars(select(E.Device.device_no).where(E.Device.user_name == me)).one()
        entries = [(e.op, e.field, e.new_value, e.user_name, e.device_no)
                   for e in audit.trail(s, "business_partners", partner)]
    assert entries == [("U", "city", "Brest", me, device)]


class Recording:
    """The laptop's transport, keeping what it sent: the test posts a copy again later, as a
    network that replays a request would."""

    def __init__(self, inner) -> None:
        self.inner, self.sent = inner, []

    def post(self, path: str, body: dict) -> dict:
        self.sent.append((path, body))
        return self.inner.post(path, body)

    def close(self) -> None:
        self.inner.close()


def test_a_replayed_push_is_applied_and_recorded_once(team_db, laptops):
    me, manager = salespeople(team_db, 2)
    laptop = laptops.make(me)
    recording = laptop.transport.inner = Recording(laptop.transport.inner)
    partner = first(laptop, E.BusinessPartner)
    with laptop.db.session(me) as s:
        s.add(E.Note(object_kind="BUSINESS_PARTNER", object_id=partner, subject="Once only"))
        s.commit()
    assert laptop.sync().answers == {"applied": 1}
    path, body = next((p, b) for p, b in recording.sent if b.get("units"))
    again = recording.inner.post(path, body)  # the same request, replayed
    assert [a["status"] for a in again["answers"]] == ["applied"]  # answered again
    with team_db.session("office") as s:
        manager_id = s.scalars(select(E.Employee.id).where(E.Employee.user_name == manager)
                               ).one()
        rights.set_roles(s, manager_id, frozenset({R.CRM_MANAGER}))
        s.commit()
    with team_db.session(manager) as s:
        notes = s.scalars(select(E.Note.id).where(E.Note.subject == "Once only")).all()
        assert len(notes) == 1
        subjects = [e for e in audit.trail(s, "notes", notes[0]) if e.field == "subject"]
    assert [(e.op, e.new_value) for e in subjects] == [("I", "Once only")]
