"""Spell check as the user types, in French or English (pyspellchecker, whose dictionaries ship
in its wheel), with a personal dictionary in the user's data folder, seeded with the words of
the customers' names and cities (a French check does not flag "Lyon" or "Dupont"). Merge-field
tokens are objects, not words, so they are never flagged."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat
from spellchecker import SpellChecker

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@lru_cache(maxsize=4)
def _checker(language: str) -> SpellChecker:
    return SpellChecker(language=language if language in ("fr", "en") else "fr")


class Speller:
    """Knows the words of one language and the user's own."""

    def __init__(self, language: str, personal: Path,
                 customers: frozenset[str] = frozenset()) -> None:
        self.language = language
        self.personal = personal
        self.customers = customers  # lower-case words of the partners' names and cities
        self.checker = _checker(language)
        self.own: set[str] = set()
        if personal.exists():
            self.own = {w.strip().lower() for w in personal.read_text("utf-8").splitlines()
                        if w.strip()}

    def is_known(self, word: str) -> bool:
        lowered = word.lower().replace("’", "'")
        if lowered in self.own or lowered in self.customers or word.isupper() or len(word) < 2:
            return True
        if lowered in self.checker:
            return True
        # an elided French article or pronoun: l'entreprise, d'accord, qu'il
        head, _, tail = lowered.partition("'")
        return bool(tail) and len(head) <= 3 and tail in self.checker

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        found = self.checker.candidates(word.lower()) or set()
        ranked = sorted(found, key=lambda w: -self.checker.word_usage_frequency(w))[:limit]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    def add(self, word: str) -> None:
        """Add to the personal dictionary, kept for every letter and every session."""
        self.own.add(word.lower())
        self.personal.parent.mkdir(parents=True, exist_ok=True)
        self.personal.write_text("\n".join(sorted(self.own)) + "\n", "utf-8")


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines unknown words with the platform's spell-check wave; the format is the
    layout's, never the document's, so nothing of it is saved or exported."""

    def __init__(self, document, speller: Speller) -> None:
        super().__init__(document)
        self.speller = speller
        self.fmt = QTextCharFormat()
        self.fmt.setUnderlineStyle(QTextCharFormat.SpellCheckUnderline)
        self.fmt.setUnderlineColor(Qt.red)

    def set_speller(self, speller: Speller) -> None:
        self.speller = speller
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        for match in WORD.finditer(text):
            if not self.speller.is_known(match.group()):
                self.setFormat(match.start(), match.end() - match.start(), self.fmt)


def words_of(texts) -> frozenset[str]:
    """The lower-case words of names and cities, as the checker compares them."""
    return frozenset(m.group().lower().replace("’", "'") for text in texts
                     for m in WORD.finditer(text or ""))


def word_at(text: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the word at ``position`` in a block's text."""
    for match in WORD.finditer(text):
        if match.start() <= position <= match.end():
            return match.start(), match.end()
    return None
