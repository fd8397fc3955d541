"""Q-SEC-1 and the CRM manager's reference data, through the domain and the command line,
on both databases: the same refusal, in the same sentence, whoever asks."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import cli
from desktop.crm import devices, entities as E, opportunities as O, rights
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    EmployeeRole as R,
    OpportunityStatus as S,
)
from desktop.crm.errors import NotAllowedError
from tests.support import factories as f

REFUSED = ("Opportunity OPP000001 is closed: only its assignee or organizer, or a CRM "
           "manager, may change it.")


@pytest.fixture
def team(db):
    """alice is the CRM manager, bob the opportunity's assignee, carol another salesperson;
    OPP000001 is Won."""
    with db.session(user="setup") as s:
        people = {user: f.employee(s, code=code, user=user)
                  for code, user in (("E001", "alice"), ("E002", "bob"), ("E003", "carol"))}
        opp = f.opportunity(s, assigned_to=people["bob"], status=S.WON)
        for user, roles in (("bob", {R.SALESPERSON}),
                            ("carol", {R.SALESPERSON, R.ACCOUNT_MANAGER}),
                            ("alice", {R.CRM_MANAGER})):  # the first manager: rights start
            rights.set_roles(s, people[user].id, frozenset(roles))
        ids = {user: e.id for user, e in people.items()} | {"opp": opp.id}
        s.commit()
    return ids


def _change(db, user: str, record_id: int, **values) -> None:
    with db.session(user=user) as s:
        opp = s.get(E.Opportunity, record_id)
        for key, value in values.items():
            setattr(opp, key, value)
        commit(s)


def test_a_salesperson_may_not_change_someone_elses_closed_opportunity(db, team):
    with pytest.raises(NotAllowedError) as refused:
        _change(db, "carol", team["opp"], description="Mine now")
    assert refused.value.message() == REFUSED
    with db.session() as s:
        assert s.get(E.Opportunity, team["opp"]).description != "Mine now"


def test_the_assignee_and_a_crm_manager_may(db, team):
    _change(db, "bob", team["opp"], description="By the assignee")
    _change(db, "alice", team["opp"], description="By the manager")
    with db.session() as s:
        assert s.get(E.Opportunity, team["opp"]).description == "By the manager"


def test_naming_oneself_assignee_in_the_same_change_does_not_count(db, team):
    with pytest.raises(NotAllowedError, match="is closed"):
        _change(db, "carol", team["opp"], assigned_to_id=team["carol"])


def test_reopening_and_deleting_are_changes_too(db, team):
    with db.session(user="carol") as s:
        opp = s.get(E.Opportunity, team["opp"])
        with pytest.raises(NotAllowedError, match="is closed"):
            O.change_status(s, opp, S.IN_PROCESS, confirm_reopen=True)
            s.flush()
        s.rollback()
        s.delete(s.get(E.Opportunity, team["opp"]))  # as a team server applies a deletion
        with pytest.raises(NotAllowedError, match="is closed"):
            s.flush()


def test_anyone_changes_and_closes_an_open_record(db, team):
    _change(db, "alice", team["opp"], status=S.IN_PROCESS, end_date=None)
    _change(db, "carol", team["opp"], description="Helping out", status=S.LOST)
    with pytest.raises(NotAllowedError, match="is closed"):  # closed now, and not hers
        _change(db, "carol", team["opp"], description="Again")


def test_a_closed_activity_is_its_organizers(db, team, now):
    with db.session(user="bob") as s:
        activity = E.Activity(code="APP000001", type=ActivityType.APPOINTMENT, subject="Visite",
                              status=ActivityStatus.HELD, organizer_id=team["bob"],
                              start_at=now, end_at=now + dt.timedelta(hours=1))
        s.add(activity)
        s.commit()
        activity_id = activity.id
    with db.session(user="carol") as s:
        s.get(E.Activity, activity_id).subject = "Rewritten"
        with pytest.raises(NotAllowedError) as refused:
            commit(s)
    assert refused.value.message() == ("Activity APP000001 is closed: only its assignee or "
                                       "organizer, or a CRM manager, may change it.")
    with db.session(user="bob") as s:
        s.get(E.Activity, activity_id).subject = "Notes added"
        commit(s)


def test_reference_data_is_the_crm_managers(db, team):
    with db.session(user="carol") as s:
        s.add(E.Item(code="ART-9", description="Vis", sales_unit="pcs", currency="EUR"))
        with pytest.raises(NotAllowedError) as refused:
            commit(s)
    assert refused.value.message() == ("Item is reference data: only a CRM manager may "
                                       "change it.")
    with db.session(user="carol") as s, pytest.raises(NotAllowedError, match="CRM manager"):
        rights.set_roles(s, team["carol"], frozenset({R.CRM_MANAGER}))  # no self-promotion
    with db.session(user="alice") as s:
        s.add(E.Item(code="ART-9", description="Vis", sales_unit="pcs", currency="EUR"))
        rights.set_roles(s, team["carol"], frozenset({R.MARKETING}))
        commit(s)
        assert s.get(E.Employee, team["carol"]).roles == frozenset({R.MARKETING})


def test_the_team_keeps_a_crm_manager(db, team):
    with db.session(user="alice") as s, pytest.raises(NotAllowedError) as refused:
        rights.set_roles(s, team["alice"], frozenset({R.SALESPERSON}))
    assert refused.value.message() == ("Employee E001 is the team's last CRM manager: name "
                                       "another one first.")


def test_without_a_crm_manager_nobody_is_refused(db):
    """A new database, or a one-person file: nobody could give the first role."""
    with db.session(user="setup") as s:
        opp = f.opportunity(s, assigned_to=f.employee(s, code="E002", user="bob"),
                            status=S.WON)
        s.commit()
        opp_id = opp.id
    _change(db, "carol", opp_id, description="Anyone")


def test_the_command_line_refuses_in_the_same_words(db, team, monkeypatch, capsys):
    monkeypatch.setenv("LOGNAME", "carol")  # getpass reads the login from here first
    status = cli.run_save(db.url, "Opportunity", team["opp"], ["description=Mine"])
    assert (status, capsys.readouterr().err.strip()) == (2, f"crm-desktop: {REFUSED}")
    monkeypatch.setenv("LOGNAME", "bob")
    assert cli.run_save(db.url, "Opportunity", team["opp"], ["description=Mine"]) == 0


def test_roles_are_given_on_the_command_line_by_a_crm_manager(db, team, monkeypatch, capsys):
    monkeypatch.setenv("LOGNAME", "alice")
    assert cli.run_save(db.url, "Employee", team["bob"], ["roles=SALESPERSON,CRM_MANAGER"]) == 0
    assert cli.run_save(db.url, "Employee", team["alice"], ["roles=Marketing"]) == 0
    with db.session() as s:
        assert s.get(E.Employee, team["alice"]).roles == frozenset({R.MARKETING})
    monkeypatch.setenv("LOGNAME", "bob")  # the last manager now
    assert cli.run_save(db.url, "Employee", team["bob"], ["roles="]) == 2
    assert capsys.readouterr().err.strip() == (
        "crm-desktop: Employee E002 is the team's last CRM manager: name another one first.")


def test_a_crm_manager_lists_and_revokes_laptops(db, team):
    with db.session(user="setup") as s:
        s.add(E.Device(device_no=1, user_name="bob", name="laptop of bob"))
        s.commit()
    with db.session(user="carol") as s, pytest.raises(NotAllowedError) as refused:
        devices.revoke(s, 1)
    assert refused.value.message() == "Only a CRM manager may see or revoke the team's laptops."
    with db.session(user="alice") as s:
        (laptop,) = devices.team_devices(s)
        devices.revoke(s, laptop.id)
        s.commit()
    with db.session() as s:
        assert s.get(E.Device, laptop.id).revoked
