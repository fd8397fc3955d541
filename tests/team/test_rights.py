"""Q-SEC-1 on the team server (issue 35, item 3): a pushed unit that changes someone else's
closed record is refused, with the domain's reason, for a salesperson and applied for a CRM
manager; the refusal waits in the salesperson's Conflicts session. The laptop here made its
change before it heard of the close (or of the roles), as a laptop offline does."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.crm import devices, entities as E, rights
from desktop.crm.db.records import apply_values
from desktop.crm.enums import EmployeeRole as R, OpportunityStatus as S
from desktop.crm.errors import NotAllowedError
from desktop.team import tables as T
from desktop.team.replica.conflicts import open_conflicts
from desktop.team.replica.transport import ServerRefused
from tests.team.conftest import salespeople
from tests.team.test_conflicts import first, laptop_user, on_laptop


def _employee(db, user: str) -> int:
    with db.session() as s:
        return s.scalars(select(E.Employee.id).where(E.Employee.user_name == user)).one()


def _closed_by_someone_else(db, opportunity: int, other: str, manager: str,
                            grant_to_laptop_user: str | None = None) -> None:
    """At the office: the opportunity goes to ``other`` and is Won; ``manager`` becomes the
    team's CRM manager (and the laptop's user too, when asked)."""
    with db.session("office") as s:
        apply_values(s, s.get(E.Opportunity, opportunity),
                     dict(assigned_to_id=_employee(db, other), status=S.WON))
        rights.set_roles(s, _employee(db, manager), frozenset({R.CRM_MANAGER}))
        s.commit()
    if grant_to_laptop_user:  # from now on, only a CRM manager gives roles
        with db.session(manager) as s:
            rights.set_roles(s, _employee(db, grant_to_laptop_user),
                             frozenset({R.CRM_MANAGER}))
            s.commit()


def test_a_salesperson_push_to_a_closed_record_is_refused_with_the_reason(team_db, laptops):
    me, other, manager = salespeople(team_db, 3)
    laptop = laptops.make(me)
    opportunity = first(laptop, E.Opportunity, E.Opportunity.status == S.IN_PROCESS)
    _closed_by_someone_else(team_db, opportunity, other, manager)
    on_laptop(laptop, E.Opportunity, opportunity, description="Changed offline")
    assert laptop.sync().answers == {"refused": 1}
    with team_db.session() as s:
        opp = s.get(E.Opportunity, opportunity)
        assert opp.description != "Changed offline"
        reason = (f"Opportunity {opp.code} is closed: only its assignee or organizer, or a CRM "
                  "manager, may change it.")
    laptop.sync()  # the refusal comes down with the record as the server holds it
    with laptop.db.session(laptop_user(laptop)) as s:
        kept = s.scalars(select(E.SyncConflict).where(*open_conflicts(me))).one()
        assert (kept.rule, json.loads(kept.server_value)) == ("refused", reason)
        assert s.get(E.Opportunity, opportunity).status is S.WON


def test_a_crm_managers_push_to_the_same_record_is_applied(team_db, laptops):
    me, other, manager = salespeople(team_db, 3)
    laptop = laptops.make(me)
    opportunity = first(laptop, E.Opportunity, E.Opportunity.status == S.IN_PROCESS)
    _closed_by_someone_else(team_db, opportunity, other, manager, grant_to_laptop_user=me)
    on_laptop(laptop, E.Opportunity, opportunity, description="Corrected by the manager")
    # merged: applied over the office's close, which the laptop had not seen
    assert laptop.sync().answers == {"merged": 1}
    with team_db.session() as s:
        assert s.get(E.Opportunity, opportunity).description == "Corrected by the manager"


def test_a_revoked_laptop_is_refused_at_its_next_request(team_db, laptops):
    me, manager = salespeople(team_db, 2)
    laptop = laptops.make(me)
    with team_db.session("office") as s:
        rights.set_roles(s, _employee(team_db, manager), frozenset({R.CRM_MANAGER}))
        s.commit()
    with team_db.session(me) as s, pytest.raises(NotAllowedError, match="Only a CRM manager"):
        devices.team_devices(s)  # not a manager: may not even list them
    with team_db.session(manager) as s:
        (device,) = [d for d in devices.team_devices(s) if d.user_name == me]
        assert device.last_seen_at is not None
        devices.revoke(s, device.id)
        s.commit()
    with pytest.raises(ServerRefused) as refused:
        laptop.sync()
    assert refused.value.status == 403
    assert "revoked" in refused.value.message()


def test_a_laptop_revoked_with_a_wipe_deletes_the_teams_records(team_db, laptops):
    me, manager = salespeople(team_db, 2)
    laptop = laptops.make(me)
    on_laptop(laptop, E.BusinessPartner, first(laptop, E.BusinessPartner), city="Not pushed")
    with team_db.session("office") as s:
        rights.set_roles(s, _employee(team_db, manager), frozenset({R.CRM_MANAGER}))
        s.commit()
    with team_db.session(manager) as s:
        (device,) = [d for d in devices.team_devices(s) if d.user_name == me]
        devices.revoke(s, device.id, wipe=True)
        s.commit()
    with pytest.raises(ServerRefused):
        laptop.sync()
    with laptop.db.engine.connect() as c:
        left = {name: c.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar()
                for name in (*T.REPLICATED, "local_changes")}
    assert set(left.values()) == {0}
