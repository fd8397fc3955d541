"""Laptops and the team server end to end, over HTTPS, on a real PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from desktop.crm import entities as E
from desktop.team import tables as T, versions, wire
from desktop.team.replica.transport import ServerRefused
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


def test_a_gap_free_series_numbers_offline_records_provisionally_until_sync(team_db, laptops):
    with team_db.session("admin") as s:
        series = s.scalar(select(E.COMParameters.task_series_id))
        s.get(E.NumberSeries, series).gap_free = True
        s.commit()
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    with laptop.db.session(user) as s:
        from desktop.crm.numbering import next_number

        code = next_number(s, series)
        partner = s.scalars(select(E.BusinessPartner.id)).first()
        s.add(E.Activity(type="TASK", code=code, series_id=series, subject="Offline",
                         status="NOT_STARTED", business_partner_id=partner))
        s.commit()
    assert code.startswith("~")
    assert laptop.sync().answers == {"merged": 1}
    with laptop.db.session() as s:
        task = s.scalars(select(E.Activity).where(E.Activity.subject == "Offline")).one()
        assert not task.code.startswith("~")
    with team_db.session() as s:
        note = s.scalars(select(E.Note).where(E.Note.object_id == task.id)).one()
        assert code in note.body and task.code in note.body
    quiesce([laptop])
    assert_converged(team_db, [laptop])


def test_a_laptop_too_old_is_told_to_upgrade_and_keeps_its_changes(team_db, laptops):
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    with laptop.db.session(user) as s:
        s.scalars(select(E.BusinessPartner)).first().city = "Lorient"
        s.commit()
    laptop.revision = "0009"
    with pytest.raises(ServerRefused, match="too old") as refused:
        laptop.sync()
    assert refused.value.status == 426
    with laptop.db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM local_changes")).scalar() == 1
    laptop.revision = versions.current()
    assert laptop.sync().answers == {"applied": 1}


@pytest.mark.parametrize("release", ["current", "previous"])
def test_an_update_sends_its_changed_old_values_and_a_previous_release_still_syncs(
        team_db, laptops, monkeypatch, release):
    """This release sends an update's new row and the old values of its changed columns
    only; the previous release sent the whole old row, and the server still reads it. Either
    way the server sees what else changed meanwhile (merged) and keeps both edits."""
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    if release == "previous":  # its updates carried the whole old row, as before this release
        monkeypatch.setattr(laptop, "revision", versions.PREVIOUS_RELEASE)
        units = laptop._units
        monkeypatch.setattr(laptop, "_units", lambda c: _whole_old_rows(*units(c)))
    with laptop.db.session(user) as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        partner.city = "Quimperlé"
        s.commit()
        partner_id = partner.id
    with team_db.session("admin") as s:
        s.get(E.BusinessPartner, partner_id).phone = "+33 2 98 00 00 00"
        s.commit()
    request, _sent = laptop._request()
    [change] = request["units"][0]["changes"]
    if release == "current":
        was = {k: v for k, v in change["was"].items() if k not in T.AUDIT}
        assert "old" not in change and was == {"city": _old_city(change, laptop)}
    else:
        assert "was" not in change and set(change["old"]) == set(change["new"])
    assert laptop.sync().answers == {"merged": 1}
    with team_db.session() as s:
        partner = s.get(E.BusinessPartner, partner_id)
        assert (partner.city, partner.phone) == ("Quimperlé", "+33 2 98 00 00 00")
    quiesce([laptop])
    assert_converged(team_db, [laptop])


def _whole_old_rows(units: list[dict], sent: dict) -> tuple[list[dict], dict]:
    return [dict(u, changes=[wire.widen(c) for c in u["changes"]]) for u in units], sent


def _old_city(change: dict, laptop) -> str:
    with laptop.db.engine.connect() as c:
        old = c.execute(text("SELECT old_values FROM local_changes WHERE row_id = :i"),
                        {"i": change["id"]}).scalar()
    return json.loads(old)["city"]


def test_an_idle_sync_is_one_small_round_trip(team_db, laptops):
    laptop = laptops.make(salespeople(team_db, 1)[0])
    quiesce([laptop])
    inner = laptop.transport.inner
    before = inner.sent + inner.received
    assert laptop.sync().requests == 1
    assert inner.sent + inner.received - before < 5_000


def test_edits_of_one_field_made_offline_one_after_the_other_reach_the_server_in_order(
        team_db, laptops):
    """Two local transactions change the same contact's field: the server applies both in one
    request, the second on top of the first (not against the row as it was before the
    request), so neither conflicts and the last value stays."""
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    for title in ("Acheteur", "Directeur des achats"):
        with laptop.db.session(user) as s:
            contact = s.scalars(select(E.Contact).order_by(E.Contact.id)).first()
            contact.job_title = title
            s.commit()
            contact_id = contact.id
    assert laptop.sync().answers == {"applied": 2}
    with team_db.session() as s:
        assert s.get(E.Contact, contact_id).job_title == "Directeur des achats"
        assert s.scalar(select(func.count()).select_from(E.SyncConflict)) == 0
    quiesce([laptop])
    assert_converged(team_db, [laptop])


def test_a_late_copy_of_an_old_request_leaves_the_laptops_holdings_alone(team_db, laptops):
    """A request the network delivers again long after (its answer unread) must not take
    rows off what the server counts as held: the laptop's next change of them is admitted."""
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    sent: list[dict] = []
    post = laptop.transport.inner.post

    def recorded(path: str, body: dict) -> dict:  # the network keeps a copy of each request
        sent.append(body)
        return post(path, body)

    laptop.transport.inner.post = recorded
    with laptop.db.session(user) as s:
        contact = s.scalars(select(E.Contact).order_by(E.Contact.id)).first()
        contact.job_title = "Acheteur"
        s.commit()
        contact_id = contact.id
    laptop.sync()
    laptop.sync()  # acknowledges the first answer
    post("/v1/sync", sent[0])  # the first request again, late; its answer is lost
    with laptop.db.session(user) as s:
        s.get(E.Contact, contact_id).job_title = "Directeur des achats"
        s.commit()
    assert laptop.sync().answers == {"applied": 1}
    with team_db.session() as s:
        assert s.get(E.Contact, contact_id).job_title == "Directeur des achats"


def test_units_come_from_the_server_and_a_contacts_objection_reaches_it(team_db, laptops):
    """Units are reference data (the server's, read-only on a laptop); a consent event goes
    both ways with its contact, so a laptop's mailing honours an objection made offline."""
    from desktop.crm.enums import ConsentChannel

    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    with team_db.session("admin") as s:
        unit = E.Unit(code="crt", description="Crate")
        s.add(unit)
        s.flush()
        s.add(E.UnitDescription(unit_id=unit.id, language="fr", description="Caisse"))
        s.commit()
    with laptop.db.session(user) as s:
        contact = s.scalars(select(E.Contact).order_by(E.Contact.id)).first()
        s.add(E.ConsentEvent(contact_id=contact.id, channel=ConsentChannel.POST, objected=True,
                             source="phone call"))
        s.commit()
        contact_id = contact.id
    assert laptop.sync().answers == {"applied": 1}
    with laptop.db.session() as s:
        crate = s.scalars(select(E.Unit).where(E.Unit.code == "crt")).one()
        assert [d.description for d in crate.descriptions] == ["Caisse"]
    with team_db.session() as s:
        event = s.scalars(select(E.ConsentEvent).where(
            E.ConsentEvent.contact_id == contact_id)).one()
        assert event.objected and event.id >> 40 == laptop.device_no
    quiesce([laptop])
    assert_converged(team_db, [laptop])
