"""The Laptops window (issue 35, item 2): a CRM manager sees the team's laptops with their
last sync, clicks one, then "Revoke and wipe", confirms, and sees it revoked and wiped; a user
who is not a CRM manager is shown none. Grabbed in English and French (CRM_SCREENSHOTS=folder
keeps the pictures)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.crm import entities as E, rights
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import EmployeeRole as R
from desktop.i18n import Translations
from desktop.team.versions import current


def _laptops(ctx, manager: int) -> None:
    """Two laptops of the team; employee ``manager`` is its CRM manager."""
    with ctx.db.session(user="setup") as s:
        s.get(E.Employee, 1).user_name = "tester"  # the window's user is employee 1
        rights.set_roles(s, manager, frozenset({R.CRM_MANAGER}))
        seen = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
        s.add_all([E.Device(device_no=1, user_name="smarchand", name="Laptop of Sophie",
                            revision=current(), last_seen_at=seen),
                   E.Device(device_no=2, user_name="pdurand", name="Laptop of Paul",
                            revision=current(), last_seen_at=seen - dt.timedelta(days=3))])
        commit(s)


def _click_row(qtbot, overview, name: str) -> None:
    model = overview.model
    row = next(r for r in range(model.rowCount()) if model.row_values(r)["name"] == name)
    rect = overview.view.visualRect(model.index(row, 0))
    qtbot.mouseClick(overview.view.viewport(), Qt.LeftButton, pos=rect.center())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_crm_manager_revokes_and_wipes_a_laptop(window, ctx, qtbot, answers, lang, tmp_path):
    translations = Translations()  # its translators live as long as it does
    try:
        translations.install(lang)
        _revoke_and_wipe(window, ctx, qtbot, answers, lang, tmp_path)
    finally:
        translations.install("en")


def _revoke_and_wipe(window, ctx, qtbot, answers, lang: str, tmp_path) -> None:
    _laptops(ctx, manager=1)
    overview = window.open_session("tdsmi9800m000")
    qtbot.waitUntil(lambda: overview.model.rowCount() == 2)
    shots = Path(os.environ.get("CRM_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shots / f"laptops_{lang}.png"))
    _click_row(qtbot, overview, "Laptop of Paul")
    button = overview.toolbar.widgetForAction(overview.wipe_action)
    assert button.text() == {"en": "Revoke and wipe", "fr": "Révoquer et effacer"}[lang]
    qtbot.mouseClick(button, Qt.LeftButton)
    question = {"en": "Revoke laptop 2 of pdurand and wipe it?",
                "fr": "Révoquer le portable 2 de pdurand et l'effacer ?"}[lang]
    assert [text.startswith(question) for _kind, text in answers.shown] == [True]
    with ctx.db.session() as s:
        states = {d.name: (d.revoked, d.wipe) for d in s.query(E.Device)}
    assert states == {"Laptop of Sophie": (False, False), "Laptop of Paul": (True, True)}
    wiped = {"en": "Revoked and wiped", "fr": "Révoqué et effacé"}[lang]
    qtbot.waitUntil(lambda: wiped in [overview.model.data(overview.model.index(
        r, 3)) for r in range(overview.model.rowCount())])


def test_someone_not_a_crm_manager_sees_no_laptop(window, ctx, qtbot):
    _laptops(ctx, manager=2)
    overview = window.open_session("tdsmi9800m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    assert overview.rows_shown() == 0


def test_revoke_asks_then_revokes_without_a_wipe(window, ctx, qtbot, answers):
    _laptops(ctx, manager=1)
    overview = window.open_session("tdsmi9800m000")
    qtbot.waitUntil(lambda: overview.model.rowCount() == 2)
    _click_row(qtbot, overview, "Laptop of Sophie")
    revoke = next(a for a in overview.toolbar.actions() if a.text() == "Revoke")
    qtbot.mouseClick(overview.toolbar.widgetForAction(revoke), Qt.LeftButton)
    assert [text for _kind, text in answers.shown] == [
        "Revoke laptop 1 of smarchand? The team server will refuse it from its next sync."]
    with ctx.db.session() as s:
        states = {d.name: (d.revoked, d.wipe) for d in s.query(E.Device)}
    assert states == {"Laptop of Sophie": (True, False), "Laptop of Paul": (False, False)}
