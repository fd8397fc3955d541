"""Attributes: definitions (BR-ATR-01..03, -11), typed values (BR-ATR-04..07) and sets
attached to business objects (BR-ATR-08, BR-ATR-09)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.attribute_zooms import ZOOMS, zoom_of
from desktop.crm.db.records import existing, rule
from desktop.crm.enums import (
    Alignment,
    AttributeObjectKind,
    AttributeType,
    CaseConversion,
    ZoomValidation,
)
from desktop.crm.errors import NotAllowedError, ValidationError


def attach_set(session: Session, kind: AttributeObjectKind, object_id: int,
               attribute_set: E.AttributeSet) -> int:
    """Attach every member of the set with an empty value, unless already attached.

    Returns the number of attributes added.
    """
    present = set(session.scalars(
        select(E.AttributeValue.attribute_id).where(
            E.AttributeValue.object_kind == kind, E.AttributeValue.object_id == object_id)))
    added = 0
    for member in attribute_set.members:
        if member.attribute_id in present:
            continue
        session.add(E.AttributeValue(object_kind=kind, object_id=object_id,
                                     attribute_id=member.attribute_id,
                                     attribute_set_id=attribute_set.id))
        present.add(member.attribute_id)
        added += 1
    return added


# -- attribute definitions (BR-ATR-01..03, -07, -11) ----------------------------------------
LENGTHS = {AttributeType.ALPHANUMERIC: (1, 40), AttributeType.DOUBLE: (1, 14),
           AttributeType.INTEGER: (1, 10)}


def attribute_names(session: Session) -> list[tuple[str, str]]:
    """Every attribute's code and label, by code: the completion of editors and catalogues."""
    return [(code, label) for code, label in session.execute(
        select(E.Attribute.code, E.Attribute.label).order_by(E.Attribute.code))]


def settable_fields(data_type: AttributeType | None) -> set[str]:
    """The definition fields a type lets the user set (BR-ATR-02, -03, -05, -07): length for
    the types whose length is not fixed, case, alignment and a list for Alphanumeric,
    options for Option."""
    fields = {"length"} if data_type in LENGTHS else set()
    if data_type is AttributeType.ALPHANUMERIC:
        fields |= {"case_conversion", "alignment", "zoom_code", "zoom_validation"}
    if data_type is AttributeType.OPTION:
        fields.add("options")
    return fields


DEPENDENT_FIELDS = ("length", "case_conversion", "alignment", "zoom_code", "zoom_validation",
                    "options")


@rule(E.Attribute)
def _attribute_definition(session: Session, attribute: E.Attribute) -> None:
    if not (attribute.search_key or "").strip():
        attribute.search_key = (attribute.label or "")[:16]  # BR-ATR-01
    bounds = LENGTHS.get(attribute.data_type)
    if bounds is None:
        attribute.length = None  # fixed by the system (BR-ATR-03)
    elif attribute.length is None or not bounds[0] <= attribute.length <= bounds[1]:
        raise ValidationError("The length of a {type_label} attribute is {low} to {high}.",
                              field="length", type_label=attribute.data_type.value,
                              low=bounds[0], high=bounds[1])
    if attribute.data_type is not AttributeType.ALPHANUMERIC:  # BR-ATR-02
        attribute.case_conversion, attribute.alignment = CaseConversion.NO, Alignment.NO
    _zoom_definition(attribute)


def _zoom_definition(attribute: E.Attribute) -> None:
    attribute.zoom_code = (attribute.zoom_code or "").strip().lower()
    if not attribute.zoom_code:
        attribute.zoom_validation = ZoomValidation.NOT_MANDATORY
        return
    if attribute.zoom_code not in ZOOMS:
        raise ValidationError("{code} is not a list values can be chosen from; use one of "
                              "{codes}.", field="zoom_code", code=attribute.zoom_code,
                              codes=", ".join(ZOOMS))
    if attribute.data_type is not AttributeType.ALPHANUMERIC:
        raise ValidationError("Only Alphanumeric attributes take their value from a list.",
                              field="zoom_code")


def delete_attribute(session: Session, attribute: E.Attribute) -> None:
    """Refused while values exist (BR-ATR-11)."""
    used = session.scalar(select(func.count()).select_from(E.AttributeValue).where(
        E.AttributeValue.attribute_id == attribute.id))
    if used:
        raise NotAllowedError("Attribute {code} has {count} value(s); it cannot be deleted.",
                              code=attribute.code, count=used)
    session.delete(attribute)


# -- values (BR-ATR-04..06) -------------------------------------------------------------------
def set_value(session: Session, row: E.AttributeValue, text: str) -> None:
    """Store a value typed by the user in the column of the attribute's type."""
    attribute = row.attribute or existing(session, E.Attribute, row.attribute_id)
    text = (text or "").strip()
    text = _zoom_value(session, attribute, text)
    row.value_text = row.value_number = row.value_date = row.value_time = None
    row.option, row.option_id = None, None
    if not text:
        return
    kind = attribute.data_type
    if kind is AttributeType.OPTION:
        option = next((o for o in attribute.options if o.option_value.lower() == text.lower()),
                      None)
        if option is None:
            raise ValidationError("{value} is not an option of {label}: choose one of {options}.",
                                  field="value", value=text, label=attribute.label,
                                  options=", ".join(o.option_value for o in attribute.options))
        row.option, row.option_id = option, option.id
    elif kind in (AttributeType.INTEGER, AttributeType.DOUBLE):
        row.value_number = _number(attribute, text)
    elif kind is AttributeType.DATE:
        row.value_date = _date(text)
    elif kind is AttributeType.TIME:
        row.value_time = _time(text)
    else:
        row.value_text = _alphanumeric(attribute, text) if kind is AttributeType.ALPHANUMERIC \
            else text


def _zoom_value(session: Session, attribute: E.Attribute, text: str) -> str:
    """BR-ATR-07: Mandatory wants a code of the list; Mandatory Unless Empty also takes none."""
    zoom, rule_ = zoom_of(attribute), attribute.zoom_validation
    if zoom is None or rule_ is ZoomValidation.NOT_MANDATORY:
        return text
    if not text:
        if rule_ is ZoomValidation.MANDATORY:
            raise ValidationError("{label} needs a code from {list_label}.", field="value",
                                  label=attribute.label, list_label=zoom.entity.entity_label)
        return text
    found = zoom.find(session, text)
    if found is None:
        raise ValidationError("{value} is not in {list_label}; press F2 to choose.",
                              field="value", value=text, list_label=zoom.entity.entity_label)
    return found


def _number(attribute: E.Attribute, text: str) -> Decimal:
    try:
        number = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("{value} is not a number.", field="value", value=text) from None
    if not number.is_finite():  # Decimal reads "NaN" and "Infinity"; no answer is either
        raise ValidationError("{value} is not a number.", field="value", value=text)
    if attribute.data_type is AttributeType.INTEGER and number != number.to_integral_value():
        raise ValidationError("{label} takes whole numbers.", field="value",
                              label=attribute.label)
    digits = len(str(abs(number.to_integral_value())))
    if attribute.length and digits > attribute.length:
        raise ValidationError("{label} takes at most {length} digits.", field="value",
                              label=attribute.label, length=attribute.length)
    return number


def _date(text: str) -> dt.date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d%m%Y", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError("{value} is not a valid date.", field="value", value=text)


def _time(text: str) -> dt.time:
    match = re.fullmatch(r"(\d{1,2}):?(\d{2})", text)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return dt.time(int(match[1]), int(match[2]))
    raise ValidationError("{value} is not a valid time (HHMM).", field="value", value=text)


def _alphanumeric(attribute: E.Attribute, text: str) -> str:
    if attribute.length and len(text) > attribute.length:
        raise ValidationError("{label} takes at most {length} characters.", field="value",
                              label=attribute.label, length=attribute.length)
    if attribute.case_conversion is CaseConversion.UPPER:
        return text.upper()
    if attribute.case_conversion is CaseConversion.LOWER:
        return text.lower()
    return text


def display_value(row: E.AttributeValue) -> str:
    """The value as the user typed it (the inverse of set_value)."""
    if row.option is not None:
        return row.option.option_value
    if row.value_date is not None:
        return row.value_date.strftime("%d/%m/%Y")
    if row.value_time is not None:
        return row.value_time.strftime("%H%M")
    if row.value_number is not None:
        number = row.value_number.normalize()
        return f"{number:f}"
    return row.value_text or ""


def attach_attribute(session: Session, kind: AttributeObjectKind, object_id: int,
                     attribute: E.Attribute) -> E.AttributeValue:
    """Add one attribute to an object (empty value); refused when already attached."""
    present = session.scalar(select(func.count()).select_from(E.AttributeValue).where(
        E.AttributeValue.object_kind == kind, E.AttributeValue.object_id == object_id,
        E.AttributeValue.attribute_id == attribute.id))
    if present:
        raise ValidationError("{code} is already attached.", code=attribute.code)
    row = E.AttributeValue(object_kind=kind, object_id=object_id, attribute=attribute)
    session.add(row)
    return row


def value_editor(session: Session, value_id: int) -> tuple[AttributeType, list[str], str]:
    """What an editor of one attribute value needs: its type, its options, its text."""
    row = existing(session, E.AttributeValue, value_id)
    return (row.attribute.data_type, [o.option_value for o in row.attribute.options],
            display_value(row))


def value_zoom(session: Session, value_id: int):
    """The list (BR-ATR-07) a value is chosen from, or None."""
    row = session.get(E.AttributeValue, value_id)
    return zoom_of(row.attribute) if row is not None else None
