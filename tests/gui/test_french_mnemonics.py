"""Alt+letters on the longest French form (issue 40): the call window's labels in French
("Opportunité", "Activité", "Durée (minutes)", "Rappel avant", "Unité"...) each get a key
of their own while the window's 26 letters and 10 digits suffice, appended in parentheses
where the text holds no free one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.widgets.keyboard import focus_target
from desktop.widgets.mnemonics import APPENDED, mnemonic, without_mnemonic
from tests.support import keyboard_audit as audit


def test_every_label_of_the_french_call_window_gets_a_key_of_its_own(window, french, qtbot):
    """Every label gets a key and none is given twice. In French six labels hold no free
    letter ("Opportunité" has o, p, r, t, u, n, i, e: all taken by the menu bar, the buttons
    and the other labels): they get a free key appended, "Unité (&K)", as Windows does for
    localized text. Alt+that key reaches the field, and a screen reader still hears the
    label's own words, without "(K)"."""
    call = window.open_session("tccom6600m200")  # a new call
    qtbot.waitUntil(call.isVisible)
    labels = [label for label in call.form.labels.values() if label.isVisibleTo(call)]
    texts = [label.text() for label in labels]
    assert "Rappel avant" in {without_mnemonic(text) for text in texts}  # it is French
    keys = [mnemonic(text) for text in texts]
    assert None not in keys, texts
    assert audit.duplicate_mnemonics(call) == []
    appended = [label for label in labels if APPENDED.search(label.text())]
    assert len(appended) >= 6, texts  # the six whose letters are all taken, at least
    for label in appended:
        field = focus_target(label.buddy())
        # the name set on the field, not Qt's tree: on Linux a combo's tree Name is its value
        # (QAccessibleComboBox::text, "on Linux we use relations for this"); Windows reads this
        assert field.accessibleName() == without_mnemonic(label.text()).rstrip(" :*")
        if not field.isEnabled():
            continue  # a disabled field takes no focus, by any key
        key = getattr(Qt.Key, f"Key_{mnemonic(label.text()).upper()}")
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.AltModifier)
        assert QApplication.focusWidget() is field, label.text()
