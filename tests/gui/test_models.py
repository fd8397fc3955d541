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


def test_model_passes_the_qt_model_tester(ctx, qtmodeltester):
    model = _model(ctx)
    qtmodeltester.check(model, force_py=True)
    model.sort(1)
    model.set_search("visite")
    qtmodeltester.check(model, force_py=True)


def test_model_loads_only_visible_pages(ctx):
    model = _model(ctx)
    assert model.rowCount() == 1500
    assert model.cached_pages() == 0
    assert model.index(1400, 0).data().startswith(("RV", "AP", "TA", "PU", "EM"))
    assert model.cached_pages() == 1
    for row in range(0, 1500, model.PAGE_SIZE):
        model.index(row, 0).data()
    assert model.cached_pages() == model.CACHE_PAGES


def test_export_writes_the_filtered_rows(window, qtbot, tmp_path):
    overview = window.open_session("tccom4500m000")
    qtbot.keyClicks(overview.search, "Lyon")
    expected = overview.model.rowCount()
    path = tmp_path / "bp.csv"
    task = overview.export_to(str(path))
    with qtbot.waitSignal(task.done, timeout=10000):
        pass
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == expected + 1
    assert lines[0].split(",")[0] == "Business partner"
