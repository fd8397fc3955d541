"""Cells of an imported file into field values: dates and numbers as the file's locale writes
them, countries by name or code, phone numbers in international form. A cell that cannot be
read raises CrmError saying what it expected."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

import phonenumbers

from desktop.crm.errors import CrmError
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
        return Decimal(str(value))
    raw = re.sub(r"[\s\u00a0\u202f€$£]", "", text(value))
    if "," in raw and "." in raw:
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
    else:
        decimal = "," if decimal_comma else "."
    thousands = "." if decimal == "," else ","
    try:
        return Decimal(raw.replace(thousands, "").replace(decimal, "."))
    except InvalidOperation:
        raise CrmError("“{value}” is not a number.", value=text(value)) from None


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
    try:
        number = phonenumbers.parse(raw, country or None)
    except phonenumbers.NumberParseException:
        raise CrmError("“{value}” is not a phone number.", value=raw) from None
    if not phonenumbers.is_possible_number(number):
        raise CrmError("“{value}” is not a phone number.", value=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
