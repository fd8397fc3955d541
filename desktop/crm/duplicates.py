"""Finding duplicate business partners and contacts, on import and on demand.

Two records are the same when they share an e-mail address or a phone number (its digits, the
country prefix aside), or when their names are alike in the same city (for contacts: of the
same partner, or at the same e-mail domain). Names are compared after folding case and accents,
dropping punctuation and legal forms ("SAS", "GmbH"), with rapidfuzz's token ratio: "Béton &
Fils SAS" and "BETON ET FILS" score high. The threshold is the user's.

An index reads the candidates once, so that checking 100,000 rows of an import costs a lookup
per row, not a query.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.text_search import fold

DEFAULT_THRESHOLD = 88
LEGAL_FORMS = {"sa", "sas", "sasu", "sarl", "eurl", "snc", "sca", "scop", "gmbh", "ag", "kg",
               "bv", "nv", "spa", "srl", "sl", "oy", "ab", "as", "ltd", "limited", "inc", "llc",
               "plc", "co", "cie", "et", "and", "und", "the", "le", "la", "les"}
WORDS = re.compile(r"[^\w]+")


def normalized_name(name: str) -> str:
    words = [w for w in WORDS.split(fold(name or "").replace("&", " ")) if w]
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


def normalized_phone(phone: str) -> str:
    """The last nine digits: "+33 4 72 00 00 00" and "04 72 00 00 00" are one number."""
    digits = re.sub(r"\D", "", phone or "")
    return digits[-9:] if len(digits) >= 8 else ""


def normalized_email(email: str) -> str:
    return (email or "").strip().lower()


NUMBERS = re.compile(r"\d+")


def name_score(first: str, second: str) -> int:
    """0-100: how alike two normalized names are, word order aside. Names whose numbers
    differ are different ("Garage 12", "Garage 13"; "Lot 4", "Lot 5")."""
    if not first or not second:
        return 0
    if set(NUMBERS.findall(first)) != set(NUMBERS.findall(second)):
        return 0
    return int(round(fuzz.token_sort_ratio(first, second)))


@dataclass
class Match:
    record_id: int
    code: str
    name: str
    score: int
    reasons: list[str] = field(default_factory=list)  # "e-mail", "phone", "name"


@dataclass
class _Entry:
    record_id: int
    code: str
    name: str
    key: str  # normalized name


class PartnerIndex:
    """The partners by e-mail, phone and city, read once."""

    def __init__(self) -> None:
        self.by_email: dict[str, list[_Entry]] = defaultdict(list)
        self.by_phone: dict[str, list[_Entry]] = defaultdict(list)
        self.by_city: dict[str, list[_Entry]] = defaultdict(list)

    @classmethod
    def load(cls, session: Session) -> PartnerIndex:
        index = cls()
        bp = E.BusinessPartner
        for row in session.execute(select(bp.id, bp.code, bp.name, bp.email, bp.phone,
                                          bp.city)):
            index.add(row.id, row.code, row.name, row.email, row.phone, row.city)
        return index

    def add(self, record_id: int, code: str, name: str, email: str = "", phone: str = "",
            city: str = "") -> None:
        """A record to match against (one just imported, too)."""
        entry = _Entry(record_id, code, name, normalized_name(name))
        for table, key in ((self.by_email, normalized_email(email)),
                           (self.by_phone, normalized_phone(phone)),
                           (self.by_city, fold(city or "").strip())):
            if key:
                table[key].append(entry)

    def matches(self, values: dict, threshold: int = DEFAULT_THRESHOLD,
                exclude: int | None = None) -> list[Match]:
        """The partners ``values`` (name, email, phone, city) may duplicate, best first."""
        found: dict[int, Match] = {}

        def note(entry: _Entry, score: int, reason: str) -> None:
            if entry.record_id == exclude:
                return
            match = found.setdefault(entry.record_id,
                                     Match(entry.record_id, entry.code, entry.name, 0))
            match.score = max(match.score, score)
            match.reasons.append(reason)

        for entry in self.by_email.get(normalized_email(values.get("email", "")), []):
            note(entry, 100, "e-mail")
        for entry in self.by_phone.get(normalized_phone(values.get("phone", "")), []):
            note(entry, 100, "phone")
        key = normalized_name(values.get("name", ""))
        for entry in self.by_city.get(fold(values.get("city") or "").strip(), []):
            score = name_score(key, entry.key)
            if score >= threshold:
                note(entry, score, "name")
        return sorted(found.values(), key=lambda m: (-m.score, m.code))


def partner_matches(session: Session, values: dict, threshold: int = DEFAULT_THRESHOLD,
                    exclude: int | None = None) -> list[Match]:
    """One partner's possible duplicates (a record being entered or imported)."""
    return PartnerIndex.load(session).matches(values, threshold, exclude)


def duplicate_partners(session: Session, threshold: int = DEFAULT_THRESHOLD
                       ) -> list[tuple[Match, Match]]:
    """Every pair of partners that look like one, for a clean-up on demand."""
    index = PartnerIndex.load(session)
    bp = E.BusinessPartner
    pairs: dict[tuple[int, int], tuple[Match, Match]] = {}
    for row in session.execute(select(bp.id, bp.code, bp.name, bp.email, bp.phone, bp.city)
                               .order_by(bp.id)):
        values = {"name": row.name, "email": row.email, "phone": row.phone, "city": row.city}
        for match in index.matches(values, threshold, exclude=row.id):
            key = (min(row.id, match.record_id), max(row.id, match.record_id))
            if key not in pairs:
                pairs[key] = (Match(row.id, row.code, row.name, match.score, match.reasons),
                              match)
    return sorted(pairs.values(), key=lambda pair: (-pair[1].score, pair[0].code))


def contact_matches(session: Session, values: dict, threshold: int = DEFAULT_THRESHOLD,
                    exclude: int | None = None) -> list[Match]:
    """A contact's possible duplicates: the same e-mail or phone anywhere, or a like name at
    the same partner or the same e-mail domain."""
    c = E.Contact
    email = normalized_email(values.get("email", ""))
    phones = {normalized_phone(values.get(n, "")) for n in ("office_phone", "mobile_phone")}
    phones.discard("")
    key = normalized_name(f"{values.get('first_name', '')} {values.get('last_name', '')}")
    domain = email.partition("@")[2]
    query = select(c.id, c.code, c.first_name, c.last_name, c.email, c.office_phone,
                   c.mobile_phone)
    near = []
    if values.get("business_partner_id"):
        near.append(c.business_partner_id == values["business_partner_id"])
    if domain:
        near.append(func.lower(c.email).like(f"%@{domain}"))
    rows = list(session.execute(query.where(or_(*near)))) if near else []
    if phones:  # phones are stored as typed: their digits are compared here
        seen = {r.id for r in rows}
        rows += [r for r in session.execute(query) if r.id not in seen and
                 {normalized_phone(r.office_phone), normalized_phone(r.mobile_phone)} & phones]
    found = []
    for row in rows:
        if row.id == exclude:
            continue
        reasons, score = [], 0
        if email and normalized_email(row.email) == email:
            reasons, score = ["e-mail"], 100
        if phones & {normalized_phone(row.office_phone), normalized_phone(row.mobile_phone)}:
            reasons, score = reasons + ["phone"], 100
        similar = name_score(key, normalized_name(f"{row.first_name} {row.last_name}"))
        if similar >= threshold:
            reasons, score = reasons + ["name"], max(score, similar)
        if reasons:
            found.append(Match(row.id, row.code, f"{row.first_name} {row.last_name}".strip(),
                               score, reasons))
    return sorted(found, key=lambda m: (-m.score, m.code))

