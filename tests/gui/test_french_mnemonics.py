"""Alt+letters on the longest French form (issue 40): the call window's labels in French
("Opportunité", "Activité", "Durée (minutes)", "Rappel avant", "Unité"...) each get a key
of their own while the window's 26 letters and 10 digits suffice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.i18n import Translations
from desktop.widgets.keyboard import claimed
from desktop.widgets.mnemonics import mnemonic
from tests.support.typing import turn


@pytest.fixture
def french():
    translations = Translations()
    translations.install("fr")
    turn()
    yield
    for translator in translations._installed:
        QCoreApplication.instance().removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    turn()


def test_the_french_call_window_leaves_no_label_without_a_key_it_could_have(window, french,
                                                                            qtbot):
    """Every label gets a key unless every letter and digit of its text is already answered
    to (by the menu bar, a button or another label), and none is given twice. In French six
    labels are in that case ("Opportunité" has o, p, r, t, u, n, i, e: all taken); the
    matching serves the largest number the texts allow (tests/test_mnemonics.py)."""
    call = window.open_session("tccom6600m200")  # a new call
    qtbot.waitUntil(call.isVisible)
    labels = [label for label in call.form.labels.values() if label.isVisibleTo(call)]
    texts = [label.text() for label in labels]
    assert "Rappel avant" in {text.replace("&", "") for text in texts}  # it is French
    keys = [mnemonic(text) for text in texts]
    given = [key for key in keys if key]
    assert len(set(given)) == len(given) >= 12
    taken = claimed(call)
    for text, key in zip(texts, keys, strict=True):
        own = {c.lower() for c in text if c.isascii() and c.isalnum()}
        assert key is not None or own <= taken, (text, sorted(own - taken))
