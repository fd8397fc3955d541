"""The street as a duplicate sign: its words folded, each abbreviation spelled out, at its
postcode (or its city). The key is built by regular expressions for speed (an import indexes
100,000 streets); it must equal the definition word by word, written here plainly."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from desktop.crm import duplicates as D
from desktop.crm.text_search import fold

PIECES = [*D.STREET_WORDS, "Bd", "AV.", "R.", "rue", "12", "bis", "É", "é", "ß", "İ", "ﬁ",
          "½", "²", "_", " ", ",", "-", "'", "\t", "\n", "/", "x"]


def street_words(street: str, postal_code: str, city: str) -> str:
    words = [D.STREET_WORDS.get(w, w) for w in D.WORDS.split(fold(street)) if w]
    place = D.normalized_vat(postal_code) or fold(city).strip()
    return f"{' '.join(words)}|{place}" if words and place else ""


@settings(max_examples=3000, deadline=None)
@given(street=st.lists(st.sampled_from(PIECES), max_size=10).map("".join) | st.text(),
       postal_code=st.sampled_from(["", "44000", " ", "a-1", "75 009"]),
       city=st.sampled_from(["", "Nantes", " ", "Saint-Étienne"]))
def test_the_street_key_is_its_words_abbreviations_spelled_out(street, postal_code, city):
    assert D.normalized_street.__wrapped__(street, postal_code, city) == \
        street_words(street, postal_code, city)


def test_abbreviations_only_as_whole_words():
    assert D.normalized_street("12, Bd Haussmann", "75009") == "12 boulevard haussmann|75009"
    assert D.normalized_street("3 Rte de l'Abd", "", "Nantes") == "3 route de l abd|nantes"
