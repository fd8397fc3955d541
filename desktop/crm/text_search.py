"""Search that ignores case and accents the same way on SQLite and PostgreSQL:
"mecanique" finds "Mécanique", "GREGOIRE" finds "Grégoire".

PostgreSQL's lower() follows the database's collation (ASCII only under "C") and unaccent is
an extension not every server has, so the folding is a translate() of the accented Latin
letters, both cases, which every server runs; SQLite calls the same folding in Python.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import String, cast, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

ACCENTED = ("ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸŒœÆæ"
            "ĀāĂăĄąĆćČčĎďĐđĒēĖėĘęĚěĞğĪīĮįİıŁłŃńŇňŌōŐőŘřŚśŞşŠšŢţŤťŪūŮůŰűŹźŻżŽž")
_SPECIAL = {"Ø": "o", "ø": "o", "Đ": "d", "đ": "d", "Ł": "l", "ł": "l", "Œ": "o", "œ": "o",
            "Æ": "a", "æ": "a", "ı": "i"}


def _base(char: str) -> str:
    return _SPECIAL.get(char) or unicodedata.normalize("NFKD", char)[0].lower()


PLAIN = "".join(_base(c) for c in ACCENTED)
_TABLE = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    """The searchable form of a text: lower case, accents off (the letters above exactly,
    others through Unicode's decomposition, as SQLite's crm_fold does)."""
    lowered = text.translate(_TABLE).lower()
    if lowered.isascii():  # nothing left to decompose (most text, and it is called a lot)
        return lowered
    return "".join(c for c in unicodedata.normalize("NFKD", lowered)
                   if not unicodedata.combining(c))


def sqlite_fold(value):
    """crm_fold(): registered on every SQLite connection."""
    return fold(value) if isinstance(value, str) else value


class folded(FunctionElement):  # noqa: N801 - used as a SQL function
    """The folded form of a text column, in SQL."""

    type = String()
    inherit_cache = True


@compiles(folded)
def _folded_default(element, compiler, **kw):
    return compiler.process(func.translate(func.lower(*element.clauses), ACCENTED, PLAIN), **kw)


@compiles(folded, "sqlite")
def _folded_sqlite(element, compiler, **kw):
    return compiler.process(func.crm_fold(*element.clauses), **kw)


def searched_text(text: str) -> str:
    """What a typed search looks for: control and format characters a paste brings along
    (a NUL, which PostgreSQL refuses in any text, a tab, a zero-width space) are ignored."""
    kept = "".join(" " if c in "\t\r\n" else c for c in text
                   if c in "\t\r\n" or unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join(kept.split())


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(expr, text: str):
    """WHERE clause: ``expr`` contains ``text``, ignoring case and accents."""
    if not isinstance(getattr(expr, "type", None), String):
        expr = cast(expr, String)
    return folded(expr).like(f"%{_escaped(fold(searched_text(text)))}%", escape="\\")


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text`` it came from
    (folding drops accents and may change the length: "ﬁ" gives two letters, a combining
    accent none)."""
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        plain = fold(char)
        parts.append(plain)
        origins.extend([index] * len(plain))
    return "".join(parts), origins


def replace_folded(text: str, words: list[str], by: str) -> str:
    """Each of ``words`` replaced by ``by`` in ``text`` ignoring case and accents as ``contains``
    does ("Hélène" replaces "HELENE" and "hélène"); earlier words win where two overlap, so
    give the longest first."""
    wanted = [fold(word) for word in words if fold(word)]
    if not wanted:
        return text
    folded, origins = _folded_with_origins(text)
    pattern = re.compile("|".join(re.escape(word) for word in wanted))
    kept, last = [], 0
    for match in pattern.finditer(folded):
        start, end = origins[match.start()], origins[match.end() - 1] + 1
        while end < len(text) and not fold(text[end]):  # the accents of the last letter
            end += 1
        if start >= last:
            kept += [text[last:start], by]
            last = end
    return "".join(kept + [text[last:]])
