"""What the user is told after a .docx came back into a letter: what the editor could not
hold and kept as text, the fields kept as the text they showed, the merge fields lost inside
another field, and each MERGEFIELD this letter's object cannot merge with the closest field of
the catalogue (a Word merge's "Nom" is most likely contact.last_name)."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.crm.enums import BusinessObjectKind
from desktop.crm.letters.docx_import import KEPT_LABELS, Imported
from desktop.crm.letters.fields import canonical, catalogue, unknown_fields

#: the names Word users give their data's columns, by the field they mean
ALIASES = {
    "nom": "contact.last_name", "lastname": "contact.last_name", "surname": "contact.last_name",
    "prenom": "contact.first_name", "firstname": "contact.first_name",
    "civilite": "@contact.salutation", "title": "@contact.salutation",
    "salutation": "@contact.salutation", "societe": "bp.name", "entreprise": "bp.name",
    "raisonsociale": "bp.name", "company": "bp.name", "organisation": "bp.name",
    "ville": "bp.city", "city": "bp.city", "town": "bp.city", "pays": "bp.country",
    "country": "bp.country", "email": "contact.email", "courriel": "contact.email",
    "mail": "contact.email", "fonction": "contact.job_title", "jobtitle": "contact.job_title",
    "date": "@today", "aujourdhui": "@today",
}


def note(message: str, **params) -> tuple[str, dict]:
    return message, params


def _key(text: str) -> str:
    """A name as people spell it variously: no accents, case, spaces or punctuation."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def closest_field(name: str, names: dict[str, str]) -> str:
    """The catalogue's field closest to ``name``; ``names`` maps spellings (a field's name,
    its label in each language) to the field. "" when nothing is close."""
    key = _key(name)
    if ALIASES.get(key) in names.values():
        return ALIASES[key]
    found = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    return names[found[0]] if found else ""


def import_notes(session: Session, object_kind: BusinessObjectKind, imported: Imported,
                 translate: Callable[[str], str] = lambda text: text) -> list[str]:
    """The sentences to show, in the user's language (``translate``); none when the document
    came back whole."""
    notes = []
    if imported.kept_as_text:
        parts = ", ".join(f"{translate(KEPT_LABELS.get(kind, kind))} ({count})"
                          for kind, count in imported.kept_as_text.items())
        notes.append(note("The editor cannot show some parts of this document, so their text "
                          "was kept as plain paragraphs: {parts}.", parts=parts))
    if imported.fields:
        fields = ", ".join(f"{kind} ({count})" for kind, count in imported.fields.items())
        notes.append(note("Fields the editor cannot hold were kept as the text they showed: "
                          "{fields}.", fields=fields))
    kept = {f.name for f in imported.document.fields()}
    lost = [name for name in dict.fromkeys(imported.hidden_fields)
            if canonical(name) not in kept]  # shown elsewhere (an IF's result): kept
    if lost:
        notes.append(note("Merge fields used inside another field (an IF's condition) were "
                          "left out: {fields}.", fields=", ".join(lost)))
    unknown = unknown_fields(session, object_kind, [f.name for f in imported.document.fields()])
    if unknown:
        notes.append(note("A letter on {object_label} cannot merge {fields}: replace them with "
                          "fields of the catalogue before saving.", object_label=translate(
                              object_kind.label), fields=", ".join(
                                  _suggested(session, object_kind, unknown, translate))))
    return [_sentence(message, params, translate) for message, params in notes]


def _sentence(message: str, params: dict, translate: Callable[[str], str]) -> str:
    try:
        return translate(message).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
        return message.format(**params)


def _suggested(session: Session, object_kind: BusinessObjectKind, unknown: list[str],
               translate: Callable[[str], str]) -> list[str]:
    names: dict[str, str] = {}
    for entry in catalogue(session, object_kind):
        for spelling in (entry.name, entry.label, translate(entry.label)):
            names.setdefault(_key(spelling), entry.name)
    found = []
    for name in unknown:
        closest = closest_field(name, names)
        found.append(_sentence(*note("«{name}» (closest: {closest})", name=name,
                                     closest=closest), translate) if closest else f"«{name}»")
    return found


__all__ = ["closest_field", "import_notes"]
