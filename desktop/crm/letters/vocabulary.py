"""The words a letter's spell check should know besides the dictionary's: the names and
cities of the partners and the names of their contacts, read once when a letter opens."""

from __future__ import annotations

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from desktop.crm import entities as E


def customer_texts(session: Session) -> list[str]:
    """Each distinct name and city once (a large database names the same cities often)."""
    BP, C = E.BusinessPartner, E.Contact
    texts = union(select(BP.name), select(BP.city), select(C.last_name), select(C.first_name))
    return [text for text in session.scalars(select(texts.subquery().c[0])) if text]


__all__ = ["customer_texts"]
