"""Merging a letter on a record (BR-LET-02..04), the fields a letter may hold, Copy Letter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.enums import BusinessObjectKind as K, OpportunityStatus
from desktop.crm.errors import ValidationError
from desktop.crm.letters import rules
from desktop.crm.letters.document import Document, Field, Paragraph, Text
from desktop.crm.letters.fields import catalogue
from desktop.crm.letters.merge import merge_values, merged
from desktop.crm.letters.storage import dumps, loads
from desktop.crm.parameters import com_parameters
from tests.support import factories as f


def _text(document: Document) -> str:
    return document.plain_text()


def test_a_partner_letter_greets_its_primary_contact(session):
    bp = f.partner(session, name="Hydraulique Dijon")
    f.contact(session, "CT1", bp, last_name="Dijk", before_surname_prefix="van",
              salutation="Monsieur", is_primary=True)
    com_parameters(session).company_name = "Rhône SA"
    writer = f.employee(session, "E9")
    letter = loads("Dear Mr. @bef.lst.name @cor.nama,\n@contact.salutation, @bp.name\n"
                   "bp.name / @company / @user")
    shown = rules.preview(session, letter, K.BUSINESS_PARTNER, bp.id, employee_id=writer.id)
    assert _text(shown).splitlines() == [
        "Dear Mr. Van Dijk,", "Monsieur, @bp.name", "Hydraulique Dijon / Rhône SA / Employee E9"]


def test_empty_values_merge_as_nothing_not_as_the_token_or_zero(session):
    bp = f.partner(session, name="Sans Contact")
    opportunity = f.opportunity(session, sold_to_bp=bp)
    letter = Document((Paragraph((Text("["), Field("@cor.nama"), Text("|"),
                                  Field("@bef.lst.name"), Text("|"),
                                  Field("opportunity.expected_revenue"), Text("|"),
                                  Field("contact.email"), Text("]"))),))
    shown = rules.preview(session, letter, K.OPPORTUNITY, opportunity.id)
    # no contact: the correspondence name is the partner's; no revenue typed: nothing
    assert _text(shown) == "[Sans Contact|||]"


def test_values_read_in_the_letters_language(session):
    opportunity = f.opportunity(session, expected_revenue=Decimal("12500.5"),
                                expected_close_date=dt.date(2027, 3, 1),
                                status=OpportunityStatus.WON)
    names = ["opportunity.expected_revenue", "opportunity.expected_close_date",
             "opportunity.status", "@today"]
    french = merge_values(session, K.OPPORTUNITY, [opportunity.id], names, language="fr",
                          today=dt.date(2026, 12, 2),
                          translate={"Won": "Gagnée"}.get)[opportunity.id]
    assert french == {"opportunity.expected_revenue": "12\u202f500,50",
                      "opportunity.expected_close_date": "1 mars 2027",
                      "opportunity.status": "Gagnée", "@today": "2 décembre 2026"}
    english = merge_values(session, K.OPPORTUNITY, [opportunity.id], names, language="en",
                           today=dt.date(2026, 12, 2))[opportunity.id]
    assert english["opportunity.expected_revenue"] == "12,500.50"
    assert english["@today"] == "2 December 2026"


def test_fixed_position_and_fixed_width_fields():
    """BR-LET-04: # keeps the column the field stands at, % pads or cuts to the length."""
    layout = Document((Paragraph((Field("bp.code"), Text(" "), Field("bp.name", placement="#"))),
                       Paragraph((Field("bp.city", placement="%"), Text("|"))),))
    short = merged(layout, {"bp.code": "B1", "bp.name": "Acme", "bp.city": "Lyon"})
    # "bp.code " is 8 characters in the layout: the name starts at column 8 whatever the code
    assert _text(short).splitlines() == ["B1      Acme", "Lyon" + " " * 36 + "|"]
    long = merged(layout, {"bp.code": "BP00000001", "bp.name": "Acme", "bp.city": "L" * 50})
    assert _text(long).splitlines() == ["BP00000001 Acme", "L" * 40 + "|"]


def test_a_letter_holds_only_fields_its_object_reaches(session):
    layout = dumps(Document((Paragraph((Field("opportunity.code"), Field("@nope"))),)))
    with pytest.raises(ValidationError) as raised:
        apply_values(session, E.Letter(), {"code": "L1", "description": "Relance",
                                           "object_kind": K.CONTACT, "layout": layout})
    assert raised.value.field == "layout"
    assert raised.value.params["fields"] == "opportunity.code, @nope"
    ok = apply_values(session, E.Letter(), {"code": "L1", "description": "Relance",
                                            "object_kind": K.OPPORTUNITY, "layout": dumps(
                                                Document((Paragraph((Field("bp.name"),)),)))})
    assert ok.object_kind is K.OPPORTUNITY


def test_the_catalogue_offers_what_the_object_reaches(session):
    names = {entry.name for entry in catalogue(session, K.CONTACT)}
    assert {"@today", "@cor.nama", "contact.last_name", "bp.name"} <= names
    assert "opportunity.code" not in names
    activity = {entry.name for entry in catalogue(session, K.ACTIVITY)}
    assert {"activity.subject", "opportunity.code", "contact.email", "bp.city"} <= activity


def test_copy_letter_keeps_the_layout_under_a_new_code(session):
    layout = dumps(Document((Paragraph((Text("Bonjour "), Field("@cor.nama"))),)))
    source = apply_values(session, E.Letter(), {"code": "INV", "description": "Invitation",
                                                "layout": layout, "export": True,
                                                "language": "en"})
    session.flush()
    copy = rules.copy_letter(session, source.id, "INV2", "")
    session.flush()
    assert (copy.code, copy.description, copy.layout, copy.export, copy.language) == \
        ("INV2", "Invitation", layout, True, "en")
    with pytest.raises(ValidationError):
        rules.copy_letter(session, source.id, "inv", "")  # codes are unique, ignoring case


def test_salutations_and_fixed_words_follow_the_letters_language(session):
    """The contact's card says "Madame"; an English letter says "Mrs", a French one keeps
    it; a card written in English reads in French too; a status speaks the letter's
    language through the translation handed in (the GUI gives the letter's, not the
    user's)."""
    bp = f.partner(session, name="Hydraulique Dijon")
    f.contact(session, "CT1", bp, last_name="Durand", salutation="Madame", is_primary=True)
    f.contact(session, "CT2", bp, last_name="Smith", salutation="Mr", is_primary=False)
    layout = Document((Paragraph((Field("@contact.salutation"), Text(" "),
                                  Field("@cor.nama"), Text(", "), Field("bp.status"))),))
    french = {"Active": "Actif"}
    for language, record, expected in (
            ("en", "CT1", "Mrs Durand, Active"), ("fr", "CT1", "Madame Durand, Actif"),
            ("fr", "CT2", "Monsieur Smith, Actif"), ("en", "CT2", "Mr Smith, Active")):
        contact = session.scalars(select(E.Contact).where(E.Contact.code == record)).one()
        letter = Document(layout.blocks, language=language)
        shown = rules.preview(session, letter, K.CONTACT, contact.id,
                              translate=french.get if language == "fr" else str)
        assert _text(shown) == expected, (language, record)
