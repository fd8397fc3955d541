"""A laptop whose team server signs in with server accounts (issue 35): at start the window
asks the password in the sign-in dialog (typed key by key), the change made meanwhile waits
on the laptop and goes to the server once signed in. In English and French; the dialog is
grabbed (CRM_SCREENSHOTS=folder keeps the picture)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.database import Database, make_engine
from desktop.i18n import Translations
from desktop.team.replica.replica import Replica
from desktop.team.replica.signin import AccountSignIn, signed_transport
from tests.gui.test_team import _shoot, laptop_window, shots  # noqa: F401 (fixture)
from tests.team.conftest import team_db  # noqa: F401 (fixture)
from tests.team.test_accounts import PASSWORD, account_server  # noqa: F401 (fixture)
from tests.team.test_laptop_signin import with_account


def laptop_of(templates, server, user: str, sign_in=None) -> Database:
    """A laptop set up for ``user`` (first copy made; with a server account unless
    ``sign_in`` says otherwise), then left for the window to open."""
    url = templates.fresh("sqlite")
    db = Database(url, make_engine(url))
    replica = Replica(db, signed_transport(server.url, server.fingerprint,
                                           sign_in or AccountSignIn(user, PASSWORD)))
    replica.setup(user, name=f"laptop of {user}", server_url=server.url)
    replica.sync()
    replica.detach()
    replica.transport.close()
    return db


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_password_typed_in_the_dialog_signs_the_laptop_in(templates, team_db,  # noqa: F811
                                                              account_server,  # noqa: F811
                                                              qtbot, lang, shots,  # noqa: F811
                                                              clock):
    me = with_account(team_db)
    db = laptop_of(templates, account_server, me)
    with db.session(me) as s:  # a change made before the sign-in: it must not be lost
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        partner.city = "Quimper"
        s.commit()
    translations = Translations()
    translations.install(lang)
    window = laptop_window(qtbot, db, me, account_server, sign_in="account")
    offer = window.team_sign_in
    qtbot.waitUntil(lambda: offer.dialog is not None and offer.dialog.isVisible(), timeout=10000)
    assert window.team.last is None  # nothing was sent without the password
    dialog = offer.dialog
    assert dialog.windowTitle() == ("Sign in to the team server" if lang == "en"
                                    else "Connexion au serveur d'équipe")
    qtbot.keyClicks(dialog.password, PASSWORD)  # one key at a time
    _shoot(dialog, "team_sign_in", lang, shots)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.team.last is not None and not window.team.running,
                    timeout=30000)
    assert window.team.last.error == "" and window.team.last.pending == 0
    with team_db.session() as s:
        assert s.get(E.BusinessPartner, partner.id).city == "Quimper"
    window.team.stop()
    window.sync.stop()
    translations.install("en")
    db.dispose()
