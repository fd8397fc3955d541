"""Duplicate partners and contacts: alike names in one city, a shared e-mail or phone, the
user's threshold, and every pair found on demand."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crm import duplicates as D, entities as E
from desktop.crm.partners import save_contact, save_partner


@pytest.mark.parametrize("first, second, alike", [
    ("Béton & Fils SAS", "BETON ET FILS", True),
    ("Forges de Lorraine BV", "Forges  de  Lorraine", True),
    ("Mécanique Générale SARL", "Generale Mecanique", True),
    ("Forges de Lorraine", "Forges de Bretagne", False),
    ("Optique Bérard", "Textiles Lyonnais", False),
    ("Garage du Centre 12", "Garage du Centre 13", False)])
def test_names_are_compared_folded_and_without_legal_forms(first, second, alike):
    score = D.name_score(D.normalized_name(first), D.normalized_name(second))
    assert (score >= D.DEFAULT_THRESHOLD) is alike, score


def test_phones_are_compared_by_their_digits():
    assert D.normalized_phone("+33 4 72 00 00 00") == D.normalized_phone("04.72.00.00.00")
    assert D.normalized_phone("12") == ""  # too short to mean anything


def test_a_new_partner_like_an_existing_one_is_found(demo_session):
    s = demo_session
    known = s.scalars(select(E.BusinessPartner).where(E.BusinessPartner.city != "")
                      .order_by(E.BusinessPartner.id)).first()
    upper = {"name": known.name.upper().replace(" SAS", ""), "city": known.city.upper()}
    [match] = D.partner_matches(s, upper)
    assert (match.record_id, match.reasons) == (known.id, ["name"])
    elsewhere = {**upper, "city": "Ailleurs"}
    assert D.partner_matches(s, elsewhere) == []
    by_email = {"name": "Tout autre nom", "email": known.email.upper(), "city": "Ailleurs"}
    found = D.partner_matches(s, by_email)  # the demo repeats its partners' addresses
    assert found[0].record_id == known.id and {tuple(m.reasons) for m in found} == {("e-mail",)}
    by_phone = {"name": "Encore un autre", "phone": "0" + D.normalized_phone(known.phone)}
    assert D.partner_matches(s, by_phone)[0].reasons == ["phone"]
    strict = D.partner_matches(s, {"name": known.name[:-2] + "xy", "city": known.city},
                               threshold=100)
    assert strict == []  # the user's threshold decides
    assert D.partner_matches(s, {"name": known.name, "city": known.city},
                             exclude=known.id) == []


def test_every_pair_of_duplicates_on_demand(demo_session):
    s = demo_session
    known = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
    twin = save_partner(s, None, {"name": known.name + " SAS", "city": known.city.lower()})
    s.flush()
    pairs = D.duplicate_partners(s)
    ids = [{a.record_id, b.record_id} for a, b in pairs]
    assert {known.id, twin.id} in ids and ids.count({known.id, twin.id}) == 1


def test_a_contact_like_an_existing_one_is_found(demo_session):
    s = demo_session
    known = s.scalars(select(E.Contact).where(E.Contact.email != "",
                                              E.Contact.business_partner_id.isnot(None))
                      .order_by(E.Contact.id)).first()
    same_name = {"first_name": known.first_name.lower(), "last_name": known.last_name.upper(),
                 "business_partner_id": known.business_partner_id}
    found = D.contact_matches(s, same_name)
    assert known.id in [m.record_id for m in found]
    assert all(m.reasons == ["name"] and m.name.lower() == known.full_name.lower()
               for m in found)  # the demo repeats names: each one alike is reported
    same_mail = {"first_name": "X", "last_name": "Y", "email": known.email.upper()}
    assert D.contact_matches(s, same_mail)[0].reasons == ["e-mail"]
    other = save_contact(s, None, {"first_name": "Zoé", "last_name": "Zzyzx",
                                   "business_partner_id": known.business_partner_id})
    s.flush()
    assert D.contact_matches(s, {"first_name": "Zoé", "last_name": "Zzyzx",
                                 "business_partner_id": known.business_partner_id},
                             exclude=other.id) == []


def test_duplicate_contacts_on_demand(session):
    from desktop.crm.duplicates import duplicate_contacts
    from desktop.crm.partners import save_contact, save_partner

    bp = save_partner(session, None, {"code": "DUPC1", "name": "Menuiserie Rey"})
    other = save_partner(session, None, {"code": "DUPC2", "name": "Garage Roux"})
    made = [save_contact(session, None, values) for values in (
        {"code": "K1", "first_name": "Élodie", "last_name": "Marchand",
         "business_partner_id": bp.id},
        {"code": "K2", "first_name": "Elodie", "last_name": "MARCHAND",
         "business_partner_id": bp.id},  # a like name at the same partner
        {"code": "K3", "first_name": "Elodie", "last_name": "Marchand",
         "business_partner_id": other.id},  # the same name elsewhere: another person
        {"code": "K4", "last_name": "Perrin", "email": "j.perrin@roux.fr"},
        {"code": "K5", "last_name": "Perrin-Ode", "email": "J.Perrin@roux.fr "},
        {"code": "K6", "last_name": "Morel", "mobile_phone": "06 11 22 33 44"},
        {"code": "K7", "last_name": "Dumas", "office_phone": "+33 6 11 22 33 44"})]
    session.flush()
    pairs = {(a.code, b.code): b.reasons for a, b in duplicate_contacts(session)
             if a.code.startswith("K")}
    assert pairs == {("K1", "K2"): ["name"], ("K4", "K5"): ["e-mail"],
                     ("K6", "K7"): ["phone"]}
    assert len(made) == 7
