"""Campaign responsiveness benchmark: the longest event-loop stall of the main window while a
Global Addition of Activities (a task for each partner of the demo) and a Mail Merge (a PDF of
every active contact's letter) run in Update, against the same runs done on the GUI thread
(the window frozen for the whole run). Each on a fresh copy of the demo database; medians."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
from pathlib import Path

RUNS = 3


def _run_and_measure(window, form, app) -> float:
    from bench.stall import StallMeter

    meter = StallMeter()
    task = form.run()
    while task.running or form.report is None:  # until its report is on the screen
        app.processEvents()
    longest = meter.stop()
    assert "processed" in form.summary.text(), form.summary.text()
    return longest


def _session(path: Path, inline: bool, scenario: str, out: Path) -> float:
    from PySide6.QtWidgets import QApplication

    from desktop.crm.db.database import open_database
    from desktop.crm.enums import BusinessObjectKind
    from desktop.settings import Settings
    from desktop.views.shell.context import AppContext
    from desktop.views.shell.main_window import MainWindow

    app = QApplication.instance()
    db = open_database(f"sqlite:///{path}")
    ctx = AppContext(db=db, user="bench", settings=Settings(), employee_id=1,
                     employee_name="Bench")
    ctx.pool.inline = inline  # the peer: the whole run on the GUI thread
    window = MainWindow(ctx)
    window.show()
    try:
        if scenario == "global-add":
            form = window.open_session("tdsmi2210m100")
            form.form.editor("template_id").set_value(2)
        else:
            form = window.open_session("tdsmi2410m000")
            form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
            form.form.editor("active_contacts_only").set_value(True)
            form.form.editor("letter_id").set_value(1)
            form.form.editor("output").set_value("pdf")
            form.form.editor("path").set_value(str(out))
        form.update.setChecked(True)
        return _run_and_measure(window, form, app)
    finally:
        for sub in window.mdi.subWindowList():
            sub.session.release()
        window.sync.stop()
        window.close()
        ctx.pool.wait_idle()
        db.dispose()


def run(database: Path) -> dict[str, tuple[float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CRM_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-stall-data-")
    from PySide6.QtWidgets import QApplication

    from bench.alternating import alternate

    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-stall-"))
    results = {}
    try:
        for scenario in ("global-add", "mail-merge"):
            def side(inline: bool, scenario=scenario) -> float:
                copy = folder / "copy.sqlite"
                shutil.copyfile(database, copy)
                try:
                    return _session(copy, inline, scenario, folder / "letters.pdf")
                finally:
                    copy.unlink(missing_ok=True)

            mine, theirs = alternate(
                RUNS, lambda: side(False), lambda: side(True),
                lambda n, a, b, s=scenario: print(
                    f"{s} run {n}: longest stall ours {a * 1000:.0f} ms, on the GUI thread "
                    f"{b * 1000:.0f} ms", flush=True))
            results[scenario] = (statistics.median(mine), statistics.median(theirs))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results
