"""Contacts written as vCards (3.0, RFC 2426, what Outlook and phones read; or 4.0, RFC 6350)
with vobject. A card carries the contact's code in its UID, so a card read back updates the
contact it came from (desktop.crm.io.vcard_import reads them)."""

from __future__ import annotations

from collections.abc import Iterable

import vobject

from desktop.crm import entities as E

UID_PREFIX = "urn:crm-desktop:contact:"
VERSIONS = ("3.0", "4.0")


def contact_card(contact: E.Contact, version: str = "3.0"):
    """One contact as a vobject vCard component."""
    if version not in VERSIONS:
        raise ValueError(version)
    card = vobject.vCard()
    card.add("version").value = version
    family = " ".join(p for p in (contact.before_surname_prefix, contact.last_name) if p)
    card.add("n").value = vobject.vcard.Name(family=family, given=contact.first_name,
                                             prefix=contact.salutation)
    card.add("fn").value = contact.full_name or contact.code
    card.add("uid").value = f"{UID_PREFIX}{contact.code}"
    if contact.business_partner is not None:
        card.add("org").value = [contact.business_partner.name]
    if contact.job_title:
        card.add("title").value = contact.job_title
    if contact.email:
        email = card.add("email")
        email.value, email.type_param = contact.email, "work" if version == "4.0" else "INTERNET"
    for number, kind in ((contact.office_phone, "work"), (contact.mobile_phone, "cell")):
        if number:
            tel = card.add("tel")
            tel.value, tel.type_param = number, kind if version == "4.0" else kind.upper()
    if contact.language:
        card.add("lang" if version == "4.0" else "x-lang").value = contact.language
    return card


def write_vcards(contacts: Iterable[E.Contact], version: str = "3.0") -> str:
    """The cards one after the other, with CRLF line ends as RFC 6350 asks."""
    return "".join(contact_card(c, version).serialize() for c in contacts)
