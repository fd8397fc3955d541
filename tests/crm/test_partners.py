"""Business partner and contact rules: numbering, validity dates, primary contact, codes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.records import find_by_code
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import AttributeObjectKind, BPRole, BPStatus
from desktop.crm.errors import ValidationError
from desktop.crm.partners import actual_status, save_contact, save_partner

TODAY = dt.date(2026, 11, 29)


def test_new_partner_is_numbered_from_the_com_series(demo_session):
    bp = save_partner(demo_session, None, {"name": "Nouvelle Société SAS",
                                           "status": BPStatus.PROSPECT,
                                           "status_effective_date": TODAY})
    commit(demo_session)
    assert bp.code == "BP000201"


def test_active_partner_needs_an_effective_date(demo_session):
    with pytest.raises(ValidationError, match="needs an effective date") as caught:
        save_partner(demo_session, None, {"name": "X", "status": BPStatus.ACTIVE})
    assert caught.value.field == "status_effective_date"


def test_inactive_partner_has_no_dates(demo_session):
    with pytest.raises(ValidationError, match="no validity dates"):
        save_partner(demo_session, None, {"name": "X", "status": BPStatus.INACTIVE,
                                          "status_effective_date": TODAY})


def test_expired_partner_is_actually_inactive():
    bp = E.BusinessPartner(status=BPStatus.ACTIVE, status_effective_date=dt.date(2020, 1, 1),
                           status_expiry_date=dt.date(2025, 12, 31))
    assert actual_status(bp, TODAY) is BPStatus.INACTIVE
    bp.status_expiry_date = dt.date(2027, 1, 1)
    assert actual_status(bp, TODAY) is BPStatus.ACTIVE


def test_codes_are_unique_ignoring_case(demo_session):
    with pytest.raises(ValidationError, match="BP000001 already exists") as caught:
        save_partner(demo_session, None, {"code": "bp000001", "name": "Copie",
                                          "status": BPStatus.NOT_SPECIFIED})
    assert caught.value.field == "code"
    assert find_by_code(demo_session, E.BusinessPartner, "bp000001").code == "BP000001"


def test_text_longer_than_the_column_is_refused(demo_session):
    with pytest.raises(ValidationError, match="at most 80 characters"):
        save_partner(demo_session, None, {"name": "x" * 81, "status": BPStatus.NOT_SPECIFIED})


def test_new_sold_to_partner_gets_the_default_attribute_set(demo_session):
    bp = E.BusinessPartner(roles=[E.BusinessPartnerRole(role=BPRole.SOLD_TO)])
    save_partner(demo_session, bp, {"code": "NEW1", "name": "Clients Réunis",
                                    "status": BPStatus.NOT_SPECIFIED})
    from desktop.crm.partners import _attach_role_sets

    _attach_role_sets(demo_session, bp)
    demo_session.flush()
    codes = demo_session.scalars(
        select(E.Attribute.code).join(E.AttributeValue).where(
            E.AttributeValue.object_kind == AttributeObjectKind.R,
            E.AttributeValue.object_id == bp.id).order_by(E.Attribute.code)).all()
    assert codes == ["CLISINCE", "EFFECTIF", "SECTEUR"]


def test_one_primary_contact_per_partner(demo_session):
    bp = find_by_code(demo_session, E.BusinessPartner, "BP000001")
    before = [c for c in bp.contacts if c.is_primary]
    assert len(before) == 1
    new = save_contact(demo_session, None, {"last_name": "Béranger", "first_name": "Zoé",
                                            "business_partner_id": bp.id, "is_primary": True})
    commit(demo_session)
    demo_session.expire_all()
    primaries = demo_session.scalars(select(E.Contact.code).where(
        E.Contact.business_partner_id == bp.id, E.Contact.is_primary.is_(True))).all()
    assert primaries == [new.code]
    assert new.code.startswith("CT")


def test_contact_email_and_primary_phone_are_checked(demo_session):
    with pytest.raises(ValidationError, match="not an e-mail address"):
        save_contact(demo_session, None, {"last_name": "Petit", "email": "petit.example"})
    with pytest.raises(ValidationError, match="Only one phone number"):
        save_contact(demo_session, None, {"last_name": "Petit", "primary_office_phone": True,
                                          "primary_mobile_phone": True})


def test_partner_with_contacts_cannot_be_deleted(demo_session):
    from desktop.crm.db.records import delete

    bp = find_by_code(demo_session, E.BusinessPartner, "BP000002")
    with pytest.raises(ValidationError, match=r"cannot be deleted: other records use it \(.*contact: \d+"):
        delete(demo_session, bp)
