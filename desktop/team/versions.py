"""Schema revisions a team server and its laptops speak (issue 34, point 8).

Every request carries the sender's schema revision. The server accepts its own and the
previous release's, so laptops upgrade when they can, not all on one morning; older ones are
told to upgrade. Migrations add first and remove later: a release adds columns with defaults
(an older laptop's rows simply lack them), and a column is removed only in the release after
the one that stopped using it. A laptop pushes everything it holds before it upgrades its own
database (desktop.team.replica.upgrade)."""

from __future__ import annotations

from desktop.crm import migrations

#: the schema revision of the previous release: raise it with each release
PREVIOUS_RELEASE = "0011"


def current() -> str:
    return migrations.head_revision()


def accepted() -> frozenset[str]:
    return frozenset({current(), PREVIOUS_RELEASE})


def accepts(revision: str) -> bool:
    return revision in accepted()
