"""A pushed change to a row outside the sender's scope is refused (issue 35, Must-show), with
the reason, against the running server: the laptop's own request, altered on its way to name a
partner the laptop does not hold, as a tampered client would."""

from __future__ import annotations

import copy

from sqlalchemy import select

from desktop.crm import entities as E
from tests.team.conftest import salespeople
from tests.team.test_audit import Recording
from tests.team.test_conflicts import first, on_laptop


def test_a_change_to_a_partner_outside_the_scope_is_refused(team_db, laptops):
    laptop = laptops.make(salespeople(team_db, 1)[0])
    recording = laptop.transport.inner = Recording(laptop.transport.inner)
    held = first(laptop, E.BusinessPartner)
    on_laptop(laptop, E.BusinessPartner, held, city="Brest")
    laptop.sync()
    with laptop.db.session() as s:
        mine = set(s.scalars(select(E.BusinessPartner.id)))
    with team_db.session() as s:
        outside = next(i for i in s.scalars(select(E.BusinessPartner.id).order_by(
            E.BusinessPartner.id)) if i not in mine)
        city = s.get(E.BusinessPartner, outside).city
    path, body = next((p, b) for p, b in recording.sent if b.get("units"))
    forged = copy.deepcopy(body)
    unit = forged["units"][0]
    unit["seq"] += 1000
    for change in unit["changes"]:
        change["id"] = outside
    answer = recording.inner.post(path, forged)
    assert [(a["status"], a["message"]) for a in answer["answers"]] == [
        ("refused", f"Business partner {outside} is not in the records this laptop holds: the "
                    "change is refused.")]
    with team_db.session() as s:
        assert s.get(E.BusinessPartner, outside).city == city
