"""A first mapping of a file's columns to fields, from their headers: the field's name, its
label in English or in the user's language, or a usual synonym ("Raison sociale", "Société",
"Mail", "Portable"). The user corrects it; a corrected mapping is remembered per layout."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.crm.field_labels import field_label
from desktop.crm.text_search import fold

SYNONYMS = {
    "name": ("nom", "raison sociale", "societe", "entreprise", "company", "company name",
             "organisation", "organization", "client", "customer"),
    "code": ("code", "numero", "id", "identifiant", "reference", "ref"),
    "street": ("adresse", "address", "rue", "adresse 1", "address 1", "street address"),
    "postal_code": ("cp", "code postal", "zip", "zip code", "postcode", "postal code"),
    "city": ("ville", "localite", "town", "commune"),
    "country": ("pays", "country code", "code pays"),
    "phone": ("telephone", "tel", "tel.", "phone number", "standard"),
    "email": ("e-mail", "mail", "courriel", "adresse e-mail", "email address",
              "e-mail address", "e-mail 1 - value", "primary email", "adresse electronique"),
    "website": ("site", "site web", "site internet", "web", "url"),
    "vat_number": ("tva", "n tva", "no tva", "numero de tva", "tva intracommunautaire",
                   "vat", "vat no", "vat number", "n° tva"),
    "registration_number": ("siret", "n siret", "no siret", "numero siret", "siren", "n siren",
                            "company number", "company registration number", "crn",
                            "registration number", "handelsregisternummer", "kvk"),
    "status_effective_date": ("client depuis", "depuis", "date d'effet", "since",
                              "customer since"),
    "credit_limit": ("encours", "encours autorise", "limite de credit"),
    "first_name": ("prenom", "first", "given name"),
    "last_name": ("nom", "nom de famille", "last", "surname", "family name"),
    "job_title": ("fonction", "poste", "titre", "title", "position", "organization title",
                  "organization 1 - title"),
    "business_partner": ("societe", "entreprise", "company", "tiers", "client", "account",
                         "partenaire", "organisation", "organization", "organization name",
                         "organization 1 - name"),
    "office_phone": ("telephone", "tel", "tel bureau", "telephone bureau", "phone",
                     "work phone", "business phone", "phone 2 - value"),
    "mobile_phone": ("portable", "mobile", "gsm", "cell", "telephone portable", "cellphone",
                     "mobile number", "phone 1 - value"),
    "salutation": ("civilite", "title"),
    "is_primary": ("principal", "contact principal", "primary"),
    "language": ("langue", "lang"),
}


def guess_mapping(headers: list[str], fields: Iterable[str],
                  labels: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> field for the headers recognised; each field taken once, by the first
    column that names it most plainly (its name or label before a synonym)."""
    fields = list(fields)
    labels = labels or {}
    names: dict[str, str] = {}
    for name in fields:  # the synonyms first, so that a field's own name or label wins
        for synonym in SYNONYMS.get(name, ()):
            names.setdefault(_key(synonym), name)
    for name in fields:
        for text in (name, name.replace("_", " "), field_label(name), labels.get(name, "")):
            if text:
                names[_key(text)] = name
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        found = names.get(_key(header))
        if found and found not in mapping.values():
            mapping[index] = found
    return mapping


def _key(text: str) -> str:
    return " ".join(fold(text).replace("°", " ").replace("_", " ").replace(".", " ").split())


DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")
COMMA_DECIMAL = re.compile(r"^\s*-?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d+\s*$")
POINT_DECIMAL = re.compile(r"^\s*-?\d{1,3}(?:,\d{3})*\.\d+\s*$")


def guess_locale(table, rows: int = 500) -> tuple[bool, bool]:
    """(day first, decimal comma) as the file's cells write them: a date whose first number
    is over 12 is day first, one whose second is over 12 month first; "1 234,56" has a decimal
    comma, "1,234.56" a point. Without a sign, what the delimiter says: ";" for a French or
    German Excel, "," for an English one."""
    day_first = decimal_comma = None
    for row in table.rows[:rows]:
        for cell in row:
            if not isinstance(cell, str):
                continue
            date = DATE.match(cell)
            if date and day_first is None:
                first, second = int(date.group(1)), int(date.group(2))
                day_first = True if first > 12 else False if second > 12 else None
            if decimal_comma is None:
                decimal_comma = True if COMMA_DECIMAL.match(cell) else \
                    False if POINT_DECIMAL.match(cell) else None
    default = table.delimiter != ","
    return (default if day_first is None else day_first,
            default if decimal_comma is None else decimal_comma)
