"""Duplicates on demand: every partner (or contact) that looks like another, in groups.

Records linked by a sign strong enough on its own (the same VAT number, e-mail address ...)
or by signs adding up past the user's threshold (the same street and a name somewhat alike)
form one group: the twenty branches of a company sharing one e-mail address are one group of
twenty, not 190 pairs. Nothing is compared pair by pair that a shared key can link at once;
names are compared with rapidfuzz's matrix within a city. Records a user said are not
duplicates of one another (desktop.crm.distinct_records) are never linked again.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled, Progress
from desktop.crm.distinct_records import distinct_sets
from desktop.crm.duplicates import (
    DEFAULT_THRESHOLD,
    NAME_FLOOR,
    PARTNER_KEYS,
    REASONS,
    STRENGTH,
    Match,
    city_block,
    combined,
    name_key,
    name_needed,
    name_score,
    normalized_email,
    normalized_name,
    normalized_phone,
    signs_of,
    sorted_words,
)
from desktop.crm.text_search import fold

sort_key = functools.lru_cache(maxsize=65536)(fold)  # names repeat across branches
DETAILED = 12  # groups up to this size get the score of every pair; larger ones their links'
CONTACT_STRENGTH = {"e-mail": 100, "phone": 100}  # a person's own address or number
MATRIX = 40  # a weak sign shared by more records than this: their names compared in one matrix


@dataclass
class DuplicateGroup:
    """Records that look like one; each member with the best score linking it to another."""
    members: list[Match]
    score: int
    reasons: list[str] = field(default_factory=list)  # of duplicates.REASONS

    @property
    def name(self) -> str:
        return self.members[0].name if self.members else ""

    @property
    def ids(self) -> list[int]:
        return [m.record_id for m in self.members]


@dataclass(slots=True)
class _Record:
    record_id: int
    code: str
    name: str
    key: str  # normalized name
    signs: dict[str, str]


class _Links:
    """Union-find over the records, with the pairs a user said are distinct kept apart and
    the best link of each record noted."""

    def __init__(self, records: list[_Record], sets: dict[int, set[int]],
                 strength: dict[str, int]) -> None:
        self.records, self.strength = records, strength
        self.parent = list(range(len(records)))
        self.sets = [sets.get(r.record_id, set()) for r in records]
        self.best: dict[int, list] = {}  # record -> [its best score, the reasons of its links]

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def distinct(self, i: int, j: int) -> bool:
        return bool(self.sets[i] and self.sets[i] & self.sets[j])

    def link(self, i: int, j: int, score: int, reasons: Iterable[str]) -> None:
        if self.distinct(i, j):
            return
        self.parent[self.root(i)] = self.root(j)
        self._note(i, score, reasons)
        self._note(j, score, reasons)

    def _note(self, k: int, score: int, reasons: Iterable[str]) -> None:
        best = self.best.get(k)
        if best is None:
            self.best[k] = [score, set(reasons)]
        else:
            best[0] = max(best[0], score)
            best[1].update(reasons)

    def link_all(self, members: list[int], score: int, reasons: list[str]) -> None:
        """Every pair of ``members`` linked, but those a user kept apart: when none of them is
        in a set, a chain does it; else the records not kept from each other are grouped."""
        if not any(self.sets[m] for m in members):  # one root for all, at once
            top = self.root(members[0])
            for m in members[1:]:
                self.parent[self.root(m)] = top
            best = self.best  # _note inlined: a company's thousand branches pass here
            for m in members:
                noted = best.get(m)
                if noted is None:
                    best[m] = [score, set(reasons)]
                else:
                    noted[0] = max(noted[0], score)
                    noted[1].update(reasons)
            return
        left = set(members)
        while left:
            start = left.pop()
            queue = [start]
            while queue:
                i = queue.pop()
                kept_apart = {j for j in left if self.distinct(i, j)} if self.sets[i] else set()
                joined = left - kept_apart
                left = kept_apart
                for j in joined:
                    self.link(i, j, score, reasons)
                queue.extend(joined)


def duplicate_partners(session: Session, threshold: int = DEFAULT_THRESHOLD,
                       progress: Progress = lambda done, total: True) -> list[DuplicateGroup]:
    """Every group of partners that look like one, the strongest first."""
    records = []
    blocks: dict[tuple, list[int]] = defaultdict(list)
    by_sign: dict[str, dict[str, list[int]]] = {reason: defaultdict(list) for reason in STRENGTH}
    session.flush()  # as the ORM's execute would; the rows read as plain tuples, no ORM
    rows = session.connection().execute(PARTNER_KEYS.order_by(E.BusinessPartner.id))
    for i, (record_id, code, name, email, phone, city, vat, registration, street,
            postal_code) in enumerate(rows):
        key = name_key(name, city)
        signs = signs_of(vat, registration, email, phone, street, postal_code, city)
        records.append(_Record(record_id, code, name, key, signs))
        for reason, sign in signs.items():
            by_sign[reason][sign].append(i)
        block = city_block(city, key)
        if block:
            blocks[block].append(i)
    links = _Links(records, distinct_sets(session, E.BusinessPartner), STRENGTH)
    _link_signs(links, by_sign, threshold, progress)
    _link_names(links, blocks.values(), threshold)
    return _groups(links, threshold)


def _link_signs(links: _Links, by_sign: dict[str, dict[str, list[int]]], threshold: int,
                progress: Progress) -> None:
    """Records sharing a key: linked at once when the sign is enough on its own; else each
    pair that names alike (or another sign) takes past the threshold."""
    for done, (reason, keys) in enumerate(by_sign.items(), start=1):
        if not progress(done, len(by_sign) + 1):
            raise Cancelled()
        strength = links.strength[reason]
        for members in keys.values():
            if len(members) < 2:
                continue
            if strength >= threshold:
                links.link_all(members, strength, [reason])
            else:
                _link_weak(links, members, reason, threshold)


def _link_weak(links: _Links, members: list[int], reason: str, threshold: int) -> None:
    """Pairs sharing a sign too weak on its own: linked when their names (or another sign)
    take them past the threshold. A large block has its names compared in one matrix."""
    records = links.records
    needed = name_needed(links.strength[reason], threshold)
    pairs: Iterable[tuple[int, int]] = itertools.combinations(members, 2)
    if len(members) > MATRIX:
        names = [sorted_words(records[i].key) for i in members]
        matrix = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=needed - 0.5)
        pairs = [(members[a], members[b]) for a, b in zip(*matrix.nonzero(), strict=True)
                 if a < b]
    for i, j in pairs:  # the name first: without it a weak sign is never enough
        if name_score(records[i].key, records[j].key) < needed:
            continue
        score, reasons = pair_score(records[i], records[j], links.strength)
        if score >= threshold:
            links.link(i, j, score, reasons)


def _link_names(links: _Links, blocks: Iterable[list[int]], threshold: int) -> None:
    """Names alike past the threshold within a city: the same name linked at once, different
    names through one rapidfuzz matrix of the block's distinct names."""
    for members in blocks:
        if len(members) < 2:
            continue
        by_name: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_name[sorted_words(links.records[i].key)].append(i)
        names = list(by_name)
        for name in names:
            if len(by_name[name]) > 1:
                links.link_all(by_name[name], 100, ["name"])
        if len(names) < 2:
            continue
        matrix = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=threshold - 0.5)
        for a, b in zip(*matrix.nonzero(), strict=True):
            if a < b:
                score = int(round(matrix[a, b]))
                if score >= threshold:
                    links.link(by_name[names[a]][0], by_name[names[b]][0], score, ["name"])


def _groups(links: _Links, threshold: int) -> list[DuplicateGroup]:
    found: dict[int, list[int]] = defaultdict(list)
    for i in links.best:
        found[links.root(i)].append(i)
    groups = [_group(links, members, threshold) for members in found.values()
              if len(members) > 1]
    return sorted(groups, key=lambda g: (-g.score, sort_key(g.name), g.members[0].code))


def _group(links: _Links, members: list[int], threshold: int) -> DuplicateGroup:
    records = links.records
    best = {i: links.best[i] for i in members}
    if len(members) <= DETAILED:  # every pair's own score, all signs counted
        best = {i: [0, set()] for i in members}
        for i, j in itertools.combinations(members, 2):
            score, reasons = pair_score(records[i], records[j], links.strength)
            if score >= threshold and not links.distinct(i, j):
                for k in (i, j):
                    best[k][0] = max(best[k][0], score)
                    best[k][1].update(reasons)
    why = {i: frozenset(best[i][1]) for i in members}  # each member's reasons, made once
    matches = sorted((Match(records[i].record_id, records[i].code, records[i].name,
                            best[i][0], _in_order(why[i])) for i in members),
                     key=lambda m: (sort_key(m.name), m.code))
    every: frozenset[str] = frozenset().union(*set(why.values()))
    return DuplicateGroup(matches, max(best[i][0] for i in members), _in_order(every))


@functools.lru_cache(maxsize=256)
def _in_order(reasons: frozenset[str]) -> list[str]:
    """Reasons in the order REASONS gives them (few combinations: computed once each)."""
    return [r for r in REASONS if r in reasons]


def pair_score(first: _Record, second: _Record, strength: dict[str, int]
               ) -> tuple[int, set[str]]:
    """Every sign two records share, and the score they make together."""
    theirs = {(_kind(r), key) for r, key in second.signs.items()}
    strengths = {_kind(r): strength[_kind(r)] for r, key in first.signs.items()
                 if (_kind(r), key) in theirs}
    likeness = name_score(first.key, second.key)
    if likeness >= NAME_FLOOR:
        strengths["name"] = likeness
    return combined(list(strengths.values())), set(strengths)


def _kind(reason: str) -> str:
    """A contact's second phone is a phone like the first."""
    return "phone" if reason.endswith("phone") else reason


def duplicate_contacts(session: Session, threshold: int = DEFAULT_THRESHOLD,
                       progress: Progress = lambda done, total: True) -> list[DuplicateGroup]:
    """Every group of contacts that look like one: the same e-mail or phone, or names alike
    at the same partner or the same e-mail domain (the rules of ``contact_matches``)."""
    c = E.Contact
    rows = session.execute(select(c.id, c.code, c.first_name, c.last_name, c.email,
                                  c.office_phone, c.mobile_phone, c.business_partner_id)
                           .order_by(c.id)).all()
    records, blocks = [], defaultdict(list)
    for i, row in enumerate(rows):
        name = f"{row.first_name} {row.last_name}".strip()
        email = normalized_email(row.email)
        signs = {"e-mail": email, "phone": normalized_phone(row.mobile_phone)
                 or normalized_phone(row.office_phone)}
        records.append(_Record(row.id, row.code, name, normalized_name(name),
                               {r: k for r, k in signs.items() if k}))
        for phone in {normalized_phone(row.office_phone)} - {"", signs["phone"]}:
            records[-1].signs["office phone"] = phone
        if row.business_partner_id:
            blocks[("partner", row.business_partner_id)].append(i)
        if email:
            blocks[("domain", email.partition("@")[2])].append(i)
    links = _Links(records, distinct_sets(session, E.Contact), CONTACT_STRENGTH)
    by_sign: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, record in enumerate(records):
        for reason, sign in record.signs.items():
            by_sign[_kind(reason)][sign].append(i)
    _link_signs(links, by_sign, threshold, progress)
    _link_names(links, blocks.values(), threshold)
    return _groups(links, threshold)
