"""Qt's own dialogs speak the application's language (issue 40): a file dialog (Qt's own, as
under tests and where the system has none) reads in French after the switch to French, its
buttons and its labels, and in English again after the switch back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from desktop.i18n import Translations
from tests.support.typing import turn


@pytest.fixture
def translations():
    installed = Translations()
    yield installed
    installed.install("en")
    app = QCoreApplication.instance()
    for translator in installed._installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    turn()


def _texts(dialog: QFileDialog) -> tuple[set[str], set[str]]:
    buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)}
    labels = {label.text() for label in dialog.findChildren(QLabel)
              if label.isVisibleTo(dialog) and label.text()}
    return buttons, labels


def _dialog(qtbot, mode) -> QFileDialog:
    dialog = QFileDialog(None, "Export")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    return dialog


def test_a_file_dialog_reads_in_french(qtbot, translations):
    translations.install("fr")
    opening = _dialog(qtbot, QFileDialog.AcceptOpen)
    assert _texts(opening) == ({"&Ouvrir", "Annuler"},
                               {"&Voir dans\u00a0:", "&Nom de fichier\u00a0:",
                                "Fichiers de &type\u00a0:"})
    saving = _dialog(qtbot, QFileDialog.AcceptSave)
    assert _texts(saving)[0] == {"&Enregistrer", "Annuler"}


def _buttons(dialog: QFileDialog) -> set[str]:
    """Without the Alt letter: Qt's own retranslation gives the button none."""
    return {text.replace("&", "") for text in _texts(dialog)[0]}


def test_file_dialogs_follow_the_language_switch(qtbot, translations):
    """Switched to French and back, as Tools > Settings does: a new dialog in the new
    language, and the buttons of one left open too (Qt retranslates those, not its labels:
    the switch is made in a modal dialog, so none is open then)."""
    translations.install("en")
    dialog = _dialog(qtbot, QFileDialog.AcceptSave)
    assert _buttons(dialog) == {"Save", "Cancel"}
    translations.install("fr")
    turn()  # the LanguageChange the translators sent
    qtbot.waitUntil(lambda: _buttons(dialog) == {"Enregistrer", "Annuler"})
    assert _buttons(_dialog(qtbot, QFileDialog.AcceptSave)) == {"Enregistrer", "Annuler"}
    translations.install("en")
    turn()
    qtbot.waitUntil(lambda: _buttons(dialog) == {"Save", "Cancel"})
    assert "Files of &type:" in _texts(_dialog(qtbot, QFileDialog.AcceptOpen))[1]
