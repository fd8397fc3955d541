"""GUI fixtures: a real main window over a demo database, offscreen, with isolated settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collector(qapp):
    """As in the application: the cycle collector runs on the GUI thread only (a collection
    on a pool worker that frees a Qt object can deadlock with the GUI thread)."""
    from desktop.views.shell.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True, scope="session")
def icon_fonts(qapp):
    """As in the application: qtawesome's fonts loaded privately, never installed."""
    from desktop.icon_fonts import load_icon_fonts

    assert load_icon_fonts()


@pytest.fixture(autouse=True, scope="session")
def focus_ring_style(qapp):
    """As in the application: Fusion with the strong focus ring, so every GUI test paints it."""
    from desktop.widgets.focus_style import focus_style

    qapp.setStyle(focus_style())


@pytest.fixture(autouse=True, scope="session")
def focus_scrolled_into_view(qapp):
    """As in the application: the focused control is scrolled into view."""
    from desktop.widgets import focus_scroll, window_keys

    focus_scroll.install(qapp)
    window_keys.install(qapp)  # as in the application too


@pytest.fixture(scope="session")
def gui_thread_guard():
    from tests.support.gui_thread_guard import GuiThreadGuard

    guard = GuiThreadGuard()
    guard.install()
    yield guard
    guard.remove()


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread(gui_thread_guard, request):
    """Every GUI test fails if the window ran a database statement on its own thread."""
    gui_thread_guard.offences.clear()
    gui_thread_guard.active = True
    yield gui_thread_guard
    gui_thread_guard.active = False
    report = os.environ.get("CRM_GUI_THREAD_REPORT")  # survey: list the places, fail nothing
    if report:
        with open(report, "a", encoding="utf-8") as out:
            out.writelines(place + "\n" for place in gui_thread_guard.places)
        gui_thread_guard.places.clear()
    elif "gui_thread_reads_allowed" not in request.keywords:
        offences = list(gui_thread_guard.offences)
        assert not offences, f"{len(offences)} statement(s) on the GUI thread; first:\n" \
                             + offences[0]


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Settings and logs go to a folder of the test, never the user's."""
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def ctx(demo_db, qapp):
    """The application context with its task pool running tasks inline (Picard's
    FakeThreadPool): what a click starts has finished when the click returns. Tests of the
    real pool use ``real_pool``."""
    from desktop.i18n import Translations
    from desktop.settings import Settings
    from desktop.views.shell.context import AppContext

    translations = Translations()  # alive until teardown: its translators (English plurals)
    translations.install("en")
    context = AppContext(db=demo_db, user="tester", settings=Settings(), employee_id=1,
                         employee_name="Sophie Marchand")
    context.pool.inline = True
    yield context
    context.pool.shutdown()


@pytest.fixture
def real_pool(ctx):
    """The pool runs tasks on its worker threads, as in the application."""
    ctx.pool.inline = False
    yield ctx.pool
    ctx.pool.wait_idle()


@pytest.fixture
def window(ctx, qtbot):
    from desktop.views.shell.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    for sub in win.mdi.subWindowList():
        sub.session.release()
    win.sync.stop()
    win.hide()
    win.deleteLater()
    # deleted now, with this test's few objects: left to a later test's event loop, the
    # windows of many tests are destroyed at once, and that grows with their number squared
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


class Answers:
    """Records message boxes instead of showing them, and answers them as told."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.Yes

    def __call__(self, kind):
        def box(parent, title, text, *args, **kwargs):
            self.shown.append((kind, text))
            return self.answer
        return box


@pytest.fixture(autouse=True)
def no_key_left_held(qapp):
    """Each test starts with the hands off the keyboard: QTest's key sequences (Ctrl+V) can
    leave a modifier held in QGuiApplication's state, and a later selectRow() then toggles
    instead of selecting, as a Ctrl+click would."""
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        receiver = QWidget()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            QTest.keyRelease(receiver, key, Qt.KeyboardModifier.NoModifier)
        receiver.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A message box a test did not ask for (with ``answers``) fails the test instead of
    waiting offscreen for a click that never comes."""
    recorder = Answers()
    recorder.answer = QMessageBox.Cancel
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder("exec")(
        box.parent(), box.windowTitle(), box.text()))
    yield recorder
    assert not recorder.shown, f"unexpected message box: {recorder.shown[0]}"


@pytest.fixture
def answers(monkeypatch, no_unexpected_message_box):
    recorder = Answers()
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder("exec")(
        box.parent(), box.windowTitle(), box.text()))
    return recorder


@pytest.fixture
def french_later():
    """A function that switches to French while the windows are open, as Tools > Settings
    does; English again after the test."""
    from desktop.i18n import Translations
    from tests.support.typing import turn

    installed: list[Translations] = []

    def switch() -> None:
        translations = Translations()
        translations.install("fr")
        installed.append(translations)
        turn()  # the window retranslates after the LanguageChange the translators sent

    yield switch
    app = QCoreApplication.instance()
    for translations in installed:
        for translator in translations._installed:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    turn()


@pytest.fixture
def french(french_later):
    """The application in French for one test, English again after it."""
    french_later()
