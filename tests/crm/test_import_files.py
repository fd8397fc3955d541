"""Files from the real world, imported: made byte for byte as Excel (CSV, CSV UTF-8, Unicode
Text, XLSX), LibreOffice, Google Contacts, Thunderbird and Outlook write them; a file with
every kind of damage, each line of the report checked against its line in the file; binary
files refused in one sentence; control characters removed the same way on SQLite and
PostgreSQL; Excel's damage (lost leading zeros, scientific notation) seen."""

from __future__ import annotations

import datetime as dt
import zipfile
from io import BytesIO

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.errors import CrmError
from desktop.crm.importing.contacts import FIELDS as CONTACT_FIELDS, import_contacts
from desktop.crm.importing.guess import guess_locale, guess_mapping
from desktop.crm.importing.partners import FIELDS, import_partners
from desktop.crm.importing.report import Action, ImportOptions
from desktop.crm.importing.tables import read_csv, read_table
from tests.support import spreadsheets as S
from tests.support.compound_file import compound_file

HEADERS = ["Raison sociale", "Rue", "Code postal", "Ville", "Pays", "Téléphone", "E-mail",
           "N° SIRET", "Depuis"]
MAPPING = {0: "name", 1: "street", 2: "postal_code", 3: "city", 4: "country", 5: "phone",
           6: "email", 7: "registration_number", 8: "status_effective_date"}
ROWS = [["Électricité Générale Côté", "3, rue de l'Église", "44000", "Nantes", "France",
         "02 40 00 00 01", "contact@egc.fr", "73282932000074", "01/03/2026"],
        ["Brasserie « Chez Zoé »", "12 quai; côté port", "29200", "Brest", "France", "",
         "", "", "15/01/2026"]]


def _read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read_table(path)


@pytest.mark.parametrize("writer, name, encoding, delimiter", [
    (S.excel_csv, "clients.csv", "cp1252", ";"),
    (S.excel_csv_utf8, "clients.csv", "utf-8-sig", ";"),
    (S.excel_unicode_text, "clients.txt", "utf-16", "\t"),
    (S.libreoffice_csv, "clients.csv", "utf-8-sig", ","),
    (S.excel_xlsx, "clients.xlsx", "", "")])
def test_the_same_rows_from_every_program(tmp_path, writer, name, encoding, delimiter):
    table = _read(tmp_path, name, writer([HEADERS, *ROWS]))
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert table.headers == HEADERS
    assert [["" if c is None else str(c) for c in row] for row in table.rows] == ROWS
    assert table.lines == [(2, 2), (3, 3)]


def test_a_workbook_renamed_csv_is_read_as_a_workbook(tmp_path):
    table = _read(tmp_path, "clients.csv", S.excel_xlsx([HEADERS, *ROWS]))
    assert table.encoding == "" and table.rows[0][0] == ROWS[0][0]


@pytest.mark.parametrize("data, says", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "JPEG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), "PDF document"),
    (compound_file({"Workbook": bytes(600)}), "Excel 97-2003 workbook"),
    (bytes(range(256)) * 8, "not a spreadsheet or a text file"),
    (b"MZ\x90\x00" + bytes(300), "Windows program")])
def test_binary_files_are_refused_in_one_sentence(tmp_path, data, says):
    with pytest.raises(CrmError, match=says) as refused:
        _read(tmp_path, "clients.csv", data)
    message = str(refused.value)
    assert message.endswith(".") and message.count(". ") == 0  # one sentence


def test_a_zip_that_is_no_workbook_is_refused(tmp_path):
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("photos/plage.jpg", b"\xff\xd8\xff" + bytes(50))
    with pytest.raises(CrmError, match="ZIP archive, not a workbook"):
        _read(tmp_path, "clients.csv", archive.getvalue())


# the file with every kind of damage: each line, and what its report must say
DAMAGED = [
    "Raison sociale;Rue;Code postal;Ville;Pays;Téléphone;E-mail;N° SIRET;Depuis",  # 1
    "Boulangerie Neuve;3 rue Haute;44000;Nantes;France;02 40 00 00 01;bn@neuve.fr;;01/03/2026",
    "",  # 3: a blank line, counted
    "Atelier Zéro;1 place Carnot;1000;Bourg-en-Bresse;France;;;;",  # 4: Excel ate the 0
    '"Transports ""Rapides""";2 quai Est;69002;Lyon;France;;;;',  # 5: quotes, as Excel
    "Société Bruit\x00;7 rue Basse;35000;Rennes;France;;;;",  # 6: a NUL in the name
    "Forge Cassée;9 rue Haute;56000;Vannes;France;;pas-une-adresse;;31/02/2026",  # 7
    "Plomberie Sûre;4 rue Neuve;33000;Bordeaux;France;;;1,23457E+13;",  # 8
    "Garage Plein;5 rue Pleine;31000;Toulouse;France;;;;;x;y",  # 9: too many cells
    "Menuiserie Courte;6 rue Courte;67000;Strasbourg",  # 10: too few cells
    "BOULANGERIE NEUVE SARL;3, rue Haute;44000;Nantes;France;;;;",  # 11: like line 2
    '"Fleurs ""Printemps""";"Bâtiment B',  # 12-13: a cell on two lines (Alt+Enter)
    '8 allée Verte";13001;Marseille;France;;;;',
    'Café Central;"12 place Neuve;75001;Paris;France;;;;',  # 14-15: a quote never closed
    'Bar "Tabac;1 rue Basse;75002;Paris;France;;;;',
    "X" * 90 + ";1 rue Longue;75003;Paris;France;12;;;",  # 16: two errors in one row
]
EXPECTED = {  # line: (result, [(column, words of the reason), ...])
    2: (Action.CREATED, []),
    4: (Action.CREATED, [("Code postal", "read as 01000")]),
    5: (Action.CREATED, []),
    6: (Action.CREATED, [("Raison sociale", "Control characters were removed")]),
    7: (Action.FAILED, [("E-mail", "not an e-mail address"), ("Depuis", "is not a date")]),
    8: (Action.FAILED, [("N° SIRET", "scientific notation")]),
    9: (Action.FAILED, [("", "has 11 cells where the header has 9")]),
    10: (Action.CREATED, [("", "has 4 cells where the header has 9")]),
    11: (Action.SKIPPED, []),
    12: (Action.CREATED, []),
    14: (Action.FAILED, [("", "Lines 14 to 15 are read as one row")]),
    16: (Action.FAILED, [("Raison sociale", "at most 80 characters"),
                         ("Téléphone", "not a phone number")]),
}


def test_a_file_with_every_kind_of_damage_line_by_line(demo_session, tmp_path):
    table = _read(tmp_path, "abîmé.csv", ("\r\n".join(DAMAGED) + "\r\n").encode("cp1252"))
    report = import_partners(demo_session, table, ImportOptions(MAPPING))
    got = {line.line: (line.action, [(p.column, p.error.message()) for p in line.problems])
           for line in report.lines}
    assert set(got) == set(EXPECTED)
    for number, (action, problems) in EXPECTED.items():
        assert got[number][0] is action, (number, got[number])
        assert len(got[number][1]) == len(problems), (number, got[number])
        for (column, words), (got_column, message) in zip(problems, got[number][1],
                                                         strict=True):
            assert got_column == column and words in message, (number, got[number])
    by_line = {line.line: line for line in report.lines}
    assert by_line[11].duplicate.code == by_line[2].code
    assert by_line[11].duplicate.reasons == ["street", "name"]
    s = demo_session
    made = {p.name: p for p in s.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code.in_([line.code for line in report.lines if line.code])))}
    assert made["Atelier Zéro"].postal_code == "01000"
    assert made["Société Bruit"].street == "7 rue Basse"  # the NUL gone, on both databases
    assert made['Fleurs "Printemps"'].street == "Bâtiment B 8 allée Verte"
    assert made['Transports "Rapides"'].city == "Lyon"


def test_control_characters_are_the_same_on_both_databases(demo_session):
    text = "Nom;Ville\r\nA\x00tel\x07ier\x1b Nuit;Caen\x0b\r\n"
    table = read_csv(text.encode("utf-8"))
    report = import_partners(demo_session, table, ImportOptions({0: "name", 1: "city"}))
    [line] = report.lines
    assert line.action is Action.CREATED
    assert [p.column for p in line.warnings] == ["Nom", "Ville"]
    made = demo_session.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == line.code)).one()
    assert (made.name, made.city) == ("Atelier Nuit", "Caen")


def test_excels_damage_in_a_workbook(demo_session, tmp_path):
    """In a workbook the numbers are numbers: a 14-digit SIRET keeps its digits (Excel shows
    it as 7,32829E+13 but stores it whole), a postcode typed as a number lost its zero, a
    19-digit number lost digits for good."""
    rows = [HEADERS, ["Atelier Xlsx", "1 rue A", 1000, "Bourg", "FR", "", "", 73282932000074,
                      dt.datetime(2026, 3, 1)],
            ["Atelier Perdu", "2 rue B", 75001, "Paris", "FR", "", "", 1.2345678901234567e18,
             dt.datetime(2026, 3, 1)]]
    table = _read(tmp_path, "clients.xlsx", S.excel_xlsx(rows, {7: "0.00E+00"}))
    report = import_partners(demo_session, table, ImportOptions(MAPPING))
    first, second = report.lines
    assert first.action is Action.CREATED and [p.column for p in first.warnings] == \
        ["Code postal"]
    made = demo_session.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == first.code)).one()
    assert (made.postal_code, made.registration_number) == ("01000", "73282932000074")
    assert second.action is Action.FAILED and second.column == "N° SIRET"
    assert "lost digits" in second.error.message()


@pytest.mark.parametrize("country, typed, stored, warned", [
    ("FR", "1000", "01000", "read as"), ("DE", "1067", "01067", "read as"),
    ("IT", "100", "00100", "read as"), ("US", "2134", "02134", "read as"),
    ("FR", "75008", "75008", None), ("BE", "1000", "1000", None),
    ("BE", "100", "100", "not written as"), ("NL", "1012 AB", "1012 AB", None),
    ("FR", "750", "750", "not written as"), ("GB", "SW1A 1AA", "SW1A 1AA", None),
    ("ZZ", "12", "12", None)])
def test_postcodes_in_their_countrys_form(country, typed, stored, warned):
    from desktop.crm.importing.damage import postcode

    value, note = postcode(typed, country)
    assert value == (stored if warned != "not written as" else typed)
    assert (note is None) == (warned is None)
    if warned:
        assert warned in note.message()


def test_contacts_from_google_thunderbird_and_outlook(demo_session, tmp_path):
    partner = demo_session.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)
                                   ).first()
    files = {
        "google.csv": S.google_csv([S.GOOGLE_HEADERS, [
            "Léa", "", "Garnier", partner.name, "Acheteuse", "* Work", "lea.garnier@ex.fr",
            "Mobile", "06 10 20 30 40", "Work", "02 99 00 00 00"]]),
        "thunderbird.csv": S.thunderbird_csv([S.THUNDERBIRD_HEADERS, [
            "Hugo", "Perret", "Hugo Perret", "", "hugo.perret@ex.fr", "", "02 98 00 00 01",
            "", "07 11 22 33 44", "Technicien", "SAV", partner.name]]),
        "outlook.csv": S.outlook_csv([S.OUTLOOK_HEADERS, [
            "Mme", "Inès", "", "Faure", partner.name, "Gérante", "02 97 00 00 02",
            "06 55 44 33 22", "ines.faure@ex.fr"]])}
    for name, data in files.items():
        table = _read(tmp_path, name, data)
        mapping = guess_mapping(table.headers, CONTACT_FIELDS)
        assert {"first_name", "last_name", "email", "business_partner", "job_title",
                "mobile_phone"} <= set(mapping.values()), (name, mapping)
        report = import_contacts(demo_session, table, ImportOptions(mapping))
        assert [line.action for line in report.lines] == [Action.CREATED], \
            (name, report.lines[0].problems)
        made = demo_session.scalars(select(E.Contact).where(
            E.Contact.code == report.lines[0].code)).one()
        assert made.business_partner_id == partner.id and made.mobile_phone.startswith("+33 ")


def test_the_files_locale_is_guessed_from_its_cells():
    french = read_csv(S.excel_csv([["Nom", "Depuis", "Encours"], ["A", "31/12/2026",
                                                                  "1 234,56"]]))
    assert guess_locale(french) == (True, True)
    american = read_csv(S.libreoffice_csv([["Name", "Since", "Credit"], ["A", "12/31/2026",
                                                                         "1,234.56"]]))
    assert guess_locale(american) == (False, False)


def test_mapping_guesses_registration_numbers():
    assert guess_mapping(["SIRET", "N° SIREN", "Company number"], FIELDS) == \
        {0: "registration_number"}


def test_a_workbooks_lines_are_its_rows_blank_ones_counted(tmp_path):
    """Excel numbers a sheet's rows from 1; a blank row is a row: line numbers follow."""
    rows = [HEADERS, ROWS[0], [None] * len(HEADERS), [None] * len(HEADERS), ROWS[1]]
    table = _read(tmp_path, "clients.xlsx", S.excel_xlsx(rows))
    assert table.lines == [(2, 2), (5, 5)] and table.rows[1][0] == ROWS[1][0]
    csv_table = _read(tmp_path, "clients.csv", S.excel_csv([HEADERS, ROWS[0], [""] * 9, [""] * 9,
                                                            ROWS[1]]))
    assert csv_table.lines == table.lines


def test_a_workbook_whose_header_is_not_on_row_1(tmp_path):
    """A sheet with a title or blank rows above its header (as people lay them out): the lines
    are still Excel's row numbers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A3"], sheet["B3"], sheet["A4"], sheet["B4"], sheet["A7"] = \
        "Raison sociale", "Ville", "Forge Neuve", "Nantes", "Atelier Vert"
    path = tmp_path / "clients.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ["Raison sociale", "Ville"]
    assert table.lines == [(4, 4), (7, 7)] and table.rows[1][0] == "Atelier Vert"
