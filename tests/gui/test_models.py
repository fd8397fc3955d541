"""The SQL table model passes Qt's model tester and loads only the pages it shows."""

from __future__ import annotations

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.models.columns import Column
from desktop.models.sql_table import SqlTableModel


def _model(ctx, **kw):
    columns = [Column("code", "Code", E.Activity.code, searchable=True),
               Column("subject", "Subject", E.Activity.subject, searchable=True),
               Column("start", "Start", E.Activity.start_at, kind="datetime"),
               Column("sync", "Sync", E.Activity.synchronize, kind="bool")]
    return SqlTableModel(ctx.db.engine, E.Activity.__table__, E.Activity.id, columns,
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


def test_first_page_shows_before_the_count(ctx, real_pool, qtbot):
    """The first page and the count are read on the pool, the page first; the grid shows the
    page, then grows to the count: the window waits for neither."""
    model = _model(ctx, pool=real_pool)
    assert model.rowCount() == 0 and not model.count_known
    events = []
    model.rowsInserted.connect(lambda _parent, first, last: events.append(("rows", first, last)))
    model.countChanged.connect(lambda count: events.append(("count", count)))
    qtbot.waitUntil(lambda: model.count_known)
    assert events == [("rows", 0, model.PAGE_SIZE - 1), ("rows", model.PAGE_SIZE, 1499),
                      ("count", 1500)]


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


def test_export_writes_the_filtered_rows(window, real_pool, qtbot, tmp_path):
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


def test_the_csv_export_follows_the_chosen_separator_and_neutralises_formulas(
        window, ctx, real_pool, qtbot, tmp_path, monkeypatch):
    """The file dialog offers both separators; a ``;`` file carries the expected revenue
    with a decimal comma and a day/month/year date, a ``,`` file a point and an ISO date; a
    description a spreadsheet would run as a formula gets its apostrophe."""
    import datetime as dt
    from decimal import Decimal

    from PySide6.QtWidgets import QFileDialog

    from desktop.crm import entities as E

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
        overview.export_csv()
        qtbot.waitUntil(path.exists, timeout=10000)
        rows = [line.split(separator) for line in path.read_text("utf-8-sig").splitlines()]
        row = next(r for r in rows if code in r)
        assert "'=1+2" in row and revenue in row and day in row, row


def test_excel_export_has_typed_cells_and_a_cancel_leaves_no_file(window, real_pool, qtbot,
                                                                  tmp_path, monkeypatch):
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
                                                                monkeypatch):
    """The workbook is open in Excel: the export says so in one sentence and offers Retry;
    once the file is closed, Retry writes it."""
    from PySide6.QtWidgets import QMessageBox

    from tests.support.held_file import hold

    overview, path = _held_export_target(window, qtbot, tmp_path)
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
