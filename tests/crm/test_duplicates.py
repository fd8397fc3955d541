"""Duplicate partners and contacts: alike names in one city, a shared e-mail or phone, the
user's threshold, and every pair found on demand."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crm import duplicate_groups as G, duplicates as D, entities as E
from desktop.crm.enums import BPStatus
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


def test_every_group_of_duplicates_on_demand(demo_session):
    s = demo_session
    known = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
    twin = save_partner(s, None, {"name": known.name + " SAS", "city": known.city.lower()})
    s.flush()
    groups = G.duplicate_partners(s)
    with_both = [g for g in groups if {known.id, twin.id} <= set(g.ids)]
    assert len(with_both) == 1 and "name" in with_both[0].reasons
    assert sum(g.ids.count(twin.id) for g in groups) == 1  # in one group, once


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
        {"code": "K7", "last_name": "Dumas", "office_phone": "+33 6 11 22 33 44",
         "mobile_phone": "07 00 00 00 01"})]
    session.flush()
    groups = {tuple(m.code for m in g.members): g.reasons for g in
              G.duplicate_contacts(session) if g.members[0].code.startswith("K")}
    assert groups == {("K1", "K2"): ["name"], ("K4", "K5"): ["e-mail", "name"],
                      ("K7", "K6"): ["phone"]}  # members by name: Dumas before Morel
    assert len(made) == 7


def _partners(session, rows: list[dict]) -> list:
    made = [save_partner(session, None, {"status": BPStatus.INACTIVE, **row}) for row in rows]
    session.flush()
    return made


def test_the_same_street_and_a_name_somewhat_alike_make_a_duplicate(session):
    """The issue's near-duplicate: the names alone are below the threshold, the street and
    the postcode are the same (written another way): the two are one company, and why."""
    known, *_ = _partners(session, [
        {"code": "S1", "name": "Boulangerie Artisanale Martin", "street": "12, Bd Haussmann",
         "postal_code": "75009", "city": "Paris"},
        {"code": "S2", "name": "Cabinet Lefort", "street": "12 boulevard Haussmann",
         "postal_code": "75009", "city": "Paris"}])  # a neighbour: the street is not enough
    row = {"name": "Martin Boulangerie", "street": "12 boulevard haussmann",
           "postal_code": "75009", "city": "PARIS"}
    assert D.name_score(D.normalized_name(row["name"]), D.normalized_name(known.name)) < \
        D.DEFAULT_THRESHOLD
    [match] = D.partner_matches(session, row)
    assert (match.record_id, match.reasons) == (known.id, ["street", "name"])
    assert D.DEFAULT_THRESHOLD <= match.score < 100
    elsewhere = {**row, "postal_code": "75010"}  # another postcode: another place
    assert D.partner_matches(session, elsewhere) == []


def test_registration_numbers_are_a_sure_sign(session):
    known, = _partners(session, [{"code": "R1", "name": "Transports Océane",
                                  "registration_number": "732 829 320 00074"}])
    [match] = D.partner_matches(session, {"name": "TO Logistique",
                                          "registration_number": "73282932000074"})
    assert (match.record_id, match.score, match.reasons) == \
        (known.id, 100, ["registration number"])


def test_branches_sharing_an_e_mail_are_one_group_not_pairs(session):
    branches = _partners(session, [
        {"code": f"B{n}", "name": f"Garage Dupuis {city}", "city": city,
         "email": "contact@garage-dupuis.fr"} for n, city in enumerate(
            ("Lyon", "Brest", "Metz", "Nice", "Caen", "Albi", "Agen", "Sète", "Dax", "Pau",
             "Tours", "Laval", "Niort", "Vichy", "Lens"))])
    groups = G.duplicate_partners(session)
    assert len(groups) == 1  # not 105 pairs
    [group] = groups
    assert sorted(group.ids) == sorted(b.id for b in branches)
    assert group.reasons == ["e-mail"] and group.score == 90  # what links them, and how surely
    assert all(m.score >= 90 and "e-mail" in m.reasons for m in group.members)


def test_records_marked_as_not_duplicates_stay_apart(session):
    from desktop.crm.distinct_records import are_distinct, forget_distinct, mark_distinct

    a, b, c = _partners(session, [
        {"code": "M1", "name": "Menuiserie Vidal", "city": "Rodez"},
        {"code": "M2", "name": "MENUISERIE VIDAL SARL", "city": "rodez"},
        {"code": "M3", "name": "Vidal Menuiserie", "city": "Rodez"}])
    [group] = G.duplicate_partners(session)
    assert sorted(group.ids) == [a.id, b.id, c.id]
    mark_distinct(session, E.BusinessPartner, [a.id, b.id])
    session.commit()
    assert are_distinct(session, E.BusinessPartner, a.id, b.id)
    [group] = G.duplicate_partners(session)  # c is still like both: one group through c
    assert sorted(group.ids) == [a.id, b.id, c.id]
    mark_distinct(session, E.BusinessPartner, [a.id, b.id, c.id])  # the whole group
    session.commit()
    assert G.duplicate_partners(session) == []
    assert forget_distinct(session, E.BusinessPartner, [a.id, b.id, c.id]) == 2
    assert len(G.duplicate_partners(session)) == 1


def test_a_group_of_branches_marked_distinct_keeps_a_newcomer(session):
    """A partner added later with the same e-mail is not one of the set: it shows with
    those it duplicates, the rest stay apart."""
    from desktop.crm.distinct_records import mark_distinct

    branches = _partners(session, [
        {"code": f"N{n}", "name": f"Optique Bérard {n}", "email": "info@berard.fr"}
        for n in range(4)])
    mark_distinct(session, E.BusinessPartner, [b.id for b in branches])
    assert G.duplicate_partners(session) == []
    newcomer, = _partners(session, [{"code": "N9", "name": "Optique Bérard",
                                     "email": "info@berard.fr"}])
    [group] = G.duplicate_partners(session)
    assert newcomer.id in group.ids and len(group.ids) == 5


@pytest.mark.parametrize("strength, threshold, needed", [
    (70, 88, D.NAME_FLOOR), (90, 88, 0), (70, 95, 83), (70, 99, 97)])
def test_the_name_a_weak_sign_needs(strength, threshold, needed):
    assert D.name_needed(strength, threshold) == needed
    if needed:
        assert D.combined([strength, needed]) >= threshold
    if needed > D.NAME_FLOOR:  # below the floor, names are no sign at all
        assert threshold > D.combined([strength, needed - 2])
