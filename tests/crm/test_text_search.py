"""Search ignores case and accents alike on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.text_search import contains, fold, replace_folded

NAMES = ["Mécanique Générale du Rhône", "ÉTABLISSEMENTS FRANÇOIS", "Œnologie Ødegård",
         "Łódź 100% Hydraulique_SA"]


def _matches(session, text: str) -> list[str]:
    BP = E.BusinessPartner
    return sorted(session.scalars(select(BP.name).where(contains(BP.name, text),
                                                        BP.name.in_(NAMES))))


def test_accents_and_case_are_ignored(demo_session):
    partners = demo_session.scalars(select(E.BusinessPartner).limit(len(NAMES))).all()
    for partner, name in zip(partners, NAMES, strict=True):
        partner.name = name
    demo_session.flush()
    assert _matches(demo_session, "mecanique") == [NAMES[0]]
    assert _matches(demo_session, "MÉCANIQUE générale") == [NAMES[0]]
    assert _matches(demo_session, "rhone") == [NAMES[0]]
    assert _matches(demo_session, "etablissements francois") == [NAMES[1]]
    assert _matches(demo_session, "oenologie") == []  # œ is one letter, as in LN
    assert _matches(demo_session, "onologie odegard") == [NAMES[2]]
    assert _matches(demo_session, "lodz") == [NAMES[3]]
    # the wildcards of LIKE are plain characters in a search
    assert _matches(demo_session, "100%") == [NAMES[3]]
    assert _matches(demo_session, "_sa") == [NAMES[3]]
    assert _matches(demo_session, "0_h") == []


def test_python_and_sql_fold_the_same_way():
    assert fold("Grégoire FAURE") == "gregoire faure"
    assert fold("ÀÉÎÕÜ Ç ß") == "aeiou c ß"


def test_control_characters_in_a_search_are_ignored_on_every_database(demo_session):
    """A NUL pasted from another program (PostgreSQL refuses it in any text), a tab, a bell,
    a zero-width space: the search is the same as without them."""
    partner = demo_session.scalars(select(E.BusinessPartner).limit(1)).one()
    partner.name = NAMES[0]
    demo_session.flush()
    for typed in ("méca\x00nique", "\x07mecanique\t", "meca\u200bnique", "\x00",
                  "générale\x1b du  rhône\r\n"):
        found = _matches(demo_session, typed)
        assert found == [NAMES[0]], typed  # "\x00" alone: no search, every name


def test_replace_folded_ignores_case_and_accents_and_keeps_the_rest():
    text = "Déjeuner : HELENE BÉRARD, he\u0301le\u0300ne be\u0301rard ; Bérard, Hélène seule"
    assert replace_folded(text, ["Hélène Bérard", "Bérard"], "X") == \
        "Déjeuner : X, X ; X, Hélène seule"  # decomposed accents go with their letters
    assert replace_folded("ﬁne Berard", ["berard"], "X") == "ﬁne X"
    assert replace_folded("rien", [], "X") == "rien"
