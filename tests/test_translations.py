"""The French translation is complete and up to date with the code."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def _messages() -> set[tuple[str, str]]:
    tree = ET.parse(i18n.TS_DIR / "crm_fr.ts")
    return {(c.findtext("name"), m.findtext("source"))
            for c in tree.getroot().iter("context") for m in c.iter("message")}


def test_every_declared_string_is_in_the_french_sources():
    absent = i18n.collect() - _messages()
    assert absent == set(), "run: python tools/i18n.py all"


def test_french_translation_is_complete():
    assert i18n.missing("fr") == []


def test_compiled_translation_exists():
    qm = i18n.TS_DIR / "crm_fr.qm"
    assert qm.exists() and qm.stat().st_size > 1000


def test_english_plurals_are_words_not_parentheses():
    """Every "%n" text has an English singular and plural ("1 row", "3 rows")."""
    tree = ET.parse(i18n.TS_DIR / "crm_en.ts")
    plurals = [m for c in tree.getroot().iter("context") for m in c.iter("message")
               if m.get("numerus") == "yes"]
    assert plurals
    for message in plurals:
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")
        assert not any("(s)" in form for form in forms), forms
