"""The SQL table model passes Qt's model tester and loads only the pages it shows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.models.columns import Column
from desktop.models.sql_table import SqlTableModel


def _model(ctx, cls=SqlTableModel, **kw):
    columns = [Column("code", "Code", E.Activity.code, searchable=True),
               Column("subject", "Subject", E.Activity.subject, searchable=True),
               Column("start", "Start", E.Activity.start_at, kind="datetime"),
               Column("sync", "Sync", E.Activity.synchronize, kind="bool")]
    return cls(ctx.db.engine, E.Activity.__table__, E.Activity.id, columns,
                         default_order=[E.Activity.code], **kw)


def test_model_passes_the_qt_model_tester(ctx, real_pool, qtmodeltester, qtbot):
    """The tester stays connected: the late count, a sort and a search are checked too."""
    model = _model(ctx, pool=real_pool)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: model.count_known)
    model.sort(1)
    qtbot.waitUntil(lambda: model.count_known)
    model.set_search("visite")
    qtbot.waitUntil(lambda: model.count_known)
    assert 0 < model.rowCount() < 1500


class NoWait(SqlTableModel):
    FIRST_PAGE_WAIT_MS = 0


class LongWait(SqlTableModel):
    FIRST_PAGE_WAIT_MS = 600_000


def test_first_page_shows_before_the_count(ctx, real_pool, qtbot):
    """The first page and the count are read on the pool, the page first; the grid shows the
    page, then grows to the count: a window that does not wait for the page waits for
    neither."""
    model = _model(ctx, pool=real_pool, cls=NoWait)
    assert model.rowCount() == 0 and not model.count_known
    events = []
    model.rowsInserted.connect(lambda _parent, first, last: events.append(("rows", first, last)))
    model.countChanged.connect(lambda count: events.append(("count", count)))
    qtbot.waitUntil(lambda: model.count_known)
    assert events == [("rows", 0, model.PAGE_SIZE - 1), ("rows", model.PAGE_SIZE, 1499),
                      ("count", 1500)]


def test_a_new_grid_shows_its_first_page_at_once_and_counts_later(ctx, real_pool, qtbot):
    """A new grid on a local file waits (briefly) for its first page, read on the pool, so
    that its first frame shows rows; on a server, which may be far, it waits for nothing. The
    count is asked once a view paints the rows, never waited for."""
    model = _model(ctx, pool=real_pool, cls=LongWait)
    assert not model.count_known
    if model.local:
        assert model.rowCount() == model.PAGE_SIZE and model.index(0, 0).data()
    else:
        assert model.rowCount() == 0
    qtbot.waitUntil(lambda: model.count_known)
    assert model.rowCount() == 1500


def test_a_stale_page_is_ignored(ctx, real_pool, qtbot):
    model = _model(ctx, pool=real_pool)
    model.set_search("zzz-nothing-matches")  # the first page of the first query is stale
    qtbot.waitUntil(lambda: model.count_known)
    real_pool.wait_idle()
    assert model.rowCount() == 0 and model._generation == 2


def test_model_loads_only_visible_pages(ctx, qtbot):
    model = _model(ctx, pool=ctx.pool)  # the pool runs inline: a page is there when asked
    qtbot.waitUntil(lambda: model.count_known)
    assert model.rowCount() == 1500
    model._pages.clear()
    assert model.cached_pages() == 0
    assert model.index(1400, 0).data().startswith(("RV", "AP", "TA", "PU", "EM"))
    assert model.cached_pages() == 1
    for row in range(0, 1500, model.PAGE_SIZE):
        model.index(row, 0).data()
    assert model.cached_pages() == model.CACHE_PAGES


def test_export_writes_the_filtered_rows(window, real_pool, qtbot, tmp_path, answers):
    overview = window.open_session("tccom4500m000")
    qtbot.keyClicks(overview.search, "Lyon")
    qtbot.waitUntil(lambda: overview.model.count_known)
    expected = overview.model.rowCount()
    path = tmp_path / "bp.csv"
    task = overview.export_to(str(path))
    with qtbot.waitSignal(task.done, timeout=10000):
        pass
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == expected + 1
    assert lines[0].split(",")[0] == "Business partner"
    [(_kind, told)] = answers.shown  # where it wrote, and Open offered (issue 31)
    assert str(path) in told and f"{expected} rows exported" in told


def test_the_csv_export_follows_the_chosen_separator_and_neutralises_formulas(
        window, ctx, real_pool, qtbot, tmp_path, monkeypatch, answers):
    """The file dialog offers both separators; a ``;`` file carries the expected revenue
    with a decimal comma and a day/month/year date, a ``,`` file a point and an ISO date; a
    description a spreadsheet would run as a formula gets its apostrophe."""
    import datetime as dt
    from decimal import Decimal

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.crm import entities as E

    answers.answer = QMessageBox.Close  # the offer to open each file declined
    overview = window.open_session("tdsmi1110m000")
    qtbot.waitUntil(lambda: overview.model.count_known and overview.model.rowCount() > 0)
    code = overview.model.row_values(0)["code"]  # an opportunity the grid shows
    close = dt.date(2031, 3, 4)
    with ctx.db.session() as s:
        opportunity = s.scalars(select(E.Opportunity).where(E.Opportunity.code == code)).one()
        opportunity.description = "=1+2"
        opportunity.expected_revenue = Decimal("1250.5")
        opportunity.expected_close_date = close
        s.commit()
    overview.refresh()
    for separator, revenue, day in ((";", "1250,50", close.strftime("%d/%m/%Y")),
                                    (",", "1250.50", close.isoformat())):
        path = tmp_path / f"opportunities{separator == ','}.csv"

        def chosen(parent, title, name, filters, separator=separator, path=path):
            offered = filters.split(";;")
            assert len(offered) == 2  # the user's locale's first, the other one second
            return str(path), next(f for f in offered if ("semicolons" in f) ==
                                   (separator == ";"))

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
        asked = len(answers.shown)
        overview.export_csv()
        # written on the pool, then said and offered on the GUI thread
        qtbot.waitUntil(lambda asked=asked: len(answers.shown) > asked, timeout=10000)
        rows = [line.split(separator) for line in path.read_text("utf-8-sig").splitlines()]
        row = next(r for r in rows if code in r)
        assert "'=1+2" in row and revenue in row and day in row, row
    # each export then says where it wrote and offers to open it
    assert [kind for kind, _ in answers.shown] == ["question", "question"]


def test_excel_export_has_typed_cells_and_a_cancel_leaves_no_file(window, real_pool, qtbot,
                                                                  tmp_path, monkeypatch,
                                                                  answers):
    import datetime as dt

    import openpyxl

    from desktop.views.ops.background import Progress

    overview = window.open_session("tdsmi1110m000")  # opportunities: amounts and dates
    qtbot.waitUntil(lambda: overview.model.count_known)
    expected = overview.model.rowCount()
    out = tmp_path / "out"
    out.mkdir()
    path = out / "opportunities.xlsx"
    task = overview.export_to(str(path))
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = [c.header for c in overview.model.columns if not c.hidden]
    assert list(rows[0]) == headers and len(rows) == expected + 1
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    kinds = {type(v) for row in rows[1:] for v in row if v is not None}
    assert {str, float} <= kinds or {str, int} <= kinds
    assert dt.datetime in kinds  # dates are dates, not text
    path.unlink()
    report = Progress.report

    def cancel_at_first_report(progress, done, total, text=""):  # the user clicks Cancel
        progress.cancel()
        report(progress, done, total, text)

    monkeypatch.setattr(Progress, "report", cancel_at_first_report)
    task = overview.export_to(str(path))
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    assert list(out.iterdir()) == []


def test_report_lines_model_passes_the_qt_model_tester(qapp, qtmodeltester):
    from desktop.crm.batch import ReportLine
    from desktop.crm.enums import BatchLineResult as R
    from desktop.models.report_lines import ReportLinesModel

    french = {"{count} attribute(s) added": "{count} attribut(s) ajouté(s)"}
    model = ReportLinesModel(lambda text: french.get(text, text))
    qtmodeltester.check(model, force_py=True)
    model.set_lines([ReportLine("BP1", R.CREATED, "{count} attribute(s) added", {"count": 2}),
                     ReportLine("BP2", R.SKIPPED_SELECTION, "The selection is false.")])
    assert model.texts(0) == ("BP1", "Created", "2 attribut(s) ajouté(s)")
    assert model.line(1) is None and model.rowCount() == 2  # the skipped, folded
    model.set_collapsed(False)  # the tester, connected, checks the reset
    assert model.texts(2)[1] == "Skipped (selection false)"


def test_painting_a_cached_page_reads_no_database_and_builds_no_string(ctx, qtbot, monkeypatch):
    """The texts of a page are formatted once, when it is read; painting its cells again and
    again, and asking data() for every role, then costs no statement and no formatting: each
    text is the very string made when the page was read."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from desktop.models import page as page_module
    from desktop.models.sql_table import RAW_ROLE, ROW_ID_ROLE
    from tests.support import statement_tap

    formatted: list = []
    display = page_module.display
    monkeypatch.setattr(page_module, "display",
                        lambda kind, value: formatted.append(value) or display(kind, value))
    model = _model(ctx, pool=ctx.pool)  # inline: a page not held would be read right here
    qtbot.waitUntil(lambda: model.count_known)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.setModel(model)
    view.show()
    view.viewport().grab()
    assert formatted, "the page's dates were formatted when it was read"
    statements: list[str] = []
    record = lambda _c, _cur, statement, *_a: statements.append(statement)  # noqa: E731
    formatted.clear()
    with statement_tap.watching(record, ctx.db.engine):
        texts = {}
        for _ in range(3):
            view.viewport().grab()
            for row in range(model.PAGE_SIZE):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    shown = model.data(index)  # from Python: the object the model holds
                    assert texts.setdefault((row, column), shown) is shown
                    for role in (Qt.EditRole, Qt.TextAlignmentRole, Qt.CheckStateRole,
                                 Qt.DecorationRole, Qt.FontRole, ROW_ID_ROLE, RAW_ROLE):
                        index.data(role)  # through Qt, as a view asks
    assert statements == [] and formatted == []
    assert model.index(0, 3).data(Qt.CheckStateRole) in (Qt.Checked, Qt.Unchecked)
    assert model.index(0, 0).data(ROW_ID_ROLE) == model.row_id(0)


class Keyed(SqlTableModel):
    """Small pages and landmarks close together, on either database: a few hundred rows
    stand for a million."""

    PAGE_SIZE = 40
    LANDMARK_EVERY = 200

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.landmarks = True


@pytest.mark.parametrize("column, order", [(0, "asc"), (0, "desc"), (1, "asc"), (2, "asc"),
                                           (2, "desc"), (3, "desc")])
def test_pages_read_from_known_keys_are_the_rows_of_the_order(ctx, monkeypatch, column, order):
    """Sorted on a unique code, a text, a date that is empty for tasks (NULLs last on
    PostgreSQL, first on SQLite) or a flag, pages read in any order from the nearest known key
    (landmarks and pages already read) hold the very rows an OFFSET would, and no read steps
    over more than one landmark's stretch of rows."""
    from PySide6.QtCore import Qt

    from desktop.models import keyset

    skipped: list[int] = []
    page_from = keyset.page_from
    monkeypatch.setattr(keyset, "page_from", lambda stmt, terms, positions, key, skip, limit:
                        skipped.append(skip) or page_from(stmt, terms, positions, key, skip,
                                                          limit))
    model = _model(ctx, pool=ctx.pool, cls=Keyed)  # inline: each page is read when asked
    model.sort(column, Qt.AscendingOrder if order == "asc" else Qt.DescendingOrder)
    assert model.count_known and model.known_keys() >= 1500 // model.LANDMARK_EVERY
    with ctx.db.engine.connect() as conn:
        expected = [row[0] for row in conn.execute(model.statement())]
    pages = list(range(0, len(expected) // model.PAGE_SIZE + 1))
    shown: dict[int, int | None] = {}
    for page in pages[::-7] + pages[1::3] + pages[::-1]:
        model._pages.clear()
        for row in range(page * model.PAGE_SIZE, min((page + 1) * model.PAGE_SIZE,
                                                     len(expected))):
            shown[row] = model.row_id(row)
    assert [shown[row] for row in range(len(expected))] == expected
    assert skipped and max(skipped) < model.LANDMARK_EVERY


def _held_export_target(window, qtbot, tmp_path):
    """The partners' grid, and last week's export of it, held open by another program."""
    from tests.support.held_file import hold

    overview = window.open_session("tccom4500m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "bp.csv"
    path.write_text("last week's export", encoding="utf-8")
    hold(path)
    return overview, path


def test_an_export_whose_file_is_open_elsewhere_offers_to_retry(window, qtbot, tmp_path,
                                                                monkeypatch, answers):
    """The workbook is open in Excel: the export says so in one sentence and offers Retry;
    once the file is closed, Retry writes it."""
    from PySide6.QtWidgets import QMessageBox

    from tests.support.held_file import hold

    overview, path = _held_export_target(window, qtbot, tmp_path)
    answers.answer = QMessageBox.No  # not opened afterwards
    asked = []

    def warning(parent, title, text, buttons=None, default=None):
        asked.append((title, text, buttons))
        hold(path, held=False)  # the user closes the workbook in Excel
        return QMessageBox.Retry

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    try:
        task = overview.export_to(str(path))
        qtbot.waitUntil(lambda: not task.running)
    finally:
        hold(path, held=False)
    [(title, text, buttons)] = asked
    assert title == "File in use"
    assert text == f"{path} is open in another program (Excel or Word?) or read-only: close " \
                   "it there and try again."
    assert buttons == QMessageBox.Retry | QMessageBox.Cancel
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[0] == "Business partner" and len(lines) > 100
    assert [p.name for p in path.parent.iterdir()] == ["bp.csv"]  # no temporary file left
    [(kind, offer)] = answers.shown  # then the export offers to open what it wrote
    assert kind == "question" and offer.startswith("200 rows exported.")


def test_an_export_cancelled_while_its_file_is_held_leaves_the_old_file(window, qtbot,
                                                                        tmp_path, answers):
    from PySide6.QtWidgets import QMessageBox

    from tests.support.held_file import hold

    overview, path = _held_export_target(window, qtbot, tmp_path)
    answers.answer = QMessageBox.Cancel
    try:
        task = overview.export_to(str(path))
        qtbot.waitUntil(lambda: not task.running)
    finally:
        hold(path, held=False)
    assert [kind for kind, _ in answers.shown] == ["warning"]  # once: the question, no echo
    assert path.read_text(encoding="utf-8") == "last week's export"
    assert [p.name for p in path.parent.iterdir()] == ["bp.csv"]
