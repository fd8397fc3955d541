"""The two paths of an import never differ: a large file's bulk path (rows read by
CompiledRows, new partners written in blocks) accepts, refuses and words every row exactly as
the row-by-row path does (read_row, and each partner saved as a form saves it). Property tests
over messy rows (control characters, Excel's scientific notation, lost leading zeros, bad dates
and numbers, rows too short or too long, duplicates of the demo and of each other), and the
records both paths write compared column by column."""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings, strategies as st
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.importing.compiled import CompiledRows
from desktop.crm.importing.partners import FIELDS, import_partners
from desktop.crm.importing.reading import read_row
from desktop.crm.importing.report import ImportOptions, OnDuplicate
from desktop.crm.importing.tables import Table

HEADERS = ["Nom", "Rue", "CP", "Ville", "Pays", "Tél", "Mail", "TVA", "SIRET", "Depuis",
           "Encours", "Statut", "Notes", "Code"]
MAPPING = {0: "name", 1: "street", 2: "postal_code", 3: "city", 4: "country", 5: "phone",
           6: "email", 7: "vat_number", 8: "registration_number", 9: "status_effective_date",
           10: "credit_limit", 11: "status", 12: "general_information", 13: "code"}
POOLS = [
    ["Atelier Zéro", "BOULANGERIE NEUVE SARL", "Café\x00 Central", "X" * 90, "", "  Garage 12 ",
     "Forge\tCassée", "Béton & Fils SAS"],
    ["3 rue Haute", "12, Bd Haussmann", "Bâtiment B\r\n8 allée Verte", "", "1 rue\x07 Basse"],
    ["44000", "1000", "750", "01000", "1,23457E+13", "", 1000.0, "SW1A 1AA"],
    ["Nantes", "PARIS", "Bourg-en-Bresse", "", "Liège"],
    ["France", "FR", "Belgique", "Atlantide", "", "gb", "DE"],
    ["02 40 00 00 01", "12", "+32 2 123 45 67", "", "3,3472E+10", "0472001234"],
    ["bn@neuve.fr", "pas-une-adresse", "", " CONTACT@X.FR "],
    ["FR 40 303 265 045", "", "1.2E+5", "fr40303265045"],
    ["73282932000074", "", "1,23457E+13", 73282932000074.0, 1.5],
    ["01/03/2026", "31/02/2026", "2026-03-01", "", "03/13/2026", dt.datetime(2026, 3, 1)],
    ["1 500,00", "1,500.00", "beaucoup", "", "12 000 €", 250.5],
    ["", "Prospect", "ACTIVE", "Inactif", "peut-être"],
    ["", "une note\x1b", "ligne 1\nligne 2"],
    ["", "", "", "NEW1", "new1", "NEW2", "BP000001", "1,2E+5"],  # a code twice, one taken
]


TYPED = string.ascii_letters + string.digits + " .,;:'\"-/&@+()€éèÉçÇ\t\r\n\x00\x07\x1b\u200b"


def _cell(column: int):
    """A cell of the column's own kind of damage, text as people type it, or any text."""
    return st.one_of(st.sampled_from(POOLS[column]), st.text(TYPED, max_size=16),
                     st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)),
                             max_size=12))


CLEAN = st.builds(lambda name, street, city, phone, email, since: [
    name, street, "44000", city, "France", phone, email, "", "", since, "1 000,00", "", "", ""],
    st.sampled_from(["Atelier Un", "Atelier Deux", "Cave du Port", "Garage 12"]),
    st.sampled_from(["3 rue Haute", "12 quai Ouest", ""]),
    st.sampled_from(["Nantes", "Rezé"]), st.sampled_from(["02 40 00 00 01", ""]),
    st.sampled_from(["a@un.fr", "b@deux.fr", ""]), st.sampled_from(["01/03/2026", ""]))


@st.composite
def rows(draw, count: int = 12):
    out = []
    for _ in range(draw(st.integers(1, count))):
        if draw(st.booleans()):  # a row that goes in, or not, by its duplicates alone
            out.append(draw(CLEAN))
            continue
        row = [draw(_cell(c)) for c in range(len(HEADERS))]
        shape = draw(st.sampled_from(["whole", "whole", "whole", "short", "long", "blank"]))
        if shape == "short":
            row = row[:draw(st.integers(1, len(HEADERS) - 1))]
        elif shape == "long":
            row = row + [draw(st.sampled_from(["", "x", None]))]
        elif shape == "blank":
            row = row + ["", ""]
        out.append(row)
    return out


OPTIONS = st.builds(ImportOptions, st.just(MAPPING), day_first=st.booleans(),
                    decimal_comma=st.booleans(),
                    default_country=st.sampled_from(["FR", "BE", "US", "ZZ"]))


def _words(problems) -> list[tuple]:
    return [(p.column, p.error.message(), p.warning) for p in problems]


@settings(max_examples=500, deadline=None)
@given(table_rows=rows(), options=OPTIONS)
@example(  # a CI run drew it: Decimal read "NAN" as a credit limit, and NaN != NaN
    table_rows=[["Atelier Zéro", "3 rue Haute", "44000", "Nantes", "France", "02 40 00 00 01",
                 "bn@neuve.fr", "FR 40 303 265 045", "73282932000074", "01/03/2026", "NAN",
                 "", "", ""]],
    options=ImportOptions(MAPPING, day_first=False, decimal_comma=False,
                          default_country="FR"))
def test_the_compiled_reader_reads_every_row_as_read_row(table_rows, options):
    table = Table(HEADERS, table_rows)
    compiled = CompiledRows(table, options, FIELDS)
    for index in range(len(table_rows)):
        expected_values, expected_problems = read_row(table, index, options, FIELDS)
        values, problems = compiled.read(index)
        assert values == expected_values
        assert _words(problems) == _words(expected_problems)


def _outcome(report) -> list[tuple]:
    return [(line.line, line.action, line.code, _words(line.problems),
             line.duplicate.code if line.duplicate else None) for line in report.lines]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table_rows=rows(8), choice=st.sampled_from(list(OnDuplicate)), data=st.data())
def test_both_paths_accept_refuse_and_word_every_row_alike(demo_session, table_rows, choice,
                                                           data):
    """Simulated, so that both see the same database; duplicates of the demo's partners
    (their names as the file would write them) and of rows of the same file included."""
    known = demo_session.execute(select(E.BusinessPartner.name, E.BusinessPartner.city)
                                 .order_by(E.BusinessPartner.id).limit(5)).all()
    for row in table_rows:
        if len(row) > 3 and data.draw(st.booleans()):
            name, city = data.draw(st.sampled_from(known))
            row[0], row[3] = name.upper(), city
        if len(row) == len(HEADERS):  # rows naming each other, or a partner here, by code
            row[13] = data.draw(st.sampled_from(["", "", "NEW1", "new1", "BP000001"]))
    table_rows = table_rows + [list(table_rows[0])]  # a row twice in one file
    table = Table(HEADERS, table_rows)
    options = ImportOptions(MAPPING, on_duplicate=choice, simulate=True)
    one_by_one = import_partners(demo_session, table, options, bulk=False)
    in_bulk = import_partners(demo_session, table, options, bulk=True)
    assert _outcome(in_bulk) == _outcome(one_by_one)


def test_both_paths_write_the_same_records(session):
    """Committed this time: every column of what the bulk path wrote equals what the forms'
    save wrote for the same row (codes given, as the empty database has no number series)."""
    lines = [["Atelier Un", "3, rue de l'Église", "1000", "Bourg", "France", "04 74 00 00 01",
              "a@un.fr", "FR 40 303 265 045", "73282932000074", "01/03/2026", "1 500,00",
              "ACTIVE", "ligne 1\nligne 2"],
             ["Atelier Deux", "", "", "Brest", "", "", "", "", "", "", "", "INACTIVE", ""]]
    headers, mapping = HEADERS, MAPPING
    written = {}
    for prefix, bulk in (("ROW", False), ("BLK", True)):
        table = Table(headers, [[*line, f"{prefix}{n}"] for n, line in enumerate(lines)])
        report = import_partners(session, table, ImportOptions(
            mapping, on_duplicate=OnDuplicate.CREATE), bulk=bulk)  # the twins of the first
        assert report.written and [line.errors for line in report.lines] == [[], []]
        assert [line.code for line in report.lines] == [f"{prefix}0", f"{prefix}1"]
        written[bulk] = [session.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.code == line.code)).one() for line in report.lines]
    skip = {"id", "code", "created_at", "modified_at"}
    for by_row, by_block in zip(written[False], written[True], strict=True):
        for column in E.BusinessPartner.__table__.columns:
            if column.key not in skip:
                assert getattr(by_block, column.key) == getattr(by_row, column.key), column.key
    assert written[True][0].credit_limit == Decimal("1500.00")
