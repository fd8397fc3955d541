"""The uninstaller's option to remove the CRM's entries from the Windows Credential Manager
runs ``crm-desktop-cli forget-credentials``: the sync account's password (the account the
database names), the Graph token cache's key; nothing of other programs."""

from __future__ import annotations

import keyring

from desktop.__main__ import main
from desktop.crm import entities as E
from desktop.sync.credentials import SERVICE, TOKEN_KEY_SERVICE, save_password


def test_the_crms_entries_go_and_others_stay(sync_db, memory_keyring, capsys):
    with sync_db.session("t") as s:
        account = s.query(E.ExchangeSyncSettings).filter_by(account_user="svc-crm").first().account_user
    save_password(account, "secret")
    keyring.set_password(TOKEN_KEY_SERVICE, "key", "k" * 44)
    keyring.set_password("another-program", account, "theirs")
    assert main(["forget-credentials", "--database", sync_db.url]) == 0
    assert "removed 2 saved password(s) and key(s)" in capsys.readouterr().out
    assert memory_keyring.passwords == {("another-program", account): "theirs"}
    assert keyring.get_password(SERVICE, account) is None
