"""A settings file written by the previous release is upgraded when the new one opens it: the
user's choices survive, converted to the new layout; a newer file is left alone."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from desktop.crm.db.database import data_dir


def _previous_release_file() -> QSettings:
    """What release 1 wrote: no version, an overview's filter as a Qt variant map."""
    qs = QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)
    qs.remove("settings/version")
    qs.setValue("ui/language", "fr")
    qs.setValue("activities/call_minutes", 20)
    qs.setValue("filters/tccom4500m000", {"search": "béton"})
    qs.sync()
    return qs


def test_a_file_of_the_previous_release_is_upgraded(qapp):
    from desktop.settings import CALL_MINUTES, LANGUAGE, VERSION, Settings

    _previous_release_file()
    assert "@Variant" in (data_dir() / "settings.ini").read_text()
    settings = Settings()
    assert settings.upgraded_from == 1
    assert settings.get(LANGUAGE) == "fr" and settings.get(CALL_MINUTES) == 20
    assert settings.get_filter("tccom4500m000") == {"search": "béton"}
    text = (data_dir() / "settings.ini").read_text()
    assert "@Variant" not in text and f"version={VERSION}" in text
    reread = QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)
    assert json.loads(reread.value("filters/tccom4500m000")) == {"search": "béton"}
    assert Settings().upgraded_from == VERSION  # once upgraded, opened as it is


def test_the_overview_finds_its_filter_after_the_upgrade(ctx, qtbot):
    from desktop.settings import Settings
    from desktop.views.shell.main_window import MainWindow

    _previous_release_file()
    ctx.settings = Settings()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    overview = window.open_session("tccom4500m000")
    assert overview.search.text() == "béton"
    window.sync.stop()


def test_a_new_file_and_a_newer_file(qapp):
    from desktop.settings import VERSION, Settings

    assert Settings().upgraded_from == VERSION  # nothing to upgrade in a new file
    qs = QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)
    qs.setValue("settings/version", VERSION + 1)
    qs.setValue("filters/tccom4500m000", "a layout this release does not know")
    qs.sync()
    assert Settings().upgraded_from == VERSION + 1
    assert QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat).value(
        "filters/tccom4500m000") == "a layout this release does not know"
