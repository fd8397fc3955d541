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
    PartyType,
    QuotationStatus,
    RecipientRole,
    ReferenceType,
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


@pytest.fixture
def partner_mail(session, sole_trader, tmp_path):
    """An e-mail to the partner (not to her contact) with what an activity owns: a recipient,
    an attachment, a reference, a note and an attribute value. The id of the activity."""
    attached = tmp_path / "devis.pdf"
    attached.write_bytes(b"%PDF-1.4 devis")
    mail = E.Activity(code="EM1", type=T.EMAIL, subject="Devis", status=ActivityStatus.PLANNED,
                      business_partner_id=sole_trader)
    mail.recipients.append(E.EmailRecipient(sequence=10, role=RecipientRole.TO,
                                            recipient_type=PartyType.OTHER, name=NAME,
                                            email=EMAIL))
    mail.attachments.append(E.EmailAttachment(sequence=10, file_name=f"Devis {NAME}.pdf",
                                              stored_path=str(attached), size_bytes=14))
    mail.references.append(E.ActivityReference(sequence=10, type=ReferenceType.SALES_ORDER,
                                               reference="SO1", remark=f"Pour {NAME}"))
    session.add(mail)
    session.flush()
    mood = E.Attribute(code="MOOD", label="Mood", search_key="MOOD",
                       data_type=AttributeType.ALPHANUMERIC, length=40)
    session.add_all([mood, E.Note(object_kind=K.ACTIVITY, object_id=mail.id, subject="Suite",
                                  body=f"Appeler au {PHONE}")])
    session.flush()
    session.add(E.AttributeValue(object_kind=AttributeObjectKind.A, object_id=mail.id,
                                 attribute=mood, value_text=f"Ravie, {NAME}"))
    session.commit()
    return mail.id


def test_the_export_follows_what_the_partner_activities_own(session, sole_trader,
                                                            partner_mail, tmp_path):
    tables = export_partner_data(session, sole_trader, tmp_path / "y.json")["tables"]
    assert [row["email"] for row in tables["email_recipients"]] == [EMAIL]
    assert [row["file_name"] for row in tables["email_attachments"]] == [f"Devis {NAME}.pdf"]
    assert [row["reference"] for row in tables["activity_references"]] == ["SO1"]
    assert sorted(row["subject"] for row in tables["notes"]) == ["Suite", "Visite"]
    assert sorted(row["value_text"] for row in tables["attribute_values"]) == [
        "Micro", f"Ravie, {NAME}"]
    for table in Base.metadata.sorted_tables:  # from the metadata: a new table too
        for fk in table.foreign_keys:
            if fk.column.table.name == "activities" and fk.ondelete == "CASCADE":
                held = session.scalar(select(func.count()).select_from(table).where(
                    fk.parent == partner_mail))
                assert len(tables.get(table.name, [])) == held, table.name


def test_the_erasure_follows_what_the_partner_activities_own(session, sole_trader,
                                                             partner_mail, tmp_path):
    result = erase_partner_data(session, sole_trader, "Demande")
    session.commit()
    assert result.files == [tmp_path / "devis.pdf"] and not result.files[0].exists()
    assert _texts_holding(session, NAME, EMAIL, PHONE, "Kergoat") == []
    assert session.scalar(select(func.count()).select_from(E.EmailAttachment)) == 0
    assert session.scalars(select(E.ActivityReference.remark)).all() == [
        f"Pour {PLACEHOLDER}"]
    assert count_orphans(session.get_bind()) == {}


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
