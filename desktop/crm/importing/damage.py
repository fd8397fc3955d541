"""What spreadsheets and copy-pastes do to cells before they reach us, seen and said.

- Control characters (a NUL from a database dump, a form feed pasted from a PDF) are removed:
  PostgreSQL refuses a NUL in text and SQLite keeps it, so they never reach either, and the
  report says where they were.
- Excel shows a long number in scientific notation and writes it so into a CSV: the SIRET
  12345678901234 becomes "1,23457E+13", its last digits lost. In a column of identifiers such a
  cell is refused with what to do in Excel.
- Excel reads a postcode as a number and drops its leading zero ("01000" becomes 1000). Where
  the country writes its postcodes with a fixed number of digits the zeros are put back; a
  postcode that fits no form of its country is flagged. The forms follow Google's address
  metadata (libaddressinput, the "zip" regular expressions of each country).
"""

from __future__ import annotations

import re

from desktop.crm.errors import CrmError

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SPACES = re.compile(r"[\t\r\n]+")
SCIENTIFIC = re.compile(r"^\s*[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*[+-]?\d+\s*$")
EXACT_DIGITS = 15  # Excel keeps 15 significant digits of a number, and zeros after them

# country -> (digits a postcode has when it is digits only, its valid forms)
POSTCODES: dict[str, tuple[int | None, re.Pattern]] = {
    country: (digits, re.compile(rf"^(?:{pattern})$")) for country, digits, pattern in (
        ("FR", 5, r"(?:0[1-9]|[1-8]\d|9[0-8])\d{3}"), ("DE", 5, r"0[1-9]\d{3}|[1-9]\d{4}"),
        ("ES", 5, r"(?:0[1-9]|[1-4]\d|5[0-2])\d{3}"), ("IT", 5, r"\d{5}"),
        ("FI", 5, r"\d{5}"), ("US", 5, r"\d{5}(?:-\d{4})?"), ("MA", 5, r"\d{5}"),
        ("BE", 4, r"[1-9]\d{3}"), ("CH", 4, r"[1-9]\d{3}"), ("AT", 4, r"[1-9]\d{3}"),
        ("DK", 4, r"\d{4}"), ("LU", 4, r"(?:L-?)?\d{4}"), ("TN", 4, r"\d{4}"),
        ("NL", None, r"[1-9]\d{3} ?[A-Z]{2}"), ("PT", None, r"\d{4}-\d{3}"),
        ("SE", None, r"\d{3} ?\d{2}"), ("PL", None, r"\d{2}-\d{3}"),
        ("CA", None, r"[A-Z]\d[A-Z] ?\d[A-Z]\d"), ("IE", None, r"[A-Z]\d[\dW] ?[\dA-Z]{4}"),
        ("GB", None, r"GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"))}


def clean_text(value: str, multiline: bool = False) -> tuple[str, bool]:
    """The text without control characters, and whether any was removed. Line ends and tabs
    are a cell's own (Alt+Enter in Excel): kept in a text of several lines, else a space."""
    removed = CONTROL.search(value) is not None
    if removed:
        value = CONTROL.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline and ("\n" in value or "\t" in value):
        value = SPACES.sub(" ", value)
    return value, removed


def refuse_lost_digits(raw) -> None:
    """An identifier Excel turned into a number and lost digits of."""
    if isinstance(raw, float) and (not raw.is_integer() or abs(raw) >= 10 ** EXACT_DIGITS):
        raise CrmError("“{value}” is a number that lost digits in the spreadsheet; format the "
                       "column as Text and type the identifiers again.", value=repr(raw))
    if isinstance(raw, str) and ("e" in raw or "E" in raw) and SCIENTIFIC.match(raw):
        raise CrmError("“{value}” is an identifier that Excel wrote in scientific notation, "
                       "its last digits lost; format the column as Text in Excel, type the "
                       "identifiers again and save the file once more.", value=raw.strip())


def postcode(value: str, country: str) -> tuple[str, CrmError | None]:
    """The postcode with the zeros Excel dropped put back, and a warning when it was repaired
    or fits no form of the country."""
    rule = POSTCODES.get(country)
    if not value or rule is None:
        return value, None
    digits, form = rule
    if form.match(value.upper()):
        return value, None
    if digits and value.isdigit() and len(value) < digits:
        padded = value.zfill(digits)
        if form.match(padded):
            return padded, CrmError("Postcode {value} read as {restored}: a spreadsheet had "
                                    "dropped its leading zeros.", value=value,
                                    restored=padded)
    return value, CrmError("Postcode {value} is not written as postcodes of {country} are; "
                           "check it.", value=value, country=country)
