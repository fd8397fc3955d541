"""Merging a letter on records (BR-LET-02..04): the values of its fields for each record, and
the letter with the fields replaced by them. An empty value is merged as nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, func, literal, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.expressions.compiler import related_value, value_of
from desktop.crm.letters.document import (
    LINE_BREAK,
    Cell,
    Document,
    Field,
    Inline,
    Paragraph,
    Picture,
    Table,
    Text,
)
from desktop.crm.letters.fields import KIND, canonical, field_length
from desktop.crm.parameters import com_parameters

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


#: a salutation as the contact's card holds it, in the letter's language (lower-case keys)
SALUTATIONS = {
    "en": {"monsieur": "Mr", "m.": "Mr", "madame": "Mrs", "mme": "Mrs", "mme.": "Mrs",
           "mademoiselle": "Miss", "mlle": "Miss", "docteur": "Dr", "dr": "Dr",
           "professeur": "Professor", "pr": "Professor", "maître": "Maître", "me": "Maître"},
    "fr": {"mr": "Monsieur", "mr.": "Monsieur", "sir": "Monsieur", "mrs": "Madame",
           "mrs.": "Madame", "ms": "Madame", "ms.": "Madame", "madam": "Madame",
           "miss": "Mademoiselle", "dr": "Docteur", "dr.": "Docteur",
           "professor": "Professeur", "prof.": "Professeur"},
}
#: line breaks as data holds them (Word's vertical tab, a paste's CR LF, Unicode's
#: separators) and characters XML 1.0 does not allow (W3C XML 1.0 §2.2 Char), which Word and
#: LibreOffice refuse in a document: C0 controls but tab, DEL, C1, U+FFFE/U+FFFF, surrogates
_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2029]")
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_CHECK = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2029\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` as a letter can hold it: its line breaks as the letter's, the characters no
    document may contain removed. A record's text never breaks a merge."""
    if _CHECK.search(text) is None:
        return text
    return _NOT_XML.sub("", _BREAKS.sub(LINE_BREAK, text))


def salutation(text: str, language: str) -> str:
    """A known salutation (Madame, Mr ...) in the letter's language; another one as it is."""
    return SALUTATIONS.get(language, {}).get(text.strip().lower(), text)


def long_date(day: dt.date, language: str) -> str:
    """A date as a letter writes it: "2 décembre 2026", "2 December 2026"."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def number_text(value: Decimal | float | int, language: str) -> str:
    """A number with the letter language's separators, decimals only where there are some."""
    value = Decimal(value)
    text = f"{value:,.2f}" if value != value.to_integral_value() else f"{value:,.0f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def merge_values(session: Session, object_kind: BusinessObjectKind, record_ids: Iterable[int],
                 names: Iterable[str], *, employee_id: int | None = None, language: str = "fr",
                 today: dt.date | None = None,
                 translate: Callable[[str], str] = lambda text: text,
                 raw: bool = False) -> dict[int, dict[str, Any]]:
    """{record id: {field name: merged text}} for the records of ``object_kind``, read in one
    query. ``translate`` turns the English label of a status or type into the letter's
    language. ``raw`` keeps numbers and dates as values (a data file formats them itself).
    Raises ExpressionError for a field the catalogue does not know."""
    kind = KIND[object_kind]
    entity = ENTITY[kind]
    names = list(dict.fromkeys(canonical(n) for n in names))
    day = today or clock.today()
    constants: dict[str, Any] = _constants(session, employee_id, language, day)
    if raw:
        constants["@today"] = day
    columns: list = []
    readers: list[tuple[str, Callable]] = []
    for name in names:
        if name in constants:
            continue
        expression, reader = _column(session, kind, name, language, translate, raw)
        columns.append(expression.label(f"f{len(columns)}"))
        readers.append((name, reader))
    ids = list(record_ids)
    found: dict[int, dict[str, str]] = {}
    if columns:
        rows = session.execute(select(entity.id, *columns).where(entity.id.in_(ids)))
    else:
        rows = session.execute(select(entity.id).where(entity.id.in_(ids)))
    for row in rows:
        values = dict(constants)
        values.update({name: reader(row[index + 1]) for index, (name, reader)
                       in enumerate(readers)})
        found[row[0]] = {name: values.get(name, "") for name in names}
    return found


def _constants(session: Session, employee_id: int | None, language: str,
               today: dt.date) -> dict[str, str]:
    user = session.get(E.Employee, employee_id) if employee_id else None
    return {"@today": long_date(today, language),
            "@user": clean_text(user.name) if user else "",
            "@company": clean_text(com_parameters(session).company_name or "")}


def _column(session, kind: str, name: str, language: str, translate, raw: bool = False):
    """(SQL expression, reader of its value) for one field or variable."""
    C, BP = E.Contact, E.BusinessPartner
    contact = lambda column: related_value(session, kind, "contact", column)  # noqa: E731
    if name == "@bef.lst.name":
        return _or_null(contact(C.before_surname_prefix)), _capitalised
    if name == "@contact.salutation":
        return _or_null(contact(C.salutation)), lambda raw_: salutation(_text(raw_), language)
    if name == "@cor.nama":
        last = contact(func.nullif(C.last_name, ""))
        partner = related_value(session, kind, "bp", BP.name)
        parts = [p for p in (last, partner) if p is not None]
        return (func.coalesce(*parts) if len(parts) > 1 else _or_null(parts[0] if parts
                                                                      else None)), _text
    value = value_of(session, kind, name)
    expression = value.sql if value.sql is not None else literal(None)
    if value.enum is not None:
        labels = {member.name: member.label for member in value.enum}
        return expression, lambda raw_: translate(labels.get(raw_, raw_ or "")) if raw_ else ""
    if raw and value.type == "number":  # the column's decimals, whichever database read it
        quantum = Decimal(1).scaleb(-number_decimals(value))
        return expression, lambda raw_: None if raw_ is None else \
            Decimal(repr(raw_) if isinstance(raw_, float) else raw_).quantize(quantum)
    if raw:
        return expression, _raw
    return expression, lambda raw_: _formatted(raw_, language)


def number_decimals(value) -> int:
    """The decimals a number field shows: its SQL column's scale (SQLite's arithmetic may
    hand back a float where PostgreSQL gives the column's Decimal)."""
    type_ = getattr(value.sql, "type", None)
    scale = getattr(type_, "scale", None)
    if scale is None and isinstance(type_, Integer):
        return 0
    return 2 if scale is None else min(int(scale), 4)


def _or_null(expression):
    return expression if expression is not None else literal(None)


def _text(raw) -> str:
    return "" if raw is None else clean_text(str(raw))


def _raw(value):
    return clean_text(value) if isinstance(value, str) else value


def _capitalised(raw) -> str:
    text = _text(raw)
    return text[:1].upper() + text[1:]


def _formatted(raw, language: str) -> str:
    if raw is None or raw == "":
        return ""
    if isinstance(raw, dt.datetime):
        return f"{long_date(raw.date(), language)} {raw:%H:%M}"
    if isinstance(raw, dt.date):
        return long_date(raw, language)
    if isinstance(raw, bool):
        return "X" if raw else ""
    if isinstance(raw, (Decimal, float, int)):
        return number_text(raw, language)
    return clean_text(str(raw))


# -- the merged document ------------------------------------------------------------------------
def merged(document: Document, values: dict[str, str]) -> Document:
    """The letter with each field replaced by its value, in the field's format: a ``#`` field
    starts at the column it stands at in the layout, a ``%`` field is padded or cut to its
    length (BR-LET-04). A field without a value merges as nothing."""
    return replace(document, blocks=tuple(_merged_block(b, values) for b in document.blocks))


def _merged_block(block, values):
    if isinstance(block, Table):
        return Table(tuple(tuple(Cell(tuple(_merged_paragraph(p, values) for p in cell.paragraphs))
                                 for cell in row) for row in block.rows))
    return _merged_paragraph(block, values)


def _merged_paragraph(paragraph: Paragraph, values: dict[str, str]) -> Paragraph:
    out: list[Inline] = []
    layout_column = merged_column = 0  # characters since the line's start, in each
    for inline in paragraph.inlines:
        if isinstance(inline, Picture):
            out.append(inline)
            layout_column += 1
            merged_column += 1
            continue
        if isinstance(inline, Text):
            out.append(inline)
            layout_column = _advance(layout_column, inline.text)
            merged_column = _advance(merged_column, inline.text)
            continue
        value = _placed(inline, values.get(canonical(inline.name), ""), layout_column,
                        merged_column)
        out.append(Text(value, inline.style))
        layout_column += len(inline.token)
        merged_column = _advance(merged_column, value)
    return replace(paragraph, inlines=tuple(out))


def _placed(field: Field, value: str, layout_column: int, merged_column: int) -> str:
    if field.placement == "%":
        length = field_length(field.name)
        return value[:length].ljust(length)
    if field.placement == "#" and merged_column < layout_column:
        return " " * (layout_column - merged_column) + value
    return value


def _advance(column: int, text: str) -> int:
    """The column after ``text``: a line break starts a new line."""
    if LINE_BREAK in text:
        return len(text.rsplit(LINE_BREAK, 1)[1])
    return column + len(text)
