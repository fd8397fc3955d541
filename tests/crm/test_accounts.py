"""Server accounts (issue 35, item 1b): passwords stored as Argon2id PHC strings, never in
clear; five failures in a row lock the account for a quarter of an hour, the right password
included, on the pinned clock; a success clears the count."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.crm import accounts, entities as E
from desktop.crm.errors import ValidationError

PASSWORD = "correct horse battery"


def test_a_password_is_stored_as_an_argon2id_hash(session):
    accounts.set_password(session, "smarchand", PASSWORD)
    stored = session.query(E.ServerAccount).one().password_hash
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$") and PASSWORD not in stored
    assert accounts.check_password(session, "smarchand", PASSWORD)
    assert not accounts.check_password(session, "smarchand", PASSWORD + "!")
    assert not accounts.check_password(session, "nobody", PASSWORD)


def test_a_short_password_is_refused(session):
    with pytest.raises(ValidationError) as refused:
        accounts.set_password(session, "smarchand", "short")
    assert refused.value.message() == "A password has at least 12 characters."


def test_repeated_failures_lock_the_account_for_a_while(db, clock):
    with db.session("admin") as s:
        accounts.set_password(s, "smarchand", PASSWORD)
        s.commit()
    for _ in range(accounts.MAX_FAILURES):
        with db.session("server") as s:  # one request a transaction, as the server does
            assert not accounts.check_password(s, "smarchand", "guess")
            s.commit()
    with db.session("server") as s:
        assert not accounts.check_password(s, "smarchand", PASSWORD)  # locked: even right
        s.commit()
    clock.advance(accounts.LOCKED_FOR + dt.timedelta(seconds=1))
    with db.session("server") as s:
        assert accounts.check_password(s, "smarchand", PASSWORD)
        s.commit()


def test_a_success_clears_the_failures(db, clock):
    with db.session("admin") as s:
        accounts.set_password(s, "smarchand", PASSWORD)
        for _ in range(accounts.MAX_FAILURES - 1):
            accounts.check_password(s, "smarchand", "guess")
        assert accounts.check_password(s, "smarchand", PASSWORD)
        for _ in range(accounts.MAX_FAILURES - 1):
            accounts.check_password(s, "smarchand", "guess")
        assert accounts.check_password(s, "smarchand", PASSWORD)
        s.commit()
