"""The change notice of a unit of work names the rows it created, changed and deleted."""

from __future__ import annotations

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.changes import ChangeRecorder


def test_created_changed_and_deleted_rows_are_named(demo_session):
    old = E.Reason(code="ZZOLD", description="Old reason")
    demo_session.add(old)
    demo_session.flush()
    recorder = ChangeRecorder(demo_session)
    try:
        partner = demo_session.scalars(select(E.BusinessPartner)).first()
        partner.name = partner.name + " (renamed)"
        new = E.Reason(code="ZZNEW", description="New reason")
        demo_session.add(new)
        demo_session.flush()  # the new row's id is known from here
        demo_session.delete(old)
        demo_session.flush()
        changes = recorder.changes()
    finally:
        recorder.close()
    assert changes.created == {(E.Reason, new.id)}
    assert changes.was_changed(E.BusinessPartner, partner.id)
    assert changes.was_deleted(E.Reason, old.id)
    assert {E.BusinessPartner, E.Reason} == changes.kinds
