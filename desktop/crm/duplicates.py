"""Finding duplicate business partners and contacts, on import and on demand.

Signs that two partners are one company, each with its strength: the same VAT number or
company registration number (sure), the same e-mail address or phone number (its digits, the
country prefix aside), the same street at the same postcode, and names alike. Names are
compared after folding case and accents, dropping punctuation and legal forms ("SAS", "GmbH"),
with rapidfuzz's token ratio: "Béton & Fils SAS" and "BETON ET FILS" score high; names whose
numbers differ never match ("Garage 12", "Garage 13"). Signs add up as independent evidence
(1 - (1 - a)(1 - b)): the same street alone is not enough, the same street and a name somewhat
alike is. The score is the user's to set a threshold on, and its reasons say why.

An index reads the candidates once, so that checking 100,000 rows of an import costs a lookup
per row, not a query. Names are compared only within a city and the numbers in them.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.text_search import fold

DEFAULT_THRESHOLD = 88
LEGAL_FORMS = {"sa", "sas", "sasu", "sarl", "eurl", "snc", "sca", "scop", "gmbh", "ag", "kg",
               "bv", "nv", "spa", "srl", "sl", "oy", "ab", "as", "ltd", "limited", "inc", "llc",
               "plc", "co", "cie", "et", "and", "und", "the", "le", "la", "les"}
WORDS = re.compile(r"[^\w]+")
NUMBERS = re.compile(r"\d+")
#: how sure each sign is on its own (a name counts its likeness)
STRENGTH = {"VAT number": 100, "registration number": 100, "e-mail": 90, "phone": 90,
            "street": 70}
REASONS = ("VAT number", "registration number", "e-mail", "phone", "street", "name")
NAME_FLOOR = 70  # names less alike than this are not a sign at all (short names of two
# different words still score 60 on the token ratio: "Nord Plastiques", "Optique Bérard")
FEW = 8  # records sharing a weak sign that are compared name by name
NOT_DIGITS = re.compile(r"\D")
NOT_ALPHANUMERIC = re.compile(r"[^0-9A-Z]")
# the way streets are abbreviated, to their full word (folded)
STREET_WORDS = {"bd": "boulevard", "bld": "boulevard", "blvd": "boulevard", "av": "avenue",
                "ave": "avenue", "r": "rue", "pl": "place", "st": "saint", "ste": "sainte",
                "ch": "chemin", "chem": "chemin", "imp": "impasse", "rte": "route",
                "fbg": "faubourg", "fg": "faubourg", "all": "allee", "sq": "square",
                "str": "strasse", "rd": "road", "ln": "lane"}
ABBREVIATED = re.compile(r"\b(?:{})\b".format("|".join(STREET_WORDS)))


@functools.lru_cache(maxsize=4096)  # an import normalizes a row's name to match it, then to add it
def normalized_name(name: str) -> str:
    words = [w for w in WORDS.split(fold(name or "").replace("&", " ")) if w]
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


@functools.lru_cache(maxsize=4096)
def _place_words(city: str) -> frozenset[str]:
    return frozenset(w for w in WORDS.split(fold(city or "")) if w)


@functools.lru_cache(maxsize=16384)  # branches repeat a name and a city
def name_key(name: str, city: str = "") -> str:
    """The name as compared: normalized, without the words of its own city, which say where
    a branch is and nothing of who it is ("Garage Dupuis Lyon" is "garage dupuis"; "Mécanique
    Générale Bruxelles" and "Quincaillerie Centrale Bruxelles" share no word)."""
    key = normalized_name(name)
    place = _place_words(city) if city else frozenset()
    if place:
        kept = [w for w in key.split() if w not in place]
        if kept:
            return " ".join(kept)
    return key


def normalized_phone(phone: str) -> str:
    """The last nine digits: "+33 4 72 00 00 00" and "04 72 00 00 00" are one number."""
    if not phone:
        return ""
    digits = NOT_DIGITS.sub("", phone)
    return digits[-9:] if len(digits) >= 8 else ""


def normalized_email(email: str) -> str:
    return (email or "").strip().lower()


def normalized_vat(vat: str) -> str:
    """"FR 12 345 678 901" and "fr12345678901" are one number (a registration number too)."""
    return NOT_ALPHANUMERIC.sub("", vat.upper()) if vat else ""


@functools.lru_cache(maxsize=4096)
def normalized_street(street: str, postal_code: str, city: str = "") -> str:
    """"12, Bd Haussmann" at 75009 and "12 boulevard haussmann" at 75009 are one place; with
    no postcode the city stands in for it. Empty when the street is not known."""
    place = normalized_vat(postal_code) or fold(city or "").strip()
    if not place:
        return ""
    # the words joined by one space, then the abbreviations replaced: two passes in C, where
    # a loop over the words in Python cost more than all the rest of an index's loading
    words = WORDS.sub(" ", fold(street or "")).strip(" ")
    return f"{ABBREVIATED.sub(_full_word, words)}|{place}" if words else ""


def _full_word(found: re.Match) -> str:
    return STREET_WORDS[found.group()]


def name_score(first: str, second: str) -> int:
    """0-100: how alike two normalized names are, word order aside. Names whose numbers
    differ are different ("Garage 12", "Garage 13"; "Lot 4", "Lot 5")."""
    if not first or not second:
        return 0
    if numbers_of(first) != numbers_of(second):
        return 0
    return int(round(fuzz.token_sort_ratio(first, second)))


def combined(strengths: list[int]) -> int:
    """Independent signs added up: 70 and 60 make 88; one sure sign makes 100."""
    doubt = math.prod(1 - s / 100 for s in strengths)
    return int(round(100 * (1 - doubt)))


def name_needed(strength: int, threshold: int) -> int:
    """How alike names must be for a sign of ``strength`` and them to reach ``threshold``."""
    if strength >= threshold:
        return 0
    return max(NAME_FLOOR, math.ceil(100 * (1 - (1 - threshold / 100) /
                                            (1 - strength / 100)) - 0.5))


@functools.lru_cache(maxsize=16384)  # a row's name is matched, then added: twice each
def numbers_of(key: str) -> frozenset[str]:
    return frozenset(NUMBERS.findall(key))


@functools.lru_cache(maxsize=16384)
def sorted_words(key: str) -> str:
    """What token_sort_ratio compares: the words in order (sorted once, at indexing)."""
    return " ".join(sorted(key.split()))


@dataclass(slots=True)
class Match:
    record_id: int
    code: str
    name: str
    score: int
    reasons: list[str] = field(default_factory=list)  # of REASONS, in their order


def partner_signs(values: dict) -> dict[str, str]:
    """A partner's exact signs (reason -> key), from its values."""
    return signs_of(values.get("vat_number"), values.get("registration_number"),
                    values.get("email"), values.get("phone"), values.get("street"),
                    values.get("postal_code"), values.get("city"))


def signs_of(vat, registration, email, phone, street, postal_code, city) -> dict[str, str]:
    signs = {}
    if vat and (key := normalized_vat(vat)):
        signs["VAT number"] = key
    if registration and (key := normalized_vat(registration)):
        signs["registration number"] = key
    if email and (key := normalized_email(email)):
        signs["e-mail"] = key
    if phone and (key := normalized_phone(phone)):
        signs["phone"] = key
    if street and (key := normalized_street(street, postal_code or "", city or "")):
        signs["street"] = key
    return signs


def name_block(values: dict, key: str) -> tuple[str, frozenset[str]] | None:
    """Names are compared within a city and the numbers they hold."""
    return city_block(values.get("city") or "", key)


def city_block(city: str, key: str) -> tuple[str, frozenset[str]] | None:
    place = _place(city) if city else ""
    return (place, numbers_of(key)) if place and key else None


@functools.lru_cache(maxsize=4096)
def _place(city: str) -> str:
    return fold(city).strip()


PARTNER_KEYS = select(E.BusinessPartner.id, E.BusinessPartner.code, E.BusinessPartner.name,
                      E.BusinessPartner.email, E.BusinessPartner.phone, E.BusinessPartner.city,
                      E.BusinessPartner.vat_number, E.BusinessPartner.registration_number,
                      E.BusinessPartner.street, E.BusinessPartner.postal_code)


@dataclass(slots=True)
class Entry:
    record_id: int
    code: str
    name: str
    key: str  # the name as compared (name_key)
    order: int  # of alike matches, the older first: a record here, then the file's rows


class PartnerIndex:
    """The partners by each exact sign, and by city with the numbers in their names, read
    once."""

    def __init__(self, threshold: int = DEFAULT_THRESHOLD) -> None:
        # the signs too weak to reach the threshold on their own, for the matches asked
        self.threshold = threshold
        self.weak_signs = {r for r, strength in STRENGTH.items() if strength < threshold}
        self.added = itertools.count(1 << 62)  # after every record read: the file's own
        self.by_sign: dict[str, dict[str, list[Entry]]] = {r: defaultdict(list)
                                                           for r in STRENGTH}
        # each block's distinct names (words sorted, for rapidfuzz's loop in C), and the
        # records of each name: branches repeat a name, which is compared once
        self.by_name: dict[tuple, dict[str, list[Entry]]] = defaultdict(dict)
        self.names: dict[tuple, list[str]] = defaultdict(list)
        # a weak sign's records by the numbers in their names too: names whose numbers
        # differ never match, so a weak sign alone never links them
        self.weak: dict[tuple, list[Entry]] = defaultdict(list)
        self.weak_names: dict[tuple, list[str]] = defaultdict(list)

    @classmethod
    def load(cls, session: Session, threshold: int = DEFAULT_THRESHOLD) -> PartnerIndex:
        index = cls(threshold)
        # the columns taken by position, no dict per record: 100,000 of them at each import
        session.flush()  # as the ORM's execute would; the rows read as plain tuples
        for (record_id, code, name, email, phone, city, vat, registration, street,
             postal_code) in session.connection().execute(PARTNER_KEYS):
            index._add(record_id, code, name or "", city or "", signs_of(
                vat, registration, email, phone, street, postal_code, city), record_id)
        return index

    def add(self, record_id: int, code: str, values: dict,
            signs: dict[str, str] | None = None, order: int | None = None) -> Entry:
        """A record to match against (one just imported, too; ``signs`` when known). A sign
        too weak for the threshold is kept by the numbers in the name only (names whose
        numbers differ never match)."""
        return self._add(record_id, code, values.get("name") or "", values.get("city") or "",
                         partner_signs(values) if signs is None else signs, order)

    def _add(self, record_id: int, code: str, name: str, city: str, signs: dict[str, str],
             order: int | None) -> Entry:
        key = name_key(name, city)
        entry = Entry(record_id, code, name, key,
                      next(self.added) if order is None else order)
        words = sorted_words(key)
        for reason, sign in signs.items():
            if reason in self.weak_signs:
                block = (reason, sign, numbers_of(key))
                self.weak[block].append(entry)
                self.weak_names[block].append(words)
            else:
                self.by_sign[reason][sign].append(entry)
        place = city_block(city, key)
        if place:
            same = self.by_name[place].get(words)
            if same is None:
                self.by_name[place][words] = [entry]
                self.names[place].append(words)
            else:
                same.append(entry)
        return entry

    def matches(self, values: dict, threshold: int = DEFAULT_THRESHOLD,
                exclude: int | None = None, names: int | None = None,
                signs: dict[str, str] | None = None) -> list[Match]:
        """The partners ``values`` may duplicate, best first; ``names`` keeps only that many
        of the likest names (an import needs the best one, and a city may hold a hundred
        branches of one name)."""
        found: dict[int, tuple[Entry, dict[str, int]]] = {}
        key = name_key(values.get("name") or "", values.get("city") or "")
        for reason, sign in (partner_signs(values) if signs is None else signs).items():
            for entry in self._sharing(reason, sign, key, threshold):
                found.setdefault(entry.record_id, (entry, {}))[1][reason] = STRENGTH[reason]
        for entry, score in self._alike(name_block(values, key), key, threshold, names):
            found.setdefault(entry.record_id, (entry, {}))[1]["name"] = score
        out = []
        for entry, reasons in found.values():
            if entry.record_id == exclude:
                continue
            if "name" not in reasons:
                likeness = name_score(key, entry.key)
                if likeness >= NAME_FLOOR:
                    reasons["name"] = likeness
            score = combined(list(reasons.values()))
            if score >= threshold:
                out.append((-score, entry.order, Match(entry.record_id, entry.code,
                                                       entry.name, score,
                                                       [r for r in REASONS if r in reasons])))
        return [match for _score, _order, match in sorted(out, key=lambda m: m[:2])]

    def _alike(self, block, key: str, threshold: int, limit: int | None
               ) -> list[tuple[Entry, int]]:
        """The records of the block whose names are alike past the threshold, the likest
        first (within a block the numbers agree: the score is the ratio of sorted words)."""
        if block not in self.names:
            return []
        distinct, records = self.names[block], self.by_name[block]
        found: list[tuple[Entry, int]] = []
        for name, score, _position in process.extract(
                sorted_words(key), distinct, scorer=fuzz.ratio, limit=limit,
                score_cutoff=threshold - 0.5):
            # a name a hundred branches share: only the records the limit keeps are taken
            entries = records[name] if not limit else records[name][:limit - len(found)]
            found += [(entry, int(round(score))) for entry in entries]
            if limit and len(found) >= limit:
                break
        return found

    def _sharing(self, reason: str, sign: str, key: str, threshold: int) -> list[Entry]:
        """The records sharing a sign; of a sign too weak on its own shared by many (forty
        companies at one business park's address), those whose names could take it past the
        threshold, found by rapidfuzz in one loop in C."""
        if reason not in self.weak_signs:  # the index answers thresholds from its own up
            return self.by_sign[reason].get(sign, [])
        strength = STRENGTH[reason]
        block = (reason, sign, numbers_of(key))
        entries = self.weak.get(block, [])
        if len(entries) <= FEW:
            return entries
        needed = name_needed(strength, threshold)
        return [entries[position] for _name, _score, position in process.extract(
            sorted_words(key), self.weak_names[block], scorer=fuzz.ratio, limit=None,
            score_cutoff=needed - 0.5)]


def partner_matches(session: Session, values: dict, threshold: int = DEFAULT_THRESHOLD,
                    exclude: int | None = None) -> list[Match]:
    """One partner's possible duplicates (a record being entered or imported)."""
    return PartnerIndex.load(session, threshold).matches(values, threshold, exclude)


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
        reasons: dict[str, int] = {}
        if email and normalized_email(row.email) == email:
            reasons["e-mail"] = 100
        if phones & {normalized_phone(row.office_phone), normalized_phone(row.mobile_phone)}:
            reasons["phone"] = 100
        similar = name_score(key, normalized_name(f"{row.first_name} {row.last_name}"))
        if similar >= threshold:
            reasons["name"] = similar
        if reasons:
            found.append(Match(row.id, row.code, f"{row.first_name} {row.last_name}".strip(),
                               max(reasons.values()), [r for r in REASONS if r in reasons]))
    return sorted(found, key=lambda m: (-m.score, m.code))
