"""User-defined reports (E28/E29, BR-REP-01..06, scenario 19): the rules of the layout lines,
the breaks, and the XLSX and CSV outputs read back."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.db.records import apply_values
from desktop.crm.enums import AttributeType, BusinessObjectKind as K
from desktop.crm.errors import ValidationError
from desktop.crm.reports import rules
from desktop.crm.reports.columns import ReportColumn
from desktop.crm.reports.layout import NEW_PAGE, Line, Subtotal, Total, report_items
from desktop.crm.reports.printing import CsvReport, FlexiblePrinting, XlsxReport
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f


def _run(session, outputs, **kw):
    job = FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "pipe", **kw)
    return job, job.run(session, outputs)


# -- the layout lines (BR-REP-03/04) --------------------------------------------------------------
def test_subtotals_and_totals_are_refused_on_a_field_that_is_not_a_number(session, pipeline):
    line = E.ReportLayoutLine(report=pipeline)
    with pytest.raises(ValidationError) as caught:
        apply_values(session, line, {"sequence": 50, "field_name": "opportunity.description",
                                     "total": True})
    assert caught.value.field == "subtotal" and "not a number" in str(caught.value)


def test_an_attribute_of_type_number_may_take_a_total(session, pipeline):
    session.add(E.Attribute(code="BUDGET", label="Budget", search_key="BUDGET",
                            data_type=AttributeType.DOUBLE))
    session.add(E.Attribute(code="SECTOR", label="Sector", search_key="SECTOR",
                            data_type=AttributeType.ALPHANUMERIC))
    session.flush()
    apply_values(session, E.ReportLayoutLine(report=pipeline),
                 {"sequence": 50, "field_name": "(p, budget)", "total": True})
    with pytest.raises(ValidationError):
        apply_values(session, E.ReportLayoutLine(report=pipeline),
                     {"sequence": 60, "field_name": "(P, SECTOR)", "subtotal": True})


def test_a_new_page_needs_the_field_to_be_sorted(session, pipeline):
    with pytest.raises(ValidationError) as caught:
        apply_values(session, E.ReportLayoutLine(report=pipeline),
                     {"sequence": 50, "field_name": "opportunity.status", "new_page": True})
    assert caught.value.field == "new_page"


@pytest.mark.parametrize("name", ["contact.nothing", "activity.subject", "@today", ""])
def test_a_field_the_object_does_not_reach_is_refused(session, pipeline, name):
    with pytest.raises(ValidationError) as caught:
        apply_values(session, E.ReportLayoutLine(report=pipeline),
                     {"sequence": 50, "field_name": name})
    assert caught.value.field == "field_name"


def test_a_sequence_is_used_once_per_report(session, pipeline):
    with pytest.raises(ValidationError) as caught:
        apply_values(session, E.ReportLayoutLine(report=pipeline),
                     {"sequence": 10, "field_name": "opportunity.status"})
    assert caught.value.field == "sequence"
    session.rollback()  # as the operation does after a refused save
    assert rules.next_sequence(session, pipeline.id) == 50


def test_a_header_holds_only_page_variables(session, pipeline):
    with pytest.raises(ValidationError) as caught:
        apply_values(session, pipeline, {"header_text": "Pipeline de @cor.nama"})
    assert caught.value.field == "header_text"


def test_copy_report_copies_its_lines(session, pipeline):
    copy = rules.copy_report(session, pipeline.id, "PIPE2")
    session.commit()
    assert [(ln.sequence, ln.field_name, ln.new_page) for ln in copy.lines] == \
        [(ln.sequence, ln.field_name, ln.new_page) for ln in pipeline.lines]


# -- the breaks (BR-REP-02..04), without a database -------------------------------------------------
def _columns(*specs):
    return [ReportColumn(name, name, 10, type_, **flags) for name, type_, flags in specs]


def test_subtotals_close_inner_groups_first_then_a_new_page():
    columns = _columns(("rep", "text", {"sort": True, "new_page": True}),
                       ("status", "text", {"sort": True}),
                       ("amount", "number", {"subtotal": True, "total": True}))
    rows = [("A", "x", Decimal(1)), ("A", "x", Decimal(2)), ("A", "y", Decimal(4)),
            ("B", "y", Decimal(8))]
    items = list(report_items(columns, rows))
    shape = [type(i).__name__ if not isinstance(i, Subtotal) else f"S{i.level}:{i.value}:"
             f"{i.sums[2]}" for i in items]
    assert shape == ["Line", "Line", "S1:x:3", "Line", "S1:y:4", "S0:A:7", "NewPage", "Line",
                     "S1:y:8", "S0:B:8", "Total"]
    assert items[-1] == Total({2: Decimal(15)}, 4)


def test_a_sorted_numeric_column_adds_up_only_under_the_sort_fields_before_it():
    columns = _columns(("rep", "text", {"sort": True}),
                       ("amount", "number", {"sort": True, "subtotal": True}))
    items = list(report_items(columns, [("A", Decimal(1)), ("A", Decimal(2))]))
    subtotals = [i for i in items if isinstance(i, Subtotal)]
    assert [(s.level, s.sums) for s in subtotals] == [(0, {1: Decimal(3)})]


def test_no_rows_print_no_subtotal_but_a_zero_total():
    columns = _columns(("rep", "text", {"sort": True}),
                       ("amount", "number", {"subtotal": True, "total": True}))
    assert list(report_items(columns, [])) == [Total({1: Decimal(0)}, 0)]


def test_empty_values_are_a_group_of_their_own_and_add_nothing():
    columns = _columns(("rep", "text", {"sort": True}),
                       ("amount", "number", {"subtotal": True}))
    items = list(report_items(columns, [(None, None), (None, Decimal(5)), ("A", None)]))
    assert [i.sums for i in items if isinstance(i, Subtotal)] == [{1: Decimal(5)},
                                                                  {1: Decimal(0)}]
    assert NEW_PAGE not in items and sum(isinstance(i, Line) for i in items) == 3


# -- scenario 19: the outputs ---------------------------------------------------------------------
def test_scenario_19_xlsx_has_a_group_per_rep_with_subtotal_formulas(session, pipeline, tmp_path):
    path = tmp_path / "pipe.xlsx"
    _run(session, [XlsxReport(path)])
    book = openpyxl.load_workbook(path, data_only=True)
    sheet = book.active
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    assert rows[0] == ("assigned_to", "code", "expected_close_date", "expected_revenue")
    assert rows[1][:2] == ("E1", "OPP000001") and rows[1][3] == 100
    assert isinstance(rows[1][2], dt.datetime) and rows[1][2].date() == dt.date(2026, 12, 1)
    subtotals = [r for r in rows if r[0] and str(r[0]).startswith("Subtotal")]
    assert [(r[0], r[3]) for r in subtotals] == [
        ("Subtotal assigned_to: E1", 350.5), ("Subtotal assigned_to: E2", 1000),
        ("Subtotal assigned_to: E3", 10.25)]
    assert rows[-1][0] == "Total" and rows[-1][3] == pytest.approx(1360.75)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:D{len(rows)}"
    assert [b.id for b in sheet.row_breaks.brk] == [4, 6]  # before E2 and before E3
    formulas = openpyxl.load_workbook(path).active
    assert formulas.cell(len(rows), 4).value == f"=SUBTOTAL(9,D2:D{len(rows) - 1})"
    assert formulas.cell(4, 4).value == "=SUBTOTAL(9,D2:D3)"
    assert "&P" in formulas.oddFooter.center.text and "&N" in formulas.oddFooter.center.text


def test_csv_follows_the_locale_of_its_separator_the_same_on_both_databases(
        session, pipeline, tmp_path):
    """A ``;`` file carries decimal commas and day/month/year dates, as a French Excel reads
    them; a ``,`` file points and ISO dates; byte for byte the same on SQLite and PostgreSQL."""
    french, english = tmp_path / "fr.csv", tmp_path / "en.csv"
    _run(session, [CsvReport(french, ";"), CsvReport(english, ",")])
    heading = "assigned_to{0}code{0}expected_close_date{0}expected_revenue\r\n"
    assert french.read_bytes().decode("utf-8-sig") == heading.format(";") + (
        "E1;OPP000001;01/12/2026;100,00\r\nE1;OPP000002;02/12/2026;250,50\r\n"
        "E2;OPP000003;03/12/2026;1000,00\r\nE3;OPP000004;04/12/2026;7,00\r\n"
        "E3;OPP000005;05/12/2026;3,00\r\nE3;OPP000006;06/12/2026;0,25\r\n")
    assert english.read_bytes().decode("utf-8-sig") == heading.format(",") + (
        "E1,OPP000001,2026-12-01,100.00\r\nE1,OPP000002,2026-12-02,250.50\r\n"
        "E2,OPP000003,2026-12-03,1000.00\r\nE3,OPP000004,2026-12-04,7.00\r\n"
        "E3,OPP000005,2026-12-05,3.00\r\nE3,OPP000006,2026-12-06,0.25\r\n")
    with french.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert Decimal(rows[2][3].replace(",", ".")) == Decimal("250.50")


def test_the_group_filters_and_the_selection_apply(session, pipeline, tmp_path):
    session.add(E.Selection(code="BIG", description="Big",
                            expression="opportunity.expected_revenue >= 250"))
    session.commit()
    path = tmp_path / "big.csv"
    job = FlexiblePrinting(TargetGroup(K.OPPORTUNITY, selection_code="BIG"), "PIPE")
    printed = job.run(session, [CsvReport(path)])
    assert printed.rows == 2
    with path.open(encoding="utf-8-sig") as handle:
        assert [r.split(";")[1] for r in handle.read().splitlines()[1:]] == \
            ["OPP000002", "OPP000003"]


def test_statuses_print_in_the_run_language(session, pipeline, tmp_path):
    rep = session.get(E.Report, pipeline.id)
    apply_values(session, E.ReportLayoutLine(report=rep),
                 {"sequence": 50, "field_name": "opportunity.status"})
    session.commit()
    path = tmp_path / "status.csv"
    job = FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE",
                           translate=lambda text: f"fr:{text}")
    job.run(session, [CsvReport(path)])
    statuses = {line.split(";")[-1] for line in
                path.read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert statuses == {f"fr:{session.get(E.Opportunity, 1).status.label}"}


def test_a_report_for_other_records_or_without_lines_is_refused(session, pipeline):
    with pytest.raises(ValidationError) as caught:
        FlexiblePrinting(TargetGroup(K.BUSINESS_PARTNER), "PIPE").run(session, [])
    assert caught.value.field == "report"
    empty = E.Report()
    apply_values(session, empty, {"code": "EMPTY", "description": "Empty",
                                  "business_object": K.OPPORTUNITY})
    session.commit()
    with pytest.raises(ValidationError):
        FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "EMPTY").run(session, [])


def test_a_cancelled_run_leaves_no_file(session, pipeline, tmp_path):
    for n in range(400):  # more rows than one progress step
        f.opportunity(session, f"OPX{n:06d}", sold_to_bp=session.get(E.BusinessPartner, 1) or
                      f.partner(session, f"BX{n}"))
    session.commit()
    paths = [tmp_path / "a.xlsx", tmp_path / "a.csv"]
    job = FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE")
    with pytest.raises(Cancelled):
        job.run(session, [XlsxReport(paths[0]), CsvReport(paths[1])],
                lambda done, total: False)
    assert list(tmp_path.iterdir()) == []
