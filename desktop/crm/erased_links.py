"""What the sync remembers of an erased person's activities (issue 37).

A link to an Exchange item keeps, group by group, the text the sync last wrote there (its
``synced`` JSON), so that an update writes only what changed. An erasure cannot leave the
person's name in it until the next sync runs, nor replace it by the anonymised text: the sync
would then see nothing to write and Exchange would keep the name. Each group that named the
person becomes ``ERASED`` instead, which no text of an item equals: the push sees the group
changed and writes the anonymised value, the pull takes no remote value against it."""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import rowcount
from desktop.crm.text_search import fold

L = E.ExchangeItemLink

#: stands for a group's text that named an erased person (a NUL never occurs in an item's
#: text: the JSON escapes it, so the column holds plain characters on PostgreSQL too)
ERASED = "\x00erased"


def scrub_links(session: Session, activity_ids: set[int], words: list[str]) -> int:
    """Every group of these activities' links that holds one of ``words`` (whatever its
    case and accents) replaced by ``ERASED``; the links changed."""
    if not activity_ids or not words:
        return 0
    folded_words = [fold(w) for w in words]
    changed = 0
    for link_id, synced in session.execute(select(L.id, L.synced).where(
            L.activity_id.in_(activity_ids), L.synced != "")).all():
        groups = json.loads(synced)
        scrubbed = {name: ERASED if any(w in fold(text) for w in folded_words) else text
                    for name, text in groups.items()}
        if scrubbed != groups:
            changed += rowcount(session.execute(update(L).where(L.id == link_id).values(
                synced=json.dumps(scrubbed, sort_keys=True))))
    return changed
