"""The merge fields a letter may hold (BR-LET-01): the catalogue fields (E30) of its business
object and of the objects related to it, the attributes of those objects, and the @variables
(BR-LET-02/03, Q-LET-1). Also reads the fields written in a plain-text layout."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.attributes import attribute_names
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.expressions.catalogue import _FIELDS, ATTRIBUTE_KIND, FIELDS, find
from desktop.crm.letters.document import Field, Inline, Text

KIND = {BusinessObjectKind.BUSINESS_PARTNER: "bp", BusinessObjectKind.CONTACT: "contact",
        BusinessObjectKind.OPPORTUNITY: "opportunity", BusinessObjectKind.ACTIVITY: "activity"}
#: the objects whose fields a letter on an object of each kind reaches (BR-SEL-16)
REACHES = {"bp": ("bp", "contact"), "contact": ("contact", "bp"),
           "opportunity": ("opportunity", "bp", "contact"),
           "activity": ("activity", "bp", "contact", "opportunity")}
GROUP = {"bp": "Business partner", "contact": "Contact", "opportunity": "Opportunity",
         "activity": "Activity"}
ATTRIBUTE_GROUP = {"bp": "Attributes of the business partner",
                   "contact": "Attributes of the contact",
                   "opportunity": "Attributes of the opportunity",
                   "activity": "Attributes of the activity"}
VARIABLES_GROUP = "Variables"
#: @variables with what they stand for (BR-LET-02, BR-LET-03, Q-LET-1)
VARIABLES = {
    "@today": "Today's date",
    "@bef.lst.name": "Contact's before-surname prefix, capitalised",
    "@cor.nama": "Correspondence name (the contact's last name, else the partner's name)",
    "@contact.salutation": "Contact's salutation",
    "@user": "Your name",
    "@company": "Your company's name",
}
#: the variables of a report's header and footer (BR-REP-05, Q-REP-1)
PAGE_VARIABLES = {
    "@today": "Today's date",
    "@page": "Page number",
    "@pages": "Number of pages",
    "@report": "Report description",
    "@user": "Your name",
    "@company": "Your company's name",
}
VARIABLE_LENGTH, ATTRIBUTE_LENGTH, DEFAULT_LENGTH = 30, 40, 20
ATTRIBUTE_REF = re.compile(r"\(\s*([RPCA])\s*,\s*([A-Za-z0-9_]+)\s*\)", re.IGNORECASE)
_TOKEN = re.compile(r"(?P<placement>[#%]?)(?P<name>@[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_]"
                    r"|\(\s*[RPCArpca]\s*,\s*[A-Za-z0-9_]+\s*\)"
                    r"|[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)")


@dataclass(frozen=True)
class MergeEntry:
    """A line of the catalogue the editor searches."""

    name: str
    label: str
    group: str


def canonical(name: str) -> str:
    """The one spelling of a field name: attributes as ``(R, CODE)``, others in lower case."""
    match = ATTRIBUTE_REF.fullmatch(name.strip())
    if match:
        return f"({match.group(1).upper()}, {match.group(2).upper()})"
    return name.strip().lower()


def is_known_form(name: str) -> bool:
    """Whether ``name`` has the form of a merge field (whatever the letter's object)."""
    name = canonical(name)
    return name in VARIABLES or name in PAGE_VARIABLES or find(name) is not None or \
        ATTRIBUTE_REF.fullmatch(name) is not None


def parse_plain(text: str) -> tuple[Inline, ...]:
    """Text with the merge fields written in it (``Dear @cor.nama``, ``#bp.name``) as texts
    and fields; what only looks like a field (``e.g.``) stays text."""
    inlines: list[Inline] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if not is_known_form(match.group("name")):
            continue
        if match.start() > position:
            inlines.append(Text(text[position:match.start()]))
        inlines.append(Field(canonical(match.group("name")), placement=match.group("placement")))
        position = match.end()
    if position < len(text):
        inlines.append(Text(text[position:]))
    return tuple(inlines)


def catalogue(session: Session, object_kind: BusinessObjectKind) -> list[MergeEntry]:
    """What a letter on ``object_kind`` may merge: the variables, the catalogue fields of the
    objects it reaches, and their attributes."""
    kind = KIND[object_kind]
    reach = REACHES[kind]
    entries = [MergeEntry(name, label, VARIABLES_GROUP) for name, label in VARIABLES.items()]
    entries += [MergeEntry(f.name, f.label, GROUP[f.owner]) for f in _FIELDS if f.owner in reach]
    letters = [letter for letter, owner in ATTRIBUTE_KIND.items() if owner in reach]
    for code, label in attribute_names(session):
        entries += [MergeEntry(f"({letter}, {code})", label,
                               ATTRIBUTE_GROUP[ATTRIBUTE_KIND[letter]]) for letter in letters]
    return entries


def unknown_fields(session: Session, object_kind: BusinessObjectKind,
                   names: list[str]) -> list[str]:
    """The names a letter on ``object_kind`` cannot merge, in their order."""
    kind = KIND[object_kind]
    codes = {code.upper() for code in session.scalars(select(E.Attribute.code))}
    wrong = []
    for name in names:
        if not _merges(kind, canonical(name), codes) and name not in wrong:
            wrong.append(name)
    return wrong


def _merges(kind: str, name: str, attribute_codes: set[str]) -> bool:
    if name.startswith("@"):
        return name in VARIABLES
    match = ATTRIBUTE_REF.fullmatch(name)
    if match:
        return ATTRIBUTE_KIND[match.group(1)] in REACHES[kind] and match.group(2) in attribute_codes
    field = find(name)
    return field is not None and field.owner in REACHES[kind]


def field_length(name: str) -> int:
    """The width a ``%`` field is padded or cut to (BR-LET-04): the column's length."""
    name = canonical(name)
    if name.startswith("@"):
        return VARIABLE_LENGTH
    if ATTRIBUTE_REF.fullmatch(name):
        return ATTRIBUTE_LENGTH
    field = FIELDS.get(name)
    if field is None:
        return DEFAULT_LENGTH
    column = field.column
    type_ = getattr(getattr(column, "expression", column), "type", None)
    if isinstance(type_, String) and type_.length:
        return type_.length
    return {"number": 15, "date": 10}.get(field.type, DEFAULT_LENGTH)
