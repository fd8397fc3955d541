"""Random selection expressions for property tests: a tree, its text in the language, and a
reference evaluation in plain Python written from domain.md, not from the compiler.

LN has no NULL (BR-SEL-01, BR-SEL-12): every record is TRUE or FALSE, and an empty field, a
missing attribute or a missing related object (BR-SEL-16: the partner's primary contact)
reads as the empty value of its type: "", 0, or the empty date, which precedes every date.
A Time attribute reads as its four digits HHMM. Text holds accented letters: upper() and
lower() change every letter. The tree is rendered and evaluated here, independently of the
package's parser, compiler and pattern translation, so the test compares two implementations.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from decimal import Decimal

from hypothesis import strategies as st

from desktop.crm.enums import BPStatus

TODAY = dt.date(2026, 11, 29)
EMPTY_DATE = dt.date.min
NUM_FIELDS = ("bp.credit_limit", "bp.turnover.previous.year")
# contact.last_name read from a partner: its primary contact's (BR-SEL-16)
TEXT_FIELDS = ("bp.code", "bp.name", "bp.city", "tccom100.city", "contact.last_name")
TEXT_ALPHABET = "abcABC xyz\"'-_%éÉçü"
PATTERN_CHARS = "abcABxyz"
COMPARE = {"=": operator.eq, "<>": operator.ne, "<": operator.lt, "<=": operator.le,
           ">": operator.gt, ">=": operator.ge}


# -- strategies ----------------------------------------------------------------------------
def _numbers():
    leaves = st.one_of(
        st.tuples(st.just("numlit"), st.integers(-20, 60)),
        st.tuples(st.just("numlit"), st.integers(-40, 120).map(lambda n: Decimal(n) / 2)),
        st.tuples(st.just("numfield"), st.sampled_from(NUM_FIELDS)),
        st.tuples(st.just("numattr"), st.sampled_from(["NUMB", "numb"]),
                  st.sampled_from(["(R, {})", "[R,{}]", 'attribute("{}")'])),
        st.tuples(st.just("len"), _texts()),
    )
    return st.recursive(leaves, lambda inner: st.one_of(
        st.tuples(st.just("arith"), st.sampled_from("+-*"), inner, inner),
        st.tuples(st.just("neg"), inner)), max_leaves=4)


def _texts():
    leaves = st.one_of(
        st.tuples(st.just("textlit"), st.text(TEXT_ALPHABET, max_size=6)),
        st.tuples(st.just("textfield"), st.sampled_from(TEXT_FIELDS)),
        st.tuples(st.just("textattr"), st.sampled_from(["WORD", "OPT"])),
        st.tuples(st.just("timeattr"), st.just("HEURE")),
        st.tuples(st.just("timelit"), st.sampled_from(["", "0800", "0930", "1200", "1745"])))
    return st.recursive(leaves, lambda inner: st.tuples(
        st.just("fn"), st.sampled_from(["upper", "lower"]), inner), max_leaves=2)


def _dates():
    leaves = st.one_of(
        st.tuples(st.just("datelit"), st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))),
        st.tuples(st.just("today"), st.integers(-90, 90)),
        st.tuples(st.just("dateattr"), st.just("DAY")))
    # date arithmetic in days on attributes too (Q-SEL-1), not only on constants
    return st.one_of(leaves, st.tuples(st.just("dateadd"), leaves, st.integers(0, 60)))


_pattern_element = st.one_of(
    st.tuples(st.just("char"), st.sampled_from(PATTERN_CHARS), st.booleans()),
    st.tuples(st.just("any"), st.just(""), st.booleans()),
    st.tuples(st.just("set"), st.text(PATTERN_CHARS, min_size=1, max_size=3), st.booleans()),
    st.tuples(st.just("notset"), st.text(PATTERN_CHARS, min_size=1, max_size=3),
              st.booleans()))
patterns = st.tuples(st.booleans(), st.lists(_pattern_element, min_size=1, max_size=4),
                     st.booleans())


def _conditions():
    numbers, texts, dates = _numbers(), _texts(), _dates()
    leaves = st.one_of(
        st.tuples(st.just("cmp"), st.sampled_from(list(COMPARE)), numbers, numbers),
        st.tuples(st.just("cmp"), st.sampled_from(list(COMPARE)), texts, texts),
        st.tuples(st.just("cmp"), st.sampled_from(list(COMPARE)), dates, dates),
        st.tuples(st.just("range"), numbers,
                  st.lists(st.tuples(numbers, numbers), min_size=1, max_size=3)),
        st.tuples(st.just("pattern"), texts, patterns),
        st.tuples(st.just("list"), texts,
                  st.lists(st.text(TEXT_ALPHABET, max_size=4), min_size=1, max_size=3)),
        st.tuples(st.just("status"), st.sampled_from(["=", "<>"]),
                  st.sampled_from([s.label for s in BPStatus] + [s.name for s in BPStatus]
                                  + ["prospect", "NOT specified"])))
    return st.recursive(leaves, lambda inner: st.one_of(
        st.tuples(st.sampled_from(["and", "or"]), inner, inner),
        st.tuples(st.just("not"), inner)), max_leaves=6)


conditions = _conditions()


# -- rendering -----------------------------------------------------------------------------
def quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def render(node) -> str:
    kind = node[0]
    if kind == "numlit":
        return str(node[1])
    if kind in ("numfield", "textfield"):
        return node[1]
    if kind == "numattr":
        return node[2].format(node[1])
    if kind == "len":
        return f"len({render(node[1])})"
    if kind == "arith":
        return f"({render(node[2])} {node[1]} {render(node[3])})"
    if kind == "neg":
        return f"(-{render(node[1])})"
    if kind == "textlit":
        return quote(node[1])
    if kind == "textattr":
        return f"(R, {node[1]})"
    if kind == "timeattr":
        return f"(R, {node[1]})"
    if kind == "timelit":
        return quote(node[1])
    if kind == "dateadd":
        return f"({render(node[1])} + {node[2]})"
    if kind == "fn":
        return f"{node[1]}({render(node[2])})"
    if kind == "datelit":
        day = node[1]
        return f"date({day.year}, {day.month}, {day.day})"
    if kind == "today":
        return f"(today() {'+' if node[1] >= 0 else '-'} {abs(node[1])})"
    if kind == "dateattr":
        return f"[R, {node[1]}]"
    if kind == "cmp":
        return f"({render(node[2])} {node[1]} {render(node[3])})"
    if kind == "range":
        ranges = " ".join(f"({render(lo)}, {render(hi)})" for lo, hi in node[2])
        return f"({render(node[1])} IN {ranges})"
    if kind == "pattern":
        return f"({render(node[1])} IN {quote(ln_text(node[2]))})"
    if kind == "list":
        return f"({render(node[1])} IN ({', '.join(quote(t) for t in node[2])}))"
    if kind == "status":
        return f"(bp.status {node[1]} {quote(node[2])})"
    if kind in ("and", "or"):
        return f"({render(node[1])} {node[0]} {render(node[2])})"
    if kind == "not":
        return f"(not {render(node[1])})"
    raise ValueError(kind)


def ln_text(pattern) -> str:
    start, elements, end = pattern
    body = {"char": "{}", "any": ".", "set": "({})", "notset": "(^{})"}
    return ("^" if start else "") + "".join(
        body[kind].format(chars) + ("*" if star else "") for kind, chars, star in elements) \
        + ("$" if end else "")


def python_regex(pattern) -> str:
    start, elements, end = pattern
    parts = []
    for kind, chars, star in elements:
        escaped = "".join(re.escape(c) for c in chars)
        parts.append({"char": escaped, "any": ".", "set": f"[{escaped}]",
                      "notset": f"[^{escaped}]"}[kind] + ("*" if star else ""))
    return ("^" if start else "") + "".join(parts) + ("$" if end else "")


# -- reference evaluation ------------------------------------------------------------------
def evaluate(node, record: dict):
    """The value of ``node`` for one partner; ``record`` holds its fields (None where the
    database holds nothing) and attributes (absent where there is no value)."""
    kind = node[0]
    if kind in ("numlit", "textlit", "datelit", "timelit"):
        return Decimal(node[1]) if kind == "numlit" else node[1]
    if kind == "numfield":
        value = record[node[1]]
        return Decimal(0) if value is None else value
    if kind == "textfield":
        return record[node[1]] or ""
    if kind == "numattr":
        value = record["attr"].get("NUMB")
        return Decimal(0) if value is None else value  # a missing number reads as 0
    if kind == "textattr":
        value = record["attr"].get(node[1])
        return "" if value is None else value
    if kind == "timeattr":
        value = record["attr"].get(node[1])
        return "" if value is None else value.strftime("%H%M")
    if kind == "dateattr":
        value = record["attr"].get("DAY")
        return EMPTY_DATE if value is None else value
    if kind == "dateadd":
        return evaluate(node[1], record) + dt.timedelta(days=node[2])
    if kind == "today":
        return TODAY + dt.timedelta(days=node[1])
    if kind == "len":
        return Decimal(len(evaluate(node[1], record)))
    if kind == "fn":
        return getattr(evaluate(node[2], record), node[1])()
    if kind == "neg":
        return -evaluate(node[1], record)
    if kind == "arith":
        a, b = evaluate(node[2], record), evaluate(node[3], record)
        return {"+": a + b, "-": a - b, "*": a * b}[node[1]]
    if kind == "cmp":
        return COMPARE[node[1]](evaluate(node[2], record), evaluate(node[3], record))
    if kind == "range":
        x = evaluate(node[1], record)
        return any(evaluate(lo, record) <= x <= evaluate(hi, record) for lo, hi in node[2])
    if kind == "pattern":
        return re.search(python_regex(node[2]), evaluate(node[1], record)) is not None
    if kind == "list":
        return evaluate(node[1], record) in node[2]
    if kind == "status":
        same = record["status"] is BPStatus.from_label(node[2])
        return same if node[1] == "=" else not same
    if kind == "and":
        return evaluate(node[1], record) and evaluate(node[2], record)
    if kind == "or":
        return evaluate(node[1], record) or evaluate(node[2], record)
    if kind == "not":
        return not evaluate(node[1], record)
    raise ValueError(kind)


# -- broken input --------------------------------------------------------------------------
NOISE = list('()[]",|.;=<>*-+¥\\') + ["and", "or", "not", "IN", "R,", "bp.", "\x00", "é",
                                      "today(", "date(", "1e9", "--", "'"]


@st.composite
def broken(draw) -> str:
    """A valid expression damaged by a few random cuts, insertions and swaps."""
    text = render(draw(conditions))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "insert", "truncate"]))
        if action == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 4)):]
        elif action == "insert":
            text = text[:at] + draw(st.sampled_from(NOISE)) + text[at:]
        else:
            text = text[:at]
    return text
