"""Right of access and erasure for a business partner that is one person (issue 37, GDPR art.
15 and 17): a partner whose only contact is the person; its export holds what names the
contact and what names the partner; its erasure leaves no name, address, e-mail or phone of
the person anywhere and the business history whole; a company (several contacts) is refused,
and so is an erasure while a quotation of the partner is open (legal hold)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import Enum, String, Text, func, or_, select

from desktop.crm import entities as E
from desktop.crm.db.base import Base
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType as T,
    AttributeObjectKind,
    AttributeType,
    BusinessObjectKind as K,
    QuotationStatus,
)
from desktop.crm.erasure import PLACEHOLDER
from desktop.crm.errors import ValidationError
from desktop.crm.inventory import count_orphans
from desktop.crm.person_partners import erase_partner_data, export_partner_data
from tests.support import factories as f

NAME, EMAIL, PHONE = "Ysaline Kergoat", "ysaline@exemple.fr", "+33 2 98 12 34 56"
STREET = "12 rue des Goémons"


@pytest.fixture
def sole_trader(session, now):
    """Ysaline, a sole trader: a partner named after her, her contact, an opportunity with a
    processed quotation, a call, a note and an attribute value on the partner."""
    bp = f.partner(session, "BP1", NAME, street=STREET, city="Brest", email=EMAIL,
                   phone=PHONE)
    f.contact(session, "CT1", bp, first_name="Ysaline", last_name="Kergoat",
              email=EMAIL, office_phone=PHONE, is_primary=True)
    opp = f.opportunity(session, "OPP000001", sold_to_bp=bp,
                        description=f"Site web de {NAME}")
    item = f.item(session)
    session.add(E.Quotation(code="QT1", sold_to_bp=bp, opportunity=opp,
                            quotation_date=now.date(), status=QuotationStatus.PROCESSED,
                            lines=[E.QuotationLine(position=10, item=item, unit="pcs",
                                                   ordered_qty=Decimal("1"),
                                                   amount=Decimal("900.00"))]))
    session.add(E.Activity(code="CA1", type=T.CALL, subject=f"Rappeler {NAME}",
                           status=ActivityStatus.PLANNED, business_partner=bp))
    size = E.Attribute(code="SIZE", label="Size", search_key="SIZE",
                       data_type=AttributeType.ALPHANUMERIC, length=40)
    session.add_all([size, E.Note(object_kind=K.BUSINESS_PARTNER, object_id=bp.id,
                                  subject="Visite", body=f"Chez {NAME}, {STREET}")])
    session.flush()
    session.add(E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=bp.id,
                                 attribute=size, value_text="Micro"))
    session.commit()
    return bp.id


def _texts_holding(session, *words: str) -> list[str]:
    """table.column of every text value that holds one of ``words``."""
    return [f"{table.name}.{column.name}" for table in Base.metadata.sorted_tables
            for column in table.c
            if isinstance(column.type, (String, Text)) and not isinstance(column.type, Enum)
            and session.scalar(select(func.count()).select_from(table).where(
                or_(*(column.contains(w, autoescape=True) for w in words))))]


def test_the_export_of_a_sole_trader_holds_what_names_the_person_and_the_partner(
        session, sole_trader, tmp_path):
    path = tmp_path / "ysaline.json"
    data = export_partner_data(session, sole_trader, path)
    assert json.loads(path.read_text("utf-8")) == data
    assert (data["business_partner"], data["contact"], data["name"]) == ("BP1", "CT1", NAME)
    tables = data["tables"]
    assert [row["name"] for row in tables["business_partners"]] == [NAME]
    assert [row["code"] for row in tables["contacts"]] == ["CT1"]
    assert [row["code"] for row in tables["opportunities"]] == ["OPP000001"]
    assert [row["code"] for row in tables["quotations"]] == ["QT1"]
    assert [row["code"] for row in tables["activities"]] == ["CA1"]
    assert [row["body"] for row in tables["notes"]] == [f"Chez {NAME}, {STREET}"]
    assert [row["value_text"] for row in tables["attribute_values"]] == ["Micro"]


def test_the_erasure_of_a_sole_trader_leaves_nothing_that_identifies_them(session,
                                                                          sole_trader):
    result = erase_partner_data(session, sole_trader, "Courrier du 2 décembre")
    session.commit()
    assert (result.rows_deleted, result.rows_changed) == (2, 2)  # note, value; opportunity, call
    assert _texts_holding(session, NAME, EMAIL, PHONE, STREET, "Kergoat") == []
    partner = session.get(E.BusinessPartner, sole_trader)
    assert (partner.name, partner.city, partner.email, partner.phone) == \
        (PLACEHOLDER, "", "", "")
    assert session.scalars(select(E.Opportunity.description)).all() == \
        [f"Site web de {PLACEHOLDER}"]
    assert session.scalar(select(E.Quotation.status)) is QuotationStatus.PROCESSED
    assert count_orphans(session.get_bind()) == {}
    logged = session.scalars(select(E.PersonalDataErasure.reason)).all()
    assert logged == ["Courrier du 2 décembre"]


def test_a_partner_with_several_contacts_is_a_company_and_is_refused(session, sole_trader,
                                                                     tmp_path):
    f.contact(session, "CT2", session.get(E.BusinessPartner, sole_trader), last_name="Autre")
    with pytest.raises(ValidationError) as caught:
        export_partner_data(session, sole_trader, tmp_path / "no.json")
    assert "not one person: it has 2 contacts" in str(caught.value)
    with pytest.raises(ValidationError):
        erase_partner_data(session, sole_trader, "Demande")
    assert not (tmp_path / "no.json").exists()


def test_an_open_quotation_of_the_partner_holds_the_erasure_back(session, sole_trader):
    session.scalars(select(E.Quotation)).one().status = QuotationStatus.APPROVED
    session.flush()
    with pytest.raises(ValidationError) as caught:
        erase_partner_data(session, sole_trader, "Demande")
    assert "QT1" in str(caught.value) and "legal hold" in str(caught.value)
    assert session.get(E.BusinessPartner, sole_trader).name == NAME
