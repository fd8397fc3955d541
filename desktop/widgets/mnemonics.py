"""Alt+letters (issue 40): which key a text claims, and a free one given to a text."""

from __future__ import annotations

import re
import string

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
#: a key appended to a text that holds no free one: "Unité (&K)"
APPENDED = re.compile(r"\s*\(&([^&\s])\)")
#: the keys a text may be given outside its own letters, letters first (Alt+digit is a key too)
SPARE_KEYS = string.ascii_lowercase + string.digits


def mnemonic(text: str) -> str | None:
    """The Alt+letter a text claims (``&Name`` -> "n"), lower case."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an ``&`` before its first letter not in ``used`` (which gets it): a
    word's first letter first, else any letter, else a digit (a long form runs out of
    letters; Alt+1 is a key too), else none: a key is never given twice."""
    free = next((i for i in _keys(text) if text[i].lower() not in used), None)
    if free is None:
        return text
    used.add(text[free].lower())
    return text[:free] + "&" + text[free:]


def _keys(text: str) -> list[int]:
    """The positions a text may take its key at, best first: a word's first letter, any other
    letter, a digit (plain ones only: Alt+é is no key on most keyboards)."""
    letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
    starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    digits = [i for i, c in enumerate(text) if c.isascii() and c.isdigit()]
    return starts + [i for i in letters if i not in starts] + digits


def with_mnemonics(texts: list[str], used: set[str]) -> list[str]:
    """Each text with a key none of the others and nothing in ``used`` has, for as many texts
    as can have one: a maximum matching of texts to free keys (augmenting paths, Kuhn), so a
    label whose letters are scarce is not left without because a longer one took its only
    free letter first. A text keeps its best-placed key where the matching allows."""
    options = [[i for i in _keys(text) if text[i].lower() not in used] for text in texts]
    owner: dict[str, int] = {}  # key -> index of the text holding it

    def place(text: int, seen: set[str]) -> bool:
        for key in dict.fromkeys(texts[text][i].lower() for i in options[text]):
            if key in seen:
                continue
            seen.add(key)
            if key not in owner or place(owner[key], seen):
                owner[key] = text
                return True
        return False

    for text in sorted(range(len(texts)), key=lambda t: len(options[t])):
        place(text, set())
    key_of = {text: key for key, text in owner.items()}
    used.update(owner)
    marked = [_marked(text, key_of.get(n), options[n]) for n, text in enumerate(texts)]
    return [text if n in key_of else with_appended_key(text, used)
            for n, text in enumerate(marked)]


def with_appended_key(text: str, used: set[str]) -> str:
    """``text`` with a free key of the window appended in parentheses, "Unité (&K)", when no
    letter or digit of its own is free: what Windows does for localized UI whose words hold
    no usable access key (Microsoft, "Access keys", learn.microsoft.com/windows/apps/design/
    input/access-keys, localization: the key "(&F)" follows the text) and what Qt reads back
    (QPlatformTheme::removeMnemonics drops a trailing "(&X)"). A trailing colon stays last.
    When all 36 keys are taken the text stays as it is: a key is never given twice."""
    key = next((k for k in SPARE_KEYS if k not in used), None)
    if key is None:
        return text
    used.add(key)
    body = text.rstrip(" :*")
    return f"{body} (&{key.upper()}){text[len(body):]}"


def without_mnemonic(text: str) -> str:
    """A text as spoken and read: no "(&K)" appended key, no mnemonic ampersand ("&&" is
    one "&")."""
    text = APPENDED.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _marked(text: str, key: str | None, positions: list[int]) -> str:
    if key is None:
        return text
    at = next(i for i in positions if text[i].lower() == key)
    return text[:at] + "&" + text[at:]
