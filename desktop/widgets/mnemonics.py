"""Alt+letters (issue 40): which key a text claims, and a free one given to a text."""

from __future__ import annotations

import re

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter a text claims (``&Name`` -> "n"), lower case."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an ``&`` before its first letter not in ``used`` (which gets it): a
    word's first letter first, else any letter, else a digit (a long form runs out of
    letters; Alt+1 is a key too), else none: a key is never given twice."""
    # plain letters only: Alt+é is no key on most keyboards
    letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
    starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    others = [i for i in letters if i not in starts]
    digits = [i for i, c in enumerate(text) if c.isascii() and c.isdigit()]
    free = next((i for i in starts + others + digits if text[i].lower() not in used), None)
    if free is None:
        return text
    used.add(text[free].lower())
    return text[:free] + "&" + text[free:]
