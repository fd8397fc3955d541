"""A laptop whose team signs in with Microsoft Entra ID (issue 35), in the window: Tools >
Team server offers the work account and its fields; at start, with nobody signed in yet, the
window opens Microsoft's sign-in (a device code, as msal asks the loopback authority for it),
the change made meanwhile waits, and once the user has signed in at Microsoft's page the sync
sends it. In English and French; the dialogs are grabbed (CRM_SCREENSHOTS=folder keeps them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop import settings as S
from desktop.crm import clock as app_clock, entities as E
from desktop.crm.db.paths import data_dir
from desktop.i18n import Translations
from desktop.team.replica.signin import EntraSignIn
from desktop.views.shell.context import AppContext
from desktop.views.shell.main_window import MainWindow
from desktop.views.team.entra import TOKEN_FILE
from tests.gui.test_team import _shoot, shots  # noqa: F401 (fixture)
from tests.gui.test_team_signin import laptop_of
from tests.sync.graph_identity import TENANT
from tests.team.conftest import salespeople, team_db  # noqa: F401 (fixture)
from tests.team.test_laptop_signin import CachedTokens
from tests.team.test_signin import API, email, entra, signed_server  # noqa: F401 (fixtures)


def entra_settings(server, entra) -> S.Settings:  # noqa: F811
    settings = S.Settings()
    for key, value in ((S.TEAM_SERVER_URL, server.url), (S.TEAM_FINGERPRINT, server.fingerprint),
                       (S.TEAM_SIGN_IN, "entra"), (S.TEAM_ENTRA_TENANT, TENANT),
                       (S.TEAM_ENTRA_CLIENT_ID, entra.identity.public_client),
                       (S.TEAM_ENTRA_SCOPE, f"{API}/sync"), (S.TEAM_ENTRA_AUTHORITY, entra.base),
                       (S.TEAM_ENTRA_CA_FILE, str(entra.certificate))):
        settings.set(key, value)
    return settings


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_window_signs_the_laptop_in_with_a_work_account(templates, team_db,  # noqa: F811
                                                            entra, signed_server,  # noqa: F811
                                                            qtbot, lang, shots,  # noqa: F811
                                                            memory_keyring):
    # msal stamps its tokens with the machine's clock, and the server checks them on it
    with app_clock.use(app_clock.SystemClock()):
        _sign_in_at_start(templates, team_db, entra, signed_server, qtbot, lang, shots)


def _sign_in_at_start(templates, team_db, entra, server, qtbot, lang, shots) -> None:  # noqa: F811
    me = salespeople(team_db, 1)[0]
    tokens = CachedTokens(entra.identity, email(team_db, me), app_clock.now().timestamp())
    db = laptop_of(templates, server, me, EntraSignIn(tokens))
    with db.session(me) as s:  # made before the sign-in: it must not be lost
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        partner.city = "Lorient"
        s.commit()
    translations = Translations()
    translations.install(lang)
    ctx = AppContext(db=db, user=me, settings=entra_settings(server, entra), replica=True)
    window = MainWindow(ctx)  # the pool on its threads: the dialog waits for the user
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        offer = window.team_sign_in
        qtbot.waitUntil(lambda: offer.dialog is not None and offer.dialog.isVisible()
                        and offer.dialog.code.text() != "…", timeout=20000)
        dialog = offer.dialog
        assert window.team.last.sign_in_needed and window.team.last.pending == 1
        assert dialog.windowTitle() == ("Sign in to Microsoft 365" if lang == "en"
                                        else "Connexion à Microsoft 365")
        assert ("team server" if lang == "en" else "serveur d'équipe") in dialog.intro.text()
        assert not dialog.help_button.isVisible()  # the mailbox's admin help is not this one
        _shoot(dialog, "team_entra_sign_in", lang, shots)
        entra.identity.approve(dialog.code.text(), email(team_db, me))  # at Microsoft's page
        qtbot.waitUntil(lambda: offer.dialog is None, timeout=20000)
        qtbot.waitUntil(lambda: not window.team.running and window.team.last is not None
                        and not window.team.last.sign_in_needed, timeout=30000)
        assert window.team.last.error == "" and window.team.last.pending == 0
        with team_db.session() as s:
            assert s.get(E.BusinessPartner, partner.id).city == "Lorient"
        cache = (data_dir() / TOKEN_FILE).read_bytes()
        assert b"refresh_token" not in cache and b"secret" not in cache  # encrypted
    finally:
        window.team.stop()
        window.sync.stop()
        ctx.pool.wait_idle()
        translations.install("en")
        db.dispose()


def test_the_team_server_window_offers_the_work_account(ctx, qtbot, window):
    server = window.open_session("ttaad9600m000")
    tenant = server.entra[S.TEAM_ENTRA_TENANT]
    assert not tenant.isVisibleTo(server)  # the fields of the chosen sign-in only
    server.sign_in.setFocus()
    while server.sign_in.currentData() != "entra":  # the arrow keys, as a user picks it
        qtbot.keyClick(server.sign_in, Qt.Key.Key_Down)
    assert tenant.isVisibleTo(server)
    for setting, typed in ((S.TEAM_ENTRA_TENANT, "contoso.onmicrosoft.com"),
                           (S.TEAM_ENTRA_CLIENT_ID, "11111111-2222-3333-4444-555555555555"),
                           (S.TEAM_ENTRA_SCOPE, "api://crm-team-server/sync")):
        qtbot.keyClicks(server.entra[setting], typed)
    server.save()
    settings = ctx.settings
    assert settings.get(S.TEAM_SIGN_IN) == "entra"
    assert settings.get(S.TEAM_ENTRA_TENANT) == "contoso.onmicrosoft.com"
    assert settings.get(S.TEAM_ENTRA_SCOPE) == "api://crm-team-server/sync"
    assert settings.get(S.TEAM_ENTRA_AUTHORITY) == ""  # empty: Microsoft's own
