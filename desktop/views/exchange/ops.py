"""The user's actions on the Exchange settings, sync users and sign-in, as plain functions:
of a database session and plain values for Op and Query, or of plain values and the task's
progress (its last argument) for the network work a BackgroundTask runs."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import exchange_settings as X
from desktop.sync.api import test_connection


def test_mailbox(session: Session, account_user: str) -> str:
    """The mailbox Test connection reads: the first active sync user's, else the account."""
    return X.test_mailbox(session) or account_user or ""


def activate_all(session: Session, active: bool) -> None:
    X.activate_all(session, active)


def import_users(session: Session) -> None:
    X.import_users(session)


def connection_test(settings: dict, typed: str | None, mailbox: str, _progress) -> int:
    """Sign in with the form's values and count the items of the mailbox's calendar."""
    return test_connection(settings, typed, mailbox)
