"""Loading translations: ours (resources/translations) and Qt's own, switchable at run time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.crm.errors import CrmError
from desktop.resources import resources_dir


def tr_crm(text: str) -> str:
    """Translate a domain message template or label (context "crm")."""
    return QCoreApplication.translate("crm", text)


def error_text(error: BaseException) -> str:
    """The user's sentence for an error: a domain error translated, anything else named."""
    if isinstance(error, CrmError) or callable(getattr(error, "message", None)):
        return error.message(tr_crm)  # domain errors and the sync's fault kinds
    return QCoreApplication.translate("Operation", "Unexpected error: %1").replace(
        "%1", str(error) or type(error).__name__)


_TRANSLATORS: dict[str, QTranslator] = {}
_LOADING = threading.Lock()  # merges call it on the task pool's threads


def translator_for(language: str) -> Callable[[str], str]:
    """Our domain words (context "crm") in ``language``, whatever the user's language is: a
    letter in English merged by a French user says "Completed", not "Terminé"."""
    if language != "fr":
        return lambda text: text  # the English words are the sources
    with _LOADING:
        translator = _TRANSLATORS.get(language)
        if translator is None:
            translator = QTranslator()
            translator.load(f"crm_{language}", str(translations_dir()))
            _TRANSLATORS[language] = translator

    def translate(text: str) -> str:
        return translator.translate("crm", text) or text

    return translate


def translations_dir() -> Path:
    return resources_dir() / "translations"


def current_language() -> str:
    """The language the application speaks now ("fr" or "en"): the default locale's."""
    return "fr" if QLocale().language() == QLocale.French else "en"


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.French else "en"


# Qt's own French (qtbase_fr.qm, loaded below) lacks the file dialog's two labels that Qt 6
# gave Alt letters, so they showed in English in a French dialog; ours carries them (Qt asks
# the translator installed last first: Qt's, then ours)
QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")


class Translations:
    """Keeps the installed translators so the language can change while the app runs."""

    #: every translator any instance installed: the application speaks one language, so a
    #: language installed replaces them all (a French one left behind would answer every
    #: text English leaves untranslated)
    _everywhere: list[QTranslator] = []

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str = "") -> str:
        app = QCoreApplication.instance()
        for translator in Translations._everywhere:
            app.removeTranslator(translator)
        Translations._everywhere.clear()
        self._installed.clear()
        self.language = language or system_language()
        QLocale.setDefault(QLocale(QLocale.French, QLocale.France) if self.language == "fr"
                           else QLocale(QLocale.English, QLocale.UnitedKingdom))
        self._load(translations_dir(), f"crm_{self.language}")  # English: its plurals
        if self.language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
            self._load(Path(qt_dir), f"qtbase_{self.language}")
        return self.language

    def _load(self, folder: Path, name: str) -> None:
        translator = QTranslator()
        if translator.load(name, str(folder)):
            QCoreApplication.instance().installTranslator(translator)
            self._installed.append(translator)
            Translations._everywhere.append(translator)
