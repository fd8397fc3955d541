"""The team server's own sign-in accounts, for a company without Microsoft Entra ID (issue
35): a password per user, hashed with Argon2id (RFC 9106) by the cryptography package the
application already uses, and locked for a while after repeated failures so that a stolen
laptop cannot try passwords at the speed of the network."""

from __future__ import annotations

import datetime as dt
import os
from functools import cache

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.errors import ValidationError

#: failed attempts in a row that lock the account, and for how long
MAX_FAILURES = 5
LOCKED_FOR = dt.timedelta(minutes=15)
MIN_LENGTH = 12


def _hash(password: str) -> str:
    # the second recommended option of RFC 9106 is 64 MiB; OWASP's 19 MiB, 2 passes keep a
    # small server answering a team signing in at 9 o'clock
    kdf = Argon2id(salt=os.urandom(16), length=32, iterations=2, lanes=1, memory_cost=19456)
    return kdf.derive_phc_encoded(password.encode())


def set_password(session: Session, user_name: str, password: str) -> None:
    """The user's password (the account made if need be), unlocked."""
    if len(password) < MIN_LENGTH:
        raise ValidationError("A password has at least {count} characters.",
                              count=str(MIN_LENGTH))
    account = _account(session, user_name) or E.ServerAccount(user_name=user_name)
    account.password_hash, account.failures, account.locked_until = _hash(password), 0, None
    session.add(account)
    session.flush()


def check_password(session: Session, user_name: str, password: str) -> bool:
    """Whether the password is the user's. A locked account answers no, whatever is given;
    the caller commits, so that failures count."""
    account = _account(session, user_name)
    if account is None:  # as long to answer as a wrong password: no hint that it exists
        _verifies(password, _unknown_hash())
        return False
    if locked(account):
        return False
    if not _verifies(password, account.password_hash):
        account.failures += 1
        if account.failures >= MAX_FAILURES:
            account.locked_until, account.failures = clock.now() + LOCKED_FOR, 0
        session.flush()
        return False
    account.failures, account.locked_until = 0, None
    session.flush()
    return True


@cache
def _unknown_hash() -> str:
    return _hash(os.urandom(16).hex())


def _verifies(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode(), encoded)
    except InvalidKey:
        return False
    return True


def locked(account: E.ServerAccount) -> bool:
    return account.locked_until is not None and clock.now() < account.locked_until


def _account(session: Session, user_name: str) -> E.ServerAccount | None:
    return session.scalars(select(E.ServerAccount).where(
        E.ServerAccount.user_name == user_name)).first()
