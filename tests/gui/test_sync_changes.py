"""Changes pulled from Exchange reach the open windows: the activities grid updates the row in
place, and a detail window with unsaved edits shows who changed the record (Reload / Keep mine)
instead of failing later on save with a stale-record error. On both protocols."""

from __future__ import annotations

import pytest

from desktop.crm import entities as E
from tests.gui.test_exchange import _enable
from tests.support.typing import type_text
from tests.sync.conftest import SOPHIE, appointment


@pytest.fixture(params=["ews", "graph"])
def synced_window(request, ctx, qtbot, tmp_path_factory):
    from desktop.views.shell.main_window import MainWindow
    from tests.sync.ews_server import EwsServer
    from tests.sync.graph_server import GraphServer
    from tests.sync.remotes import EwsRemote, GraphRemote

    if request.param == "ews":
        face = EwsRemote(EwsServer().start())
    else:
        face = GraphRemote(GraphServer(tmp_path_factory.mktemp("graph")).start())
    ctx.make_gateway = lambda: face.gateway(timeout_seconds=30)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win, face
    for sub in win.mdi.subWindowList():
        sub.session.release()
    win.sync.stop()
    win.hide()
    face.stop()


def _sync(window, qtbot):
    with qtbot.waitSignal(window.sync.reportReady, timeout=30000) as done:
        window.sync.run_now()
    assert done.args[0].error == ""
    return done.args[0]


def test_a_change_pulled_from_exchange_reaches_the_open_windows(synced_window, ctx, qtbot,
                                                                answers):
    window, face = synced_window
    _enable(ctx, "https://unused.example/EWS")
    act_id = appointment(ctx.db, "Revue trimestrielle")
    _sync(window, qtbot)
    with ctx.db.session(user=ctx.user) as s:
        code = s.get(E.Activity, act_id).code
    overview = window.open_session("tccom6100m000")
    overview.open_only.setChecked(False)
    type_text(qtbot, overview.search, code)
    qtbot.waitUntil(lambda: overview.model.count_known and overview.model.rowCount() == 1)
    subject = next(i for i, c in enumerate(overview.model.columns) if c.key == "subject")
    assert overview.model.index(0, subject).data() == "Revue trimestrielle"
    detail = window.open_session("tccom6600m100", record_id=act_id)
    type_text(qtbot, detail.form.editor("location"), "Salle 4")  # unsaved edits
    assert detail.dirty

    [item] = face.events(SOPHIE)
    face.edit(SOPHIE, item.id, subject="Revue trimestrielle (avancée)")  # in Outlook
    report = _sync(window, qtbot)
    assert report.pulled == 1 and report.changes.was_changed(E.Activity, act_id)

    qtbot.waitUntil(lambda: overview.model.index(0, subject).data() ==
                    "Revue trimestrielle (avancée)")  # the row, in place
    assert overview.model.rowCount() == 1
    assert detail.changed_bar.isVisibleTo(detail)
    assert "Changed by exchange-sync at" in detail.changed_bar.label.text()
    assert detail.form.editor("location").value() == "Salle 4" and detail.dirty  # kept
    detail.changed_bar.reload_button.click()
    assert detail.form.editor("subject").value() == "Revue trimestrielle (avancée)"
    assert not detail.dirty and answers.shown == []
    assert not window.sync.soon.isActive()  # what was pulled is not pushed back


def test_the_status_bar_names_mailboxes_another_installation_synchronizes(window):
    from desktop.crm import clock
    from desktop.sync.engine import SyncReport

    window.sync.last = SyncReport(busy=[SOPHIE], finished_at=clock.now())
    window.sync._publish()
    assert window.sync_label.full_text() == \
        f"Synchronized just now — {SOPHIE}: synchronized by another installation"
