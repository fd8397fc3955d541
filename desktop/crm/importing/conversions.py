"""Cells of an imported file into field values: dates and numbers as the file's locale writes
them, countries by name or code, phone numbers in international form. A cell that cannot be
read raises CrmError saying what it expected."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

import phonenumbers

from desktop.crm.errors import CrmError
from desktop.crm.importing.damage import postcode, refuse_lost_digits
from desktop.crm.text_search import fold

COUNTRIES = {  # names in French and English, folded
    "france": "FR", "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH",
    "allemagne": "DE", "germany": "DE", "deutschland": "DE", "espagne": "ES", "spain": "ES",
    "italie": "IT", "italy": "IT", "pays-bas": "NL", "netherlands": "NL", "luxembourg": "LU",
    "royaume-uni": "GB", "united kingdom": "GB", "uk": "GB", "portugal": "PT",
    "autriche": "AT", "austria": "AT", "finlande": "FI", "finland": "FI", "suede": "SE",
    "sweden": "SE", "danemark": "DK", "denmark": "DK", "irlande": "IE", "ireland": "IE",
    "pologne": "PL", "poland": "PL", "etats-unis": "US", "united states": "US", "usa": "US",
    "canada": "CA", "maroc": "MA", "morocco": "MA", "tunisie": "TN", "tunisia": "TN"}
DATE_FORMATS = {True: ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y", "%Y-%m-%d"),
                False: ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d.%m.%Y")}


def text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a code or a postal code Excel stored as a number
    return str(value).strip()


def to_date(value, day_first: bool = True) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value).split(" ")[0]
    for pattern in DATE_FORMATS[day_first]:
        try:
            return dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise CrmError("“{value}” is not a date.", value=text(value))


def to_number(value, decimal_comma: bool = True) -> Decimal | None:
    """"1 234,56", "1.234,56" or "1,234.56" as the file's locale writes them."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float, Decimal)):
        return _finite(Decimal(str(value)), value)
    raw = re.sub(r"[\s\u00a0\u202f€$£]", "", text(value))
    if "," in raw and "." in raw:
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
    else:
        decimal = "," if decimal_comma else "."
    thousands = "." if decimal == "," else ","
    try:
        number = Decimal(raw.replace(thousands, "").replace(decimal, "."))
    except InvalidOperation:
        raise CrmError("“{value}” is not a number.", value=text(value)) from None
    return _finite(number, value)


def _finite(number: Decimal, value) -> Decimal:
    # Decimal reads "NaN" and "Infinity" as numbers; no amount or limit can be either.
    if not number.is_finite():
        raise CrmError("“{value}” is not a number.", value=text(value))
    return number


def to_country(value) -> str:
    raw = text(value)
    if not raw:
        return ""
    if len(raw) == 2 and raw.isalpha():
        return raw.upper()
    code = COUNTRIES.get(fold(raw).strip())
    if code is None:
        raise CrmError("“{value}” is not a country this import knows: use its two-letter "
                       "code (FR, BE, DE...).", value=raw)
    return code


def to_phone(value, country: str = "FR") -> str:
    """"04 72 00 00 00" in France becomes "+33 4 72 00 00 00", grouped as each country writes
    its numbers (Google's libphonenumber rules, through the phonenumbers package)."""
    raw = text(value)
    if not raw:
        return ""
    digits = NOT_DIGITS.sub("", raw) if PLAIN_PHONE.match(raw) else None
    shape = (country, raw.startswith("+"), digits[:6], len(digits)) if digits is not None \
        else None
    layout = _LAYOUTS.get(shape) if shape else None
    if isinstance(layout, tuple) and digits is not None:  # False: no layout for that shape
        return _fill(layout, digits)
    try:
        number = phonenumbers.parse(raw, country or None)
    except phonenumbers.NumberParseException:
        raise CrmError("“{value}” is not a phone number.", value=raw) from None
    if not phonenumbers.is_possible_number(number):
        raise CrmError("“{value}” is not a phone number.", value=raw)
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if shape:
        _LAYOUTS[shape] = _layout(formatted, raw, str(number.national_number))
    return formatted


# libphonenumber picks a number's grouping from its country, its first digits and its length:
# numbers alike in these are laid out alike, which spares an import of 100,000 numbers as many
# parses. A number whose digits the library changes (a carrier code, an extension) is not kept.
PLAIN_PHONE = re.compile(r"^\+?[\d\s.()/-]+$")
NOT_DIGITS = re.compile(r"\D")
_LAYOUTS: dict[tuple, tuple | bool] = {}


def _layout(formatted: str, raw: str, national: str) -> tuple | bool:
    """``formatted`` with the national number's digits as slots, or False when the national
    number is not the last digits of what was typed."""
    digits = NOT_DIGITS.sub("", raw)
    if not national or not digits.endswith(national):
        return False
    positions = [i for i, c in enumerate(formatted) if c.isdigit()][-len(national):]
    if "".join(formatted[i] for i in positions) != national:
        return False
    return formatted, positions


def _fill(layout: tuple, digits: str) -> str:
    """The layout with the number's own digits in its slots."""
    formatted, positions = layout
    chars = list(formatted)
    for position, digit in zip(positions, digits[-len(positions):], strict=True):
        chars[position] = digit
    return "".join(chars)


YES = {"1", "x", "o", "y", "oui", "yes", "vrai", "true", "ja"}
NO = {"0", "n", "non", "no", "faux", "false", "nein"}


def to_bool(value) -> bool | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return value
    raw = fold(text(value)).strip()
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise CrmError("“{value}” is neither yes nor no.", value=text(value))


def to_enum(value, enum_class):
    """A status or category by its name or its label ("Prospect", "PROSPECT")."""
    raw = text(value)
    if not raw:
        return None
    wanted = fold(raw).strip()
    for member in enum_class:
        if wanted in (fold(member.name), fold(member.label)):
            return member
    raise CrmError("“{value}” is not one of: {choices}.", value=raw,
                   choices=", ".join(m.label for m in enum_class))


IDENTIFIERS = frozenset({"identifier", "vat", "registration", "phone", "postcode"})


def convert(kind, cell, day_first: bool, decimal_comma: bool, country: str,
            notes: list[CrmError] | None = None):
    """A cell as the field of ``kind`` wants it: "text", "multiline", "identifier", "date",
    "number", "country", "phone", "bool", "vat", "registration", "postcode", or an enum class.
    What was repaired on the way is added to ``notes``."""
    if kind in IDENTIFIERS:
        refuse_lost_digits(cell)
    if kind == "date":
        return to_date(cell, day_first)
    if kind == "number":
        return to_number(cell, decimal_comma)
    if kind == "country":
        return to_country(cell)
    if kind == "phone":
        return to_phone(cell, country)
    if kind == "bool":
        return to_bool(cell)
    if kind in ("vat", "registration"):
        return text(cell).upper()
    if kind == "postcode":
        value, note = postcode(text(cell).upper(), country)
        if note is not None and notes is not None:
            notes.append(note)
        return value
    if isinstance(kind, type):
        return to_enum(cell, kind)
    return text(cell)
