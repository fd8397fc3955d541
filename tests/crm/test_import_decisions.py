"""The decisions people take on an import: whose the new partners become (mine, a chosen
representative's, or left as they are), and for an update, per field, whether the file's
value overwrites the record's, fills it only where it is empty, or is left aside, for the
whole file or for one line. Registration numbers come in from files and find duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import BPStatus
from desktop.crm.errors import CrmError
from desktop.crm.importing.contacts import import_contacts
from desktop.crm.importing.partners import import_partners
from desktop.crm.importing.report import (
    Action,
    Assign,
    FieldPolicy,
    ImportOptions,
    OnDuplicate,
)
from desktop.crm.importing.tables import Table

HEADERS = ["Code", "Nom", "Ville", "Téléphone", "Site"]
MAPPING = {0: "code", 1: "name", 2: "city", 3: "phone", 4: "website"}


def _partner(session, code: str, **values):
    from desktop.crm.partners import save_partner

    partner = save_partner(session, None, {"code": code, "name": f"Partenaire {code}",
                                           "status": BPStatus.INACTIVE, **values})
    session.commit()
    return partner


def test_new_partners_are_mine_a_chosen_representatives_or_left(demo_session):
    s = demo_session
    me = s.scalars(select(E.Employee).where(E.Employee.active.is_(True))
                   .order_by(E.Employee.id)).first()
    other = s.scalars(select(E.Employee).where(E.Employee.active.is_(True),
                                               E.Employee.id != me.id)).first()
    me.user_name = "tester"  # the user the session fixture works as
    s.commit()
    rows = [["", "Atelier Un", "Laval", "", ""]]
    for assign, expected in ((Assign.ME, me.id), (Assign.CHOSEN, other.id),
                             (Assign.LEAVE, None)):
        table = Table(HEADERS, [[c if n != 1 else f"{c} {assign.value}" for n, c in
                                 enumerate(rows[0])]])
        report = import_partners(s, table, ImportOptions(
            MAPPING, assign=assign, representative_id=other.id))
        made = s.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.code == report.lines[0].code)).one()
        assert made.internal_rep_id == expected, assign


def test_assigning_to_me_without_an_employee_is_refused_in_words(demo_session):
    table = Table(HEADERS, [["", "Atelier Deux", "Laval", "", ""]])
    with pytest.raises(CrmError, match="not linked to an employee"):
        import_partners(demo_session, table, ImportOptions(MAPPING, assign=Assign.ME))
    with pytest.raises(CrmError, match="active employee"):
        import_partners(demo_session, table, ImportOptions(
            MAPPING, assign=Assign.CHOSEN, representative_id=None))


def test_each_field_of_an_update_as_the_user_chose(session):
    _partner(session, "UP1", city="Laval", phone="", website="https://ancien.example")
    _partner(session, "UP2", city="Laval", phone="+33 2 43 00 00 00", website="")
    table = Table(HEADERS, [["UP1", "Nouveau Nom", "Angers", "02 41 00 00 00",
                             "https://neuf.example"],
                            ["UP2", "Autre Nom", "Angers", "02 41 11 11 11",
                             "https://neuf2.example"]])
    policies = {"name": FieldPolicy.KEEP, "city": FieldPolicy.OVERWRITE,
                "phone": FieldPolicy.FILL_EMPTY, "website": FieldPolicy.FILL_EMPTY}
    line_policies = {3: {"name": FieldPolicy.OVERWRITE}}  # the second line: its name too
    report = import_partners(session, table, ImportOptions(
        MAPPING, policies=policies, line_policies=line_policies))
    assert [line.action for line in report.lines] == [Action.UPDATED, Action.UPDATED]
    first, second = (session.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == code)).one() for code in ("UP1", "UP2"))
    assert (first.name, first.city, first.phone, first.website) == (
        "Partenaire UP1", "Angers", "+33 2 41 00 00 00", "https://ancien.example")
    assert (second.name, second.city, second.phone, second.website) == (
        "Autre Nom", "Angers", "+33 2 43 00 00 00", "https://neuf2.example")


def test_a_policy_for_a_duplicate_found_by_its_registration_number(demo_session):
    s = demo_session
    known = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
    known.registration_number, known.website = "44306184100047", ""
    s.commit()
    table = Table(["SIRET", "Raison sociale", "Site web"],
                  [["443 061 841 00047", "Nom Différent", "https://trouve.example"]])
    report = import_partners(s, table, ImportOptions(
        {0: "registration_number", 1: "name", 2: "website"}, on_duplicate=OnDuplicate.UPDATE,
        policies={"name": FieldPolicy.KEEP, "registration_number": FieldPolicy.KEEP}))
    [line] = report.lines
    assert (line.action, line.code, line.duplicate.reasons) == \
        (Action.UPDATED, known.code, ["registration number"])
    s.refresh(known)
    assert (known.name != "Nom Différent", known.website) == (True, "https://trouve.example")


def test_a_registration_number_too_long_is_an_error_of_its_column(demo_session):
    table = Table(["Nom", "SIRET"], [["Atelier Long", "1" * 25]])
    [line] = import_partners(demo_session, table, ImportOptions(
        {0: "name", 1: "registration_number"})).lines
    assert (line.action, line.column) == (Action.FAILED, "SIRET")
    assert "at most 20 characters" in line.error.message()


def test_contacts_updated_field_by_field(demo_session):
    s = demo_session
    contact = s.scalars(select(E.Contact).where(E.Contact.email != "", E.Contact.job_title != "")
                        .order_by(E.Contact.id)).first()
    old_title = contact.job_title
    table = Table(["Code", "Nom", "Fonction", "Portable"],
                  [[contact.code, "Autrenom", "Nouvelle fonction", "06 99 88 77 66"]])
    report = import_contacts(s, table, ImportOptions(
        {0: "code", 1: "last_name", 2: "job_title", 3: "mobile_phone"},
        policies={"last_name": FieldPolicy.KEEP, "job_title": FieldPolicy.FILL_EMPTY}))
    assert report.lines[0].action is Action.UPDATED
    s.refresh(contact)
    assert (contact.last_name != "Autrenom", contact.job_title, contact.mobile_phone) == \
        (True, old_title, "+33 6 99 88 77 66")


@pytest.mark.parametrize("bulk", [False, True])
def test_a_row_updates_a_row_before_it_with_its_own_code(session, bulk):
    """The second line names the first by its code (not yet written in bulk)."""
    table = Table(HEADERS, [["NEW1", "Atelier Neuf", "Laval", "", ""],
                            ["NEW1", "Atelier Neuf", "Laval", "02 43 00 00 01",
                             "https://neuf.example"]])
    report = import_partners(session, table, ImportOptions(MAPPING), bulk=bulk)
    assert [line.action for line in report.lines] == [Action.CREATED, Action.UPDATED]
    made = session.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == "NEW1")).one()
    assert (made.phone, made.website) == ("+33 2 43 00 00 01", "https://neuf.example")
