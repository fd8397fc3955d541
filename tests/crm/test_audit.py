"""The audit trail (issue 35, item 5) on both databases: a session that audits writes who,
from which device, when, and the old and new value of every field its flushes changed; only
a CRM manager reads or exports a record's trail."""

from __future__ import annotations

import csv

import pytest

from desktop.crm import audit, entities as E, rights
from desktop.crm.enums import EmployeeRole as R, OpportunityStatus as S
from desktop.crm.errors import NotAllowedError
from tests.support import factories as f


@pytest.fixture
def opportunity(db) -> int:
    """OPP000001, assigned to bob; alice is the CRM manager. Nothing of this is audited."""
    with db.session(user="setup") as s:
        bob = f.employee(s, code="E002", user="bob")
        opp = f.opportunity(s, assigned_to=bob)
        rights.set_roles(s, f.employee(s, code="E001", user="alice").id,
                         frozenset({R.CRM_MANAGER}))
        s.commit()
        return opp.id


def _fields(entries) -> list[tuple]:
    return [(e.op, e.field, e.old_value, e.new_value, e.user_name, e.device_no)
            for e in entries]


def test_a_change_is_recorded_field_by_field_with_who_and_from_where(db, opportunity, now):
    with db.session(user="bob") as s:
        audit.audit_device(s, 7)
        opp = s.get(E.Opportunity, opportunity)
        opp.description, opp.status = "Presse 400 t", S.IN_PROCESS
        s.commit()
    with db.session(user="alice") as s:
        entries = audit.trail(s, "opportunities", opportunity)
    assert sorted(_fields(entries)) == [
        ("U", "description", "Rénovation ligne", "Presse 400 t", "bob", 7),
        ("U", "status", "PRELIMINARY", "IN_PROCESS", "bob", 7)]
    (moment,) = {e.at for e in entries}  # one change, one moment, from the clock
    assert moment >= now


def test_a_new_and_a_deleted_record_list_their_fields(db, opportunity):
    with db.session(user="alice") as s:
        audit.audit_device(s, 3)
        item = E.Item(code="ART-2", description="Vis", sales_unit="pcs", currency="EUR")
        s.add(item)
        s.flush()
        item_id = item.id
        s.delete(item)
        s.commit()
    with db.session(user="alice") as s:
        entries = _fields(audit.trail(s, "items", item_id))
    assert ("I", "code", "", "ART-2", "alice", 3) in entries
    assert ("D", "code", "ART-2", "", "alice", 3) in entries


def test_a_session_that_does_not_audit_writes_no_trail(db, opportunity):
    with db.session(user="bob") as s:
        s.get(E.Opportunity, opportunity).description = "Sans trace"
        s.commit()
    with db.session(user="alice") as s:
        assert audit.trail(s, "opportunities", opportunity) == []


def test_only_a_crm_manager_reads_and_exports_the_trail(db, opportunity, tmp_path):
    with db.session(user="bob") as s:
        audit.audit_device(s, 7)
        s.get(E.Opportunity, opportunity).description = "Presse 400 t"
        s.commit()
    with db.session(user="bob") as s, pytest.raises(NotAllowedError) as refused:
        audit.trail(s, "opportunities", opportunity)
    assert refused.value.message() == "Only a CRM manager may read the audit trail."
    path = tmp_path / "trail.csv"
    with db.session(user="alice") as s:
        assert audit.export_csv(s, "opportunities", opportunity, path) == 1
    with path.open(encoding="utf-8-sig", newline="") as written:
        rows = list(csv.reader(written))
    assert rows[0] == list(audit.HEADERS)
    assert rows[1][1:] == ["bob", "7", "U", "description", "Rénovation ligne", "Presse 400 t"]
