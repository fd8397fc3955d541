"""Every lookup and code field of every registered detail and processing form, the line dialogs
of their tabs and the dialogs that hold lookups, typed into key by key with the event loop
turning and the suggestions and resolutions read on the real pool (issue 31): each field holds
exactly what was typed until the user accepts, suggestions come, and Tab, Enter or picking
takes the right record.

The forms come from the session registry: a new detail or processing session is typed into
without a new test."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shapes.satellite import RecordDialog, SatelliteGrid
from desktop.views.shell import features, registry  # noqa: F401 - features register
from tests.support.typing import type_text
from tests.support.typing_targets import Target, type_into_lookup, type_into_window

#: windows that are neither a detail nor a processing form but hold lookups: their filter
#: bars (the overviews), the account manager of the Customer 360, the report to print
OTHER_FORMS = ("tccom6100m000", "tdsmi1110m000", "tdsmi1500m000", "tdsmi2410m100")
FORMS = sorted(spec.code for spec in registry.all_sessions()
               if issubclass(spec.factory, (DetailSession, ProcessingSession)))


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _ready(qtbot, ctx) -> None:
    """Until every read and change the window started on the pool has answered."""
    qtbot.waitUntil(lambda: not ctx.pool.busy, timeout=20000)


def _first_record(ctx, entity: type) -> int | None:
    with ctx.db.session() as s:
        return s.scalar(select(func.min(entity.id)))


def _line_dialogs(qtbot, ctx, detail, monkeypatch, counter) -> list[str]:
    """The New line dialog of each satellite tab of a saved record, typed into."""
    done: list[str] = []

    def exec_typed(dialog: RecordDialog) -> int:
        dialog.show()
        _ready(qtbot, ctx)
        done.extend(f"{type(tab).__name__}.{name}"
                    for name in type_into_window(qtbot, ctx, dialog, counter))
        dialog.reject()
        return QDialog.Rejected

    monkeypatch.setattr(RecordDialog, "exec", exec_typed)
    for index in range(detail.tab_widget.count()):
        tab = detail.tab_widget.widget(index)
        if isinstance(tab, SatelliteGrid) and tab.new_action.isVisible() \
                and tab.new_action.isEnabled() and _edits_in_a_dialog(tab):
            detail.tab_widget.setCurrentIndex(index)
            _ready(qtbot, ctx)
            tab.new_record()
    return done


def _edits_in_a_dialog(tab: SatelliteGrid) -> bool:
    """New opens the line's dialog (an attachment's asks for a file instead)."""
    return type(tab).new_record is SatelliteGrid.new_record


def _tabs(qtbot, ctx, detail, counter) -> list[str]:
    """The lookups of each tab of a saved record (a filter bar, a preview's record)."""
    done: list[str] = []
    for index in range(detail.tab_widget.count()):
        if detail.tab_widget.isTabEnabled(index):
            detail.tab_widget.setCurrentIndex(index)
            _ready(qtbot, ctx)
            tab = detail.tab_widget.widget(index)
            done += type_into_window(qtbot, ctx, tab, counter) if tab.isVisible() else []
    return done


@pytest.mark.parametrize("code", FORMS + list(OTHER_FORMS))
def test_every_lookup_and_code_field_takes_typing(code, window, ctx, qtbot, real_pool,
                                                  monkeypatch):
    counter = itertools.count()
    opened = window.open_session(code)  # a detail opens on a new record
    _ready(qtbot, ctx)
    typed = type_into_window(qtbot, ctx, opened, counter)
    factory = registry.get(code).factory
    if issubclass(factory, DetailSession) and registry.get(code).is_detail:
        record_id = _first_record(ctx, factory.entity)
        if record_id is not None:
            detail = window.open_session(code, record_id=record_id)
            _ready(qtbot, ctx)
            typed += _tabs(qtbot, ctx, detail, counter)
            typed += _line_dialogs(qtbot, ctx, detail, monkeypatch, counter)
            detail.dirty = False
    assert typed, f"{code}: no lookup or code field was found to type into"
    print(code, typed)  # what was covered, for who reads the output


def test_the_settings_dialog_employee_takes_typing(window, ctx, qtbot, real_pool):
    from desktop.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, window)
    dialog.show()
    _ready(qtbot, ctx)
    assert type_into_window(qtbot, ctx, dialog) == ["SettingsDialog"]
    dialog.reject()


def test_helios_oy_nimes_typed_into_a_partner_lookup(window, ctx, qtbot, real_pool):
    """The issue's case: the name typed without accents in lower case is kept as typed (never
    replaced by a code under the typist's fingers) and Tab takes the partner."""
    BP = E.BusinessPartner
    with ctx.db.session(user=ctx.user) as s:
        for other in s.scalars(select(BP).where(BP.name.like("%Oy N_mes%"))):
            other.name = other.name.replace("Oy", "AG")  # the one Hélios Oy of Nîmes
        partner = s.scalars(select(BP).order_by(BP.id)).first()
        partner.name = "Groupe Hélios Oy Nîmes"
        s.commit()
        target = Target(partner.id, partner.code, partner.name)
    call = window.open_session("tccom6600m200")
    _ready(qtbot, ctx)
    field = call.form.editor("business_partner_id")
    type_into_lookup(qtbot, field, "helios oy nimes", target, "tab")
    contact = call.form.editor("contact_id")
    assert contact.spec.prefer is not None  # the partner's contacts now come first


def test_bpcity_typed_into_a_code_lookup_with_few_records(window, ctx, qtbot, real_pool):
    """The issue's other case: a report BPCITY among a few; typing its code ends as BPCITY,
    never BPCITYPCITY, and Enter takes it."""
    from desktop.crm.db.unit_of_work import commit

    with ctx.db.session(user=ctx.user) as s:
        report = E.Report(code="BPCITY", description="Partners by city",
                          business_object=s.scalars(select(E.Report.business_object)).first())
        s.add(report)
        commit(s)
        target = Target(report.id, report.code, report.description)
    printing = window.open_session("tdsmi2410m100")
    _ready(qtbot, ctx)
    field = printing.form.editor("report_id")
    type_into_lookup(qtbot, field, "BPCITY", target, "enter")
    assert field.code.text() == "BPCITY"
    type_text(qtbot, field.code, "bpcit")  # a prefix: the rest comes selected, replaced
    qtbot.waitUntil(lambda: field.completer.popup().isVisible())
    type_text(qtbot, field.code, "Y", clear=False)
    assert field.code.text().upper() == "BPCITY" and not field.code.hasSelectedText()


def test_the_settings_dialog_gives_each_label_its_alt_letter(window, ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.dialogs.settings_dialog import SettingsDialog
    from desktop.widgets.mnemonics import mnemonic

    dialog = SettingsDialog(ctx, window)
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    keys = [mnemonic(label.text()) for label in labels]
    assert len(labels) >= 6 and None not in keys and len(set(keys)) == len(keys), \
        [label.text() for label in labels]
    language = next(label for label in labels if label.buddy() is dialog.language)
    dialog.activateWindow()
    dialog.data_as_is.setFocus()
    qtbot.waitUntil(dialog.data_as_is.hasFocus)
    key = getattr(Qt.Key, f"Key_{mnemonic(language.text()).upper()}")
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    assert dialog.language.hasFocus()
    dialog.reject()
