"""The language switched while windows are open (issue 31): numbers, amounts, dates and day
names in the new locale, French plurals right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from desktop.crm.batch import ReportLine, RunReport
from desktop.crm.enums import BatchLineResult, UpdateMode
from desktop.i18n import Translations
from desktop.views.shell import features, registry  # noqa: F401 - features register
from tests.support.typing import turn


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


@pytest.fixture
def french_later():
    """A function that switches to French while the windows are open, as Tools > Settings
    does; English again after the test."""
    installed: list[Translations] = []

    def switch() -> None:
        translations = Translations()
        translations.install("fr")
        installed.append(translations)
        turn()  # the window retranslates after the LanguageChange the translators sent

    yield switch
    app = QCoreApplication.instance()
    for translations in installed:
        for translator in translations._installed:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    turn()


def test_amounts_and_dates_are_shown_again_in_the_new_locale(window, ctx, today, french_later):
    quotation = window.open_session("tdsls1100s000", record_id=1)
    total = quotation.form.editor("total_gross").value()
    date = quotation.form.editor("quotation_date").value()
    home = window.open_session("home")
    agenda = window.open_session("tccom6150m000")
    french_later()
    assert quotation.form.editor("total_gross").value() == total
    assert quotation.form.editor("total_gross").text() == QLocale().toString(float(total),
                                                                             "f", 2)
    assert quotation.form.editor("quotation_date").line.text() == date.strftime("%d/%m/%Y")
    assert QLocale().toString(today, QLocale.LongFormat) in home.greeting.text()
    first = agenda.first_day()
    assert agenda.header.canvas.first == first  # the header paints QLocale's day names


def test_a_run_summary_speaks_french_with_plurals(window, ctx, french_later):
    processing = window.open_session("tdsmi2210m100")
    lines = [ReportLine("BP", BatchLineResult.WOULD_CREATE) for _ in range(200)]
    lines.append(ReportLine("BP", BatchLineResult.SKIPPED_SELECTION))
    processing._done(RunReport(UpdateMode.SIMULATE, lines))
    french_later()
    text = processing.summary.text()
    assert "201 enregistrements traités" in text
    assert "200 seraient créés" in text and "1 ignoré (sélection fausse)" in text
