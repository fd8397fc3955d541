"""Laptops and the team server end to end, over HTTPS, on a real PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select, text

from desktop.crm import entities as E
from tests.team.conftest import salespeople
from tests.team.invariants import assert_converged, quiesce


def test_a_laptop_gets_its_scope_and_its_edits_reach_the_server(team_db, laptops):
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    with laptop.db.session(user) as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        partner.city = "Quimper"
        s.add(E.Note(object_kind="BUSINESS_PARTNER", object_id=partner.id, subject="Visite"))
        s.commit()
        partner_id = partner.id
    result = laptop.sync()
    assert result.answers == {"applied": 1}
    with team_db.session() as s:
        assert s.get(E.BusinessPartner, partner_id).city == "Quimper"
        note = s.scalars(select(E.Note).where(E.Note.subject == "Visite")).one()
        assert note.id >> 40 == laptop.device_no
    with laptop.db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM local_changes")).scalar() == 0
    quiesce([laptop])
    assert_converged(team_db, [laptop])
