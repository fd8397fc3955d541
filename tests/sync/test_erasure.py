"""An erasure (GDPR art. 17, issue 37) reaches the copies the sync made in Exchange: the
meeting the person attended is written again, anonymised, in the organizer's calendar, on both
protocols, without a new invitation to anyone."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Enum, String, Text, func, or_, select

from desktop.crm import activities as A, clock as app_clock, entities as E
from desktop.crm.db.base import Base
from desktop.crm.enums import ActivityType as T, PartyType
from desktop.crm.erasure import PLACEHOLDER, erase_personal_data
from desktop.crm.text_search import contains, fold
from tests.sync.conftest import SOPHIE, employee_id

NAME, EMAIL = "Hélène Bérard", "helene.berard@exemple.fr"


def _meeting_with_her(db) -> tuple[int, int]:
    """A synchronized meeting organised by Sophie with Hélène invited: (contact, activity)."""
    with db.session("tester") as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        her = E.Contact(code="CTERASE", first_name="Hélène", last_name="Bérard", email=EMAIL,
                        business_partner=partner)
        s.add(her)
        s.flush()
        start = app_clock.now().replace(microsecond=0) + dt.timedelta(hours=24)
        act = A.new_activity(s, T.APPOINTMENT, {
            "subject": f"Rendez-vous {NAME}", "contact_id": her.id, "start_at": start,
            "end_at": start + dt.timedelta(hours=1), "location": "Lyon",
            "information": f"Écrire à {EMAIL}"}, employee_id(s, SOPHIE))
        A.add_attendee(s, act, {"attendee_type": PartyType.CONTACT, "contact_id": her.id,
                                "invite": True})
        A.save_activity(s, act, {"synchronize": True})
        s.commit()
        return her.id, act.id


def _tables_naming_her(db) -> list[str]:
    """table.column of every text that names her, whatever its case and accents, the link's
    JSON read decoded (it stores "Hélène" as "H\\u00e9l\\u00e8ne")."""
    words = (NAME, EMAIL)  # not "Bérard" alone: a demo partner bears it
    with db.session("tester") as s:
        found = [f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.c
                 if isinstance(c.type, (String, Text)) and not isinstance(c.type, Enum)
                 and s.scalar(select(func.count()).select_from(t).where(
                     or_(*(contains(c, w) for w in words))))]
        links = s.scalars(select(E.ExchangeItemLink.synced)).all()
    decoded = " ".join(fold(v) for synced in links if synced
                       for v in json.loads(synced).values())
    return found + [f"exchange_item_links.synced: {w}" for w in words if fold(w) in decoded]


def test_an_erasure_leaves_no_text_of_her_before_the_sync_runs(sync_db, remote, engine):
    contact_id, _ = _meeting_with_her(sync_db)
    engine.run_once()
    assert f"exchange_item_links.synced: {NAME}" in _tables_naming_her(sync_db)
    [item] = [v for v in remote.own_events(SOPHIE) if v.subject == f"Rendez-vous {NAME}"]
    with sync_db.session("tester") as s:
        erase_personal_data(s, contact_id, "Demande écrite")
        s.commit()
    assert _tables_naming_her(sync_db) == []  # the link's memory too, not only the activity
    assert engine.run_once().error == ""
    after = remote.item(SOPHIE, item.id)  # the scrubbed memory still made the sync write
    assert (after.subject, after.body.strip()) == (
        f"Rendez-vous {PLACEHOLDER}", f"Écrire à {PLACEHOLDER}")
    assert after.location == "Lyon" and _tables_naming_her(sync_db) == []


def test_an_erasure_rewrites_the_exchange_copy_without_inviting(sync_db, remote, engine):
    contact_id, _ = _meeting_with_her(sync_db)
    engine.run_once()
    [item] = [v for v in remote.own_events(SOPHIE) if v.subject == f"Rendez-vous {NAME}"]
    assert EMAIL in [a.lower() for a in item.attendees] and EMAIL in item.body
    invitations = remote.writes("create")
    with sync_db.session("tester") as s:
        erase_personal_data(s, contact_id, "Demande écrite")
        s.commit()
    report = engine.run_once()
    assert (report.error, report.waiting) == ("", 0)
    after = remote.item(SOPHIE, item.id)
    assert after.subject == f"Rendez-vous {PLACEHOLDER}"
    assert (after.body.strip(), remote.writes("create"), remote.cancellations) == (
        f"Écrire à {PLACEHOLDER}", invitations, [])  # nobody invited or told
    held = " ".join([after.subject, after.body, *after.attendees]).lower()
    assert "berard" not in held and EMAIL not in held  # she is no attendee any more
    if remote.name == "graph":  # no "send to none": a PATCH of the attendees alone tells
        # only her, the one attendee who changed (graph_items.without_erased)
        assert remote.server.removed == [(EMAIL, True)]
