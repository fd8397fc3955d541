"""A laptop of a team, in the window: the status bar says when the team sync last ran, how
many changes wait and how many conflicts; the Conflicts session shows both values and writes
back the other one in one click; the Team server session sets a laptop up. Each state is
grabbed in English and French (CRM_SCREENSHOTS=folder keeps the pictures)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.i18n import Translations
from desktop.settings import TEAM_FINGERPRINT, TEAM_SERVER_URL, TEAM_SIGN_IN, Settings
from desktop.views.shell.context import AppContext
from desktop.views.shell.main_window import MainWindow
from tests.team.conftest import laptops, salespeople, team_db, team_server  # noqa: F401


def _shoot(widget, name: str, lang: str, folder: Path) -> None:
    widget.grab().save(str(folder / f"{name}_{lang}.png"))


def laptop_window(qtbot, db, user: str, server, sign_in: str = "") -> MainWindow:
    """The main window of a laptop of ``server``'s team, shown."""
    settings = Settings()
    settings.set(TEAM_SERVER_URL, server.url)
    settings.set(TEAM_FINGERPRINT, server.fingerprint)
    settings.set(TEAM_SIGN_IN, sign_in)
    ctx = AppContext(db=db, user=user, settings=settings, replica=True)
    ctx.pool.inline = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1600, 760)
    window.show()
    return window


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("CRM_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_laptops_window_shows_the_team_sync_and_its_conflicts(team_db, laptops, qtbot,  # noqa: F811
                                                                 lang, shots):
    user = salespeople(team_db, 1)[0]
    laptop = laptops.make(user)
    with laptop.db.session(user) as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        partner.city = "Brest"
        s.commit()
    with team_db.session("office") as s:
        apply_values(s, s.get(E.BusinessPartner, partner.id), {"city": "Rennes"})
        s.commit()
    laptop.detach()  # the window attaches the replica itself
    translations = Translations()
    translations.install(lang)
    window = laptop_window(qtbot, laptop.db, user, laptops.server)
    label = window.sync_label
    qtbot.waitUntil(lambda: window.team.last is not None and not window.team.running, timeout=30000)
    assert window.team.last.conflicts == 1 and window.team.last.pending == 0
    assert ("1 conflict" if lang == "en" else "1 conflit") in label.full_text()
    qtbot.waitUntil(lambda: label.text() == label.full_text())  # the bar laid out again
    _shoot(window, "team_status_conflict", lang, shots)

    conflicts = window.open_session("tdsmi9600m000")
    qtbot.waitUntil(lambda: conflicts.rows_shown() == 1, timeout=10000)
    _shoot(window, "team_conflicts", lang, shots)
    conflicts.view.selectRow(0)
    window.team.schedule.stop()
    window.team.soon.setInterval(3_600_000)  # the pending change stays to be seen
    conflicts.other_action.trigger()
    with laptop.db.session() as s:
        assert s.get(E.BusinessPartner, partner.id).city == "Brest"
    laptops.server.stop()  # the team server goes away: the laptop works on
    window.team.run_now()
    qtbot.waitUntil(lambda: not window.team.running and window.team.last.offline, timeout=30000)
    assert window.team.last.pending == 1
    qtbot.waitUntil(lambda: label.text() == label.full_text())
    _shoot(window, "team_status_offline", lang, shots)

    window.open_session("ttaad9600m000")
    _shoot(window, "team_server_settings", lang, shots)
    window.team.stop()
    window.sync.stop()
    translations.install("en")
