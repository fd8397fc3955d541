"""Finding duplicate business partners and contacts, on import and on demand.

Two records are the same when they share a VAT number, an e-mail address or a phone number (its
digits, the country prefix aside), or when their names are alike in the same city (for contacts: of the
same partner, or at the same e-mail domain). Names are compared after folding case and accents,
dropping punctuation and legal forms ("SAS", "GmbH"), with rapidfuzz's token ratio: "Béton &
Fils SAS" and "BETON ET FILS" score high. The threshold is the user's.

An index reads the candidates once, so that checking 100,000 rows of an import costs a lookup
per row, not a query. Names are compared only within the same city and the same numbers, since
names whose numbers differ never match: "Garage 12" is not compared with "Garage 13".
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled, Progress
from desktop.crm.text_search import fold

DEFAULT_THRESHOLD = 88
LEGAL_FORMS = {"sa", "sas", "sasu", "sarl", "eurl", "snc", "sca", "scop", "gmbh", "ag", "kg",
               "bv", "nv", "spa", "srl", "sl", "oy", "ab", "as", "ltd", "limited", "inc", "llc",
               "plc", "co", "cie", "et", "and", "und", "the", "le", "la", "les"}
WORDS = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=256)  # an import normalizes a row's name to match it, then to add it
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


def normalized_vat(vat: str) -> str:
    """"FR 12 345 678 901" and "fr12345678901" are one number."""
    return re.sub(r"[^0-9A-Z]", "", (vat or "").upper())


NUMBERS = re.compile(r"\d+")


def name_score(first: str, second: str) -> int:
    """0-100: how alike two normalized names are, word order aside. Names whose numbers
    differ are different ("Garage 12", "Garage 13"; "Lot 4", "Lot 5")."""
    if not first or not second:
        return 0
    if set(NUMBERS.findall(first)) != set(NUMBERS.findall(second)):
        return 0
    return int(round(fuzz.token_sort_ratio(first, second)))


def _sorted_words(key: str) -> str:
    """What token_sort_ratio compares: the words in order (sorted once, at indexing)."""
    return " ".join(sorted(key.split()))


@dataclass
class Match:
    record_id: int
    code: str
    name: str
    score: int
    reasons: list[str] = field(default_factory=list)  # of REASONS


REASONS = ("VAT number", "e-mail", "phone", "name")  # the GUI translates them


_PARTNER_KEYS = select(E.BusinessPartner.id, E.BusinessPartner.code, E.BusinessPartner.name,
                       E.BusinessPartner.email, E.BusinessPartner.phone, E.BusinessPartner.city,
                       E.BusinessPartner.vat_number)


@dataclass
class _Entry:
    record_id: int
    code: str
    name: str
    key: str  # normalized name


def _name_block(city: str, key: str) -> tuple[str, frozenset[str]] | None:
    city = fold(city or "").strip()
    return (city, frozenset(NUMBERS.findall(key))) if city and key else None


class PartnerIndex:
    """The partners by VAT number, e-mail, phone, and city with the numbers in their names,
    read once."""

    def __init__(self) -> None:
        self.by_vat: dict[str, list[_Entry]] = defaultdict(list)
        self.by_email: dict[str, list[_Entry]] = defaultdict(list)
        self.by_phone: dict[str, list[_Entry]] = defaultdict(list)
        self.by_name: dict[tuple, list[_Entry]] = defaultdict(list)
        # the names of each block with their words sorted, for rapidfuzz's loop in C
        self.names: dict[tuple, list[str]] = defaultdict(list)

    @classmethod
    def load(cls, session: Session) -> PartnerIndex:
        index = cls()
        for row in session.execute(_PARTNER_KEYS):
            index.add(row.id, row.code, row.name, row.email, row.phone, row.city,
                      row.vat_number)
        return index

    def add(self, record_id: int, code: str, name: str, email: str = "", phone: str = "",
            city: str = "", vat: str = "") -> _Entry:
        """A record to match against (one just imported, too)."""
        entry = _Entry(record_id, code, name, normalized_name(name))
        for table, key in ((self.by_vat, normalized_vat(vat)),
                           (self.by_email, normalized_email(email)),
                           (self.by_phone, normalized_phone(phone)),
                           (self.by_name, _name_block(city, entry.key))):
            if key:
                table[key].append(entry)  # type: ignore[index]  # str or tuple per table
        block = _name_block(city, entry.key)
        if block:
            self.names[block].append(_sorted_words(entry.key))
        return entry

    def matches(self, values: dict, threshold: int = DEFAULT_THRESHOLD,
                exclude: int | None = None, names: int | None = None) -> list[Match]:
        """The partners ``values`` (name, email, phone, city) may duplicate, best first;
        ``names`` keeps only that many of the likest names (an import needs the best one, and
        a city may hold a hundred branches of one name)."""
        found: dict[int, Match] = {}

        def note(entry: _Entry, score: int, reason: str) -> None:
            if entry.record_id == exclude:
                return
            match = found.setdefault(entry.record_id,
                                     Match(entry.record_id, entry.code, entry.name, 0))
            match.score = max(match.score, score)
            match.reasons.append(reason)

        for entry in self.by_vat.get(normalized_vat(values.get("vat_number", "")), []):
            note(entry, 100, "VAT number")
        for entry in self.by_email.get(normalized_email(values.get("email", "")), []):
            note(entry, 100, "e-mail")
        for entry in self.by_phone.get(normalized_phone(values.get("phone", "")), []):
            note(entry, 100, "phone")
        key = normalized_name(values.get("name", ""))
        block = _name_block(values.get("city", ""), key)
        if block in self.names:  # within a block the numbers agree: name_score is the ratio
            entries = self.by_name[block]
            for _name, score, position in process.extract(
                    _sorted_words(key), self.names[block], scorer=fuzz.ratio, limit=names,
                    score_cutoff=threshold - 0.5):
                if int(round(score)) >= threshold:
                    note(entries[position], int(round(score)), "name")
        return sorted(found.values(), key=lambda m: (-m.score, m.code))


def partner_matches(session: Session, values: dict, threshold: int = DEFAULT_THRESHOLD,
                    exclude: int | None = None) -> list[Match]:
    """One partner's possible duplicates (a record being entered or imported)."""
    return PartnerIndex.load(session).matches(values, threshold, exclude)


def duplicate_partners(session: Session, threshold: int = DEFAULT_THRESHOLD,
                       progress: Progress = lambda done, total: True
                       ) -> list[tuple[Match, Match]]:
    """Every pair of partners that look like one, for a clean-up on demand."""
    index = PartnerIndex.load(session)
    pairs: dict[tuple[int, int], tuple[Match, Match]] = {}
    rows = session.execute(_PARTNER_KEYS.order_by(E.BusinessPartner.id)).all()
    for done, row in enumerate(rows, start=1):
        if done % 500 == 0 and not progress(done, len(rows)):
            raise Cancelled()
        values = {"name": row.name, "email": row.email, "phone": row.phone, "city": row.city,
                  "vat_number": row.vat_number}
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



def duplicate_contacts(session: Session, threshold: int = DEFAULT_THRESHOLD,
                       progress: Progress = lambda done, total: True
                       ) -> list[tuple[Match, Match]]:
    """Every pair of contacts that look like one: the same e-mail or phone, or like names at
    the same partner or the same e-mail domain (the rules of ``contact_matches``, read once)."""
    c = E.Contact
    rows = session.execute(select(c.id, c.code, c.first_name, c.last_name, c.email,
                                  c.office_phone, c.mobile_phone, c.business_partner_id)
                           .order_by(c.id)).all()
    blocks: dict[tuple, list] = defaultdict(list)
    for row in rows:
        email = normalized_email(row.email)
        keys = {("email", email), ("domain", email.partition("@")[2])} if email else set()
        keys |= {("phone", p) for p in (normalized_phone(row.office_phone),
                                         normalized_phone(row.mobile_phone)) if p}
        if row.business_partner_id:
            keys.add(("partner", row.business_partner_id))
        for key in keys:
            blocks[key].append(row)
    pairs: dict[tuple[int, int], tuple[Match, Match]] = {}
    for done, ((kind, _value), members) in enumerate(blocks.items(), start=1):
        if done % 500 == 0 and not progress(done, len(blocks)):
            raise Cancelled()
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                score, reasons = _contact_likeness(kind, first, second, threshold)
                pair = (first.id, second.id)
                if reasons and (pair not in pairs or pairs[pair][1].score < score):
                    pairs[pair] = (Match(first.id, first.code, _contact_name(first), score,
                                        reasons),
                                  Match(second.id, second.code, _contact_name(second), score,
                                        reasons))
    return sorted(pairs.values(), key=lambda pair: (-pair[1].score, pair[0].code))


def _contact_name(row) -> str:
    return f"{row.first_name} {row.last_name}".strip()


def _contact_likeness(kind: str, first, second, threshold: int) -> tuple[int, list[str]]:
    if kind == "email":
        return 100, ["e-mail"]
    if kind == "phone":
        return 100, ["phone"]
    score = name_score(normalized_name(_contact_name(first)),
                       normalized_name(_contact_name(second)))
    return (score, ["name"]) if score >= threshold else (0, [])
