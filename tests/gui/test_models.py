"""The SQL table model passes Qt's model tester and loads only the pages it shows."""

from __future__ import annotations

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


def test_model_passes_the_qt_model_tester(ctx, qtmodeltester, qtbot):
    """The tester stays connected: the late count, a sort and a search are checked too."""
    model = _model(ctx)
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: model.count_known)
    model.sort(1)
    qtbot.waitUntil(lambda: model.count_known)
    model.set_search("visite")
    assert 0 < model.rowCount() < 1500


def test_first_page_shows_before_the_count(ctx, qtbot):
    model = _model(ctx)
    assert not model.count_known
    assert model.rowCount() == model.PAGE_SIZE
    with qtbot.waitSignal(model.countChanged) as counted:
        pass
    assert counted.args == [1500]
    assert model.rowCount() == 1500


def test_a_stale_count_is_ignored(ctx, qtbot):
    model = _model(ctx)
    model.set_search("zzz-nothing-matches")
    assert model.count_known and model.rowCount() == 0
    qtbot.waitUntil(lambda: model._generation == 2)  # the first count was for generation 1
    with qtbot.assertNotEmitted(model.countChanged, wait=200):
        pass  # the count thread of the first query answers into a newer generation
    assert model.rowCount() == 0


def test_model_loads_only_visible_pages(ctx, qtbot):
    model = _model(ctx)
    qtbot.waitUntil(lambda: model.count_known)
    assert model.rowCount() == 1500
    model._pages.clear()
    assert model.cached_pages() == 0
    assert model.index(1400, 0).data().startswith(("RV", "AP", "TA", "PU", "EM"))
    assert model.cached_pages() == 1
    for row in range(0, 1500, model.PAGE_SIZE):
        model.index(row, 0).data()
    assert model.cached_pages() == model.CACHE_PAGES


def test_export_writes_the_filtered_rows(window, qtbot, tmp_path):
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
    assert model.texts(1)[1] == "Skipped (selection false)"
