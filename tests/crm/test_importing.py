"""Importing partners from CSV and XLSX: the file's encoding and delimiter found, cells read in
the file's locale, every row checked by the domain, a report line per row with its line number
and reason; duplicates found and skipped, updated or created as the user chose; Simulate,
all-or-nothing and cancel write nothing; the same file twice creates nothing the second time."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.errors import CrmError
from desktop.crm.importing import conversions as C
from desktop.crm.importing.contacts import import_contacts
from desktop.crm.importing.partners import check_mapping, import_partners
from desktop.crm.importing.report import Action, ImportOptions, OnDuplicate
from desktop.crm.importing.tables import Table, read_csv, read_table

HEADERS = ["Raison sociale", "Ville", "Pays", "Téléphone", "E-mail", "Depuis", "Encours"]
MAPPING = {0: "name", 1: "city", 2: "country", 3: "phone", 4: "email",
           5: "status_effective_date", 6: "credit_limit"}


@pytest.mark.parametrize("cell, day_first, expected", [
    ("31/12/2026", True, dt.date(2026, 12, 31)), ("2026-12-31", True, dt.date(2026, 12, 31)),
    ("12/31/2026", False, dt.date(2026, 12, 31)), ("31.12.26", True, None),
    (dt.datetime(2026, 1, 2, 9), True, dt.date(2026, 1, 2))])
def test_dates_as_the_file_writes_them(cell, day_first, expected):
    if expected is None:
        with pytest.raises(CrmError, match="not a date"):
            C.to_date(cell, day_first)
    else:
        assert C.to_date(cell, day_first) == expected


@pytest.mark.parametrize("cell, comma, expected", [
    ("1 234,56", True, "1234.56"), ("1.234,56", True, "1234.56"),
    ("1,234.56", False, "1234.56"), ("1234.5", False, "1234.5"), ("12 000 €", True, "12000")])
def test_numbers_in_the_files_locale(cell, comma, expected):
    assert C.to_number(cell, comma) == Decimal(expected)


@pytest.mark.parametrize("cell", ["NaN", "NAN", "Infinity", "-inf", "sNaN", float("nan"),
                                  float("inf"), Decimal("NaN")])
def test_words_decimal_takes_for_numbers_are_refused(cell):
    # An XLSX cell may hold a float NaN; a CSV cell the text; no amount is either.
    with pytest.raises(CrmError, match="not a number"):
        C.to_number(cell, False)


def test_countries_and_phones():
    assert [C.to_country(v) for v in ("France", "belgique", "DE", "Royaume-Uni")] == \
        ["FR", "BE", "DE", "GB"]
    with pytest.raises(CrmError, match="two-letter"):
        C.to_country("Atlantide")
    assert C.to_phone("04 72 00 00 00", "FR") == "+33 4 72 00 00 00"
    assert C.to_phone("0032 2 123 45 67", "FR") == "+32 2 123 45 67"
    assert C.to_phone("+49 30 1234567", "FR") == "+49 30 1234567"
    with pytest.raises(CrmError, match="not a phone number"):
        C.to_phone("12", "FR")


def test_the_encoding_and_the_delimiter_are_found():
    latin = "Nom;Ville\nÉlectro Système;Orléans\n".encode("cp1252")
    table = read_csv(latin)
    assert (table.encoding, table.delimiter, table.rows) == \
        ("cp1252", ";", [["Électro Système", "Orléans"]])
    bom = "\ufeffNom,Ville\n\"Dupont, fils\",Lyon\n".encode()
    table = read_csv(bom)
    assert (table.encoding, table.delimiter, table.headers) == ("utf-8-sig", ",", ["Nom",
                                                                                 "Ville"])
    assert table.rows == [["Dupont, fils", "Lyon"]]
    assert read_csv(b"A\tB\n1\t2\n").delimiter == "\t"
    assert table.layout_key == read_csv(b"nom , VILLE\nx,y\n").layout_key  # same layout


def _file(session, rows: int, near: float, broken: float, seed: int = 5) -> tuple[Table, dict]:
    """New partners, near-duplicates of partners already there, and broken rows."""
    rng = random.Random(seed)
    existing = session.execute(select(E.BusinessPartner.name, E.BusinessPartner.city)
                               .where(E.BusinessPartner.city != "")).all()
    kinds = {"near": set(), "broken": set()}
    lines = []
    for n in range(rows):
        line = n + 2
        if n % int(1 / near) == 0:
            name, city = rng.choice(existing)
            lines.append([name.upper(), city.lower(), "", "", "", "", ""])
            kinds["near"].add(line)
        elif n % int(1 / broken) == 1:
            bad = rng.choice([("Depuis", "32/13/2026"), ("E-mail", "pas une adresse"),
                              ("Pays", "Atlantide"), ("Encours", "beaucoup")])
            row = [f"Société {n:05} SARL", "Nantes", "France", "", f"s{n}@ex.fr", "", ""]
            row[HEADERS.index(bad[0])] = bad[1]
            lines.append(row)
            kinds["broken"].add(line)
        else:
            lines.append([f"Entreprise Nouvelle {n:05}", f"Ville{n % 97}", "France",
                          f"04 {n % 100:02} {n // 100 % 100:02} 00 {n % 7:02}",
                          f"contact{n}@nouvelle{n}.fr", "01/02/2026", "1 500,00"])
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows([HEADERS, *lines])
    return read_csv(text.getvalue().encode("cp1252", errors="replace")), kinds


def test_a_file_with_near_duplicates_and_broken_rows(demo_session):
    s = demo_session
    table, kinds = _file(s, 10000, near=0.05, broken=0.03)
    before = s.scalar(select(func.count()).select_from(E.BusinessPartner))
    report = import_partners(s, table, ImportOptions(MAPPING))
    skipped = {line.line for line in report.lines if line.action is Action.SKIPPED}
    failed = {line.line: line for line in report.lines if line.action is Action.FAILED}
    assert skipped == kinds["near"] and set(failed) == kinds["broken"]
    assert all(line.duplicate is not None and line.duplicate.code for line in report.lines
               if line.action is Action.SKIPPED)
    assert all(line.error is not None and line.column in HEADERS for line in failed.values())
    created = report.count(Action.CREATED)
    assert created == 10000 - len(kinds["near"]) - len(kinds["broken"]) and report.written
    assert s.scalar(select(func.count()).select_from(E.BusinessPartner)) == before + created
    sample = s.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.name == "Entreprise Nouvelle 00002")).one()
    assert (sample.country, sample.credit_limit, sample.status_effective_date) == \
        ("FR", Decimal("1500.00"), dt.date(2026, 2, 1))
    assert sample.phone.startswith("+33 4 ")

    again = import_partners(s, table, ImportOptions(MAPPING))  # the same file twice
    assert again.count(Action.CREATED) == 0
    assert s.scalar(select(func.count()).select_from(E.BusinessPartner)) == before + created


def test_simulate_all_or_nothing_and_cancel_write_nothing(demo_session):
    s = demo_session
    table, _kinds = _file(s, 300, near=0.05, broken=0.03)
    before = s.scalar(select(func.count()).select_from(E.BusinessPartner))
    simulated = import_partners(s, table, ImportOptions(MAPPING, simulate=True))
    assert simulated.count(Action.CREATED) > 250 and not simulated.written
    strict = import_partners(s, table, ImportOptions(MAPPING, all_or_nothing=True))
    assert strict.count(Action.FAILED) > 0 and not strict.written
    with pytest.raises(Cancelled):
        import_partners(s, table, ImportOptions(MAPPING), progress=lambda done, total:
                        done < 150)
    assert s.scalar(select(func.count()).select_from(E.BusinessPartner)) == before


@pytest.mark.parametrize("bulk", [False, True])
def test_the_import_leaves_the_commit_to_its_runner(demo_session, bulk):
    """The domain never commits (tests/test_one_road.py): a kept import is still the
    runner's to commit or roll back, on either path."""
    s = demo_session
    table, kinds = _file(s, 300, near=0.05, broken=0.03)
    before = s.scalar(select(func.count()).select_from(E.BusinessPartner))
    report = import_partners(s, table, ImportOptions(MAPPING), bulk=bulk)
    created = report.count(Action.CREATED)
    assert report.written and created == 300 - len(kinds["near"]) - len(kinds["broken"])
    assert s.scalar(select(func.count()).select_from(E.BusinessPartner)) == before + created
    assert s.in_transaction()
    s.rollback()  # as LongOp does on a failure
    assert s.scalar(select(func.count()).select_from(E.BusinessPartner)) == before


def test_duplicates_updated_or_created_as_the_user_chooses(demo_session):
    s = demo_session
    known = s.scalars(select(E.BusinessPartner).where(E.BusinessPartner.city != "")
                      .order_by(E.BusinessPartner.id)).first()
    table = Table(HEADERS, [[known.name.upper(), known.city, "", "", "", "", "9 999,00"]])
    report = import_partners(s, table, ImportOptions(MAPPING, on_duplicate=OnDuplicate.UPDATE))
    assert [(line.action, line.code) for line in report.lines] == [(Action.UPDATED,
                                                                   known.code)]
    s.refresh(known)
    assert known.credit_limit == Decimal("9999.00")
    report = import_partners(s, table, ImportOptions(MAPPING, on_duplicate=OnDuplicate.CREATE))
    assert report.lines[0].action is Action.CREATED and report.lines[0].duplicate is not None


def test_a_mapping_that_cannot_work_is_refused():
    table = Table(["A", "B"], [])
    for mapping, message in (({0: "city"}, "name / code"), ({0: "name", 1: "name"}, "twice"),
                             ({0: "name", 1: "password"}, "cannot be imported"),
                             ({0: "name", 5: "city"}, "does not have")):
        with pytest.raises(CrmError, match=message):
            check_mapping(ImportOptions(mapping), table)


def test_an_xlsx_workbook_is_read_with_its_typed_cells(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Depuis", "Encours"])
    sheet.append(["Atelier Martin", dt.datetime(2026, 3, 1), 1250.5])
    path = tmp_path / "partenaires.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ["Nom", "Depuis", "Encours"]
    assert C.to_date(table.rows[0][1]) == dt.date(2026, 3, 1)
    assert C.to_number(table.rows[0][2]) == Decimal("1250.5")


def test_vat_numbers_and_rows_of_the_same_file_are_duplicates_too(demo_session):
    s = demo_session
    known = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
    known.vat_number = "FR 40 303 265 045"
    s.commit()
    headers = ["Nom", "Ville", "TVA", "Encours"]
    mapping = {0: "name", 1: "city", 2: "vat_number", 3: "credit_limit"}
    table = Table(headers, [["Autre Nom", "Brest", "fr40303265045", ""],  # the VAT number
                            ["Atelier Neuf", "Brest", "", "100"],
                            ["ATELIER NEUF", "brest", "", "250"]])  # the row before it
    report = import_partners(s, table, ImportOptions(mapping, on_duplicate=OnDuplicate.UPDATE))
    assert [line.action for line in report.lines] == [Action.UPDATED, Action.CREATED,
                                                      Action.UPDATED]
    assert report.lines[0].duplicate.reasons == ["VAT number"]
    assert report.lines[0].code == known.code
    assert report.lines[2].code == report.lines[1].code != ""
    made = s.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == report.lines[1].code)).one()
    assert (made.name, made.credit_limit) == ("ATELIER NEUF", Decimal("250.00"))


def test_the_users_choice_for_each_duplicate(demo_session):
    """After a simulation the user decides line by line: these decisions win over the
    choice for all."""
    s = demo_session
    rows = s.execute(select(E.BusinessPartner.name, E.BusinessPartner.city).where(
        E.BusinessPartner.city != "").order_by(E.BusinessPartner.id).limit(3)).all()
    table = Table(["Nom", "Ville"], [[name.upper(), city] for name, city in rows])
    mapping = {0: "name", 1: "city"}
    simulated = import_partners(s, table, ImportOptions(mapping, simulate=True))
    assert [line.line for line in simulated.duplicates] == [2, 3, 4]
    before = s.scalar(select(func.count()).select_from(E.BusinessPartner))
    report = import_partners(s, table, ImportOptions(
        mapping, decisions={3: OnDuplicate.CREATE, 4: OnDuplicate.UPDATE}))
    assert [line.action for line in report.lines] == [Action.SKIPPED, Action.CREATED,
                                                      Action.UPDATED]
    assert s.scalar(select(func.count()).select_from(E.BusinessPartner)) == before + 1


def test_contacts_with_their_partner_by_code_or_name(demo_session):
    s = demo_session
    partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
    headers = ["Prénom", "Nom", "Société", "Mail", "Portable", "Principal"]
    mapping = {0: "first_name", 1: "last_name", 2: "business_partner", 3: "email",
               4: "mobile_phone", 5: "is_primary"}
    table = Table(headers, [
        ["Lucie", "Arnaud", partner.code, "lucie.arnaud@exemple.fr", "06 12 34 56 78", "oui"],
        ["Marc", "Blanc", partner.name.upper(), "marc.blanc@exemple.fr", "", "non"],
        ["Paul", "Roux", "Société Inconnue", "", "", ""],
        ["Ana", "Vidal", "", "pas-une-adresse", "", ""],
        ["Zoé", "Petit", "", "", "", "peut-être"]])
    report = import_contacts(s, table, ImportOptions(mapping))
    assert [line.action for line in report.lines] == [Action.CREATED, Action.CREATED,
                                                      Action.FAILED, Action.FAILED,
                                                      Action.FAILED]
    assert [line.column for line in report.lines[2:]] == ["Société", "Mail", "Principal"]
    lucie = s.scalars(select(E.Contact).where(E.Contact.code == report.lines[0].code)).one()
    assert (lucie.business_partner_id, lucie.is_primary, lucie.mobile_phone) == \
        (partner.id, True, "+33 6 12 34 56 78")
    marc = s.scalars(select(E.Contact).where(E.Contact.code == report.lines[1].code)).one()
    assert marc.business_partner_id == partner.id
    before = s.scalar(select(func.count()).select_from(E.Contact))
    again = import_contacts(s, table, ImportOptions(mapping))  # the same file twice
    assert again.count(Action.CREATED) == 0 and again.count(Action.SKIPPED) == 2
    assert s.scalar(select(func.count()).select_from(E.Contact)) == before


@pytest.mark.parametrize("country, typed", [
    ("FR", ["04 72 00 00 00", "04 72 00 12 34", "0472001234", "06 12 34 56 78", "+33 4 72 9"
            "8 76 54", "+33472987655"]),
    ("DE", ["030 1234567", "030 7654321", "089 123456", "0171 1234567", "0171 7654321"]),
    ("GB", ["020 7946 0018", "020 7946 0999", "0161 496 0000", "07700 900123"]),
    ("US", ["(415) 555-0132", "415-555-0199", "+1 212 555 0100"])])
def test_phone_numbers_laid_out_like_their_neighbours_are_the_librarys(country, typed):
    """The layouts kept between numbers give what phonenumbers itself gives."""
    import phonenumbers

    for raw in typed:
        expected = phonenumbers.format_number(phonenumbers.parse(raw, country),
                                              phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        assert C.to_phone(raw, country) == expected, raw


def test_a_first_mapping_from_the_headers():
    from desktop.crm.importing import contacts, partners
    from desktop.crm.importing.guess import guess_mapping

    headers = ["Raison sociale", "Code postal", "VILLE", "Tél.", "Courriel", "N° TVA",
               "Colonne inconnue", "Nom"]
    assert guess_mapping(headers, partners.FIELDS) == {
        0: "name", 1: "postal_code", 2: "city", 3: "phone", 4: "email", 5: "vat_number"}
    people = ["Civilité", "Prénom", "Nom", "Société", "Portable", "Fonction"]
    assert guess_mapping(people, contacts.FIELDS) == {
        0: "salutation", 1: "first_name", 2: "last_name", 3: "business_partner",
        4: "mobile_phone", 5: "job_title"}
    assert guess_mapping(["Ville (FR)"], partners.FIELDS, {"city": "Ville (FR)"}) == {0: "city"}
