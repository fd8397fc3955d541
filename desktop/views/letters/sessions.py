"""Letters (tdsmi1150m000): overview and detail. The detail edits the layout in the letter
editor, exports it to Word and takes it back, copies it, and previews it on a record."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import qtawesome as qta
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.crm import entities as E
from desktop.crm.db.database import data_dir
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.io.file_names import safe_file_name
from desktop.crm.letters import rules
from desktop.crm.letters.storage import dumps, loads
from desktop.dialogs import files
from desktop.i18n import tr_crm
from desktop.models.columns import Column
from desktop.views.letters import ops
from desktop.views.letters.preview import PreviewPanel
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.simple import define
from desktop.widgets.letter_editor import LetterEditor

L = E.Letter


def personal_dictionary() -> Path:
    return data_dir() / "dictionary.txt"


class LetterDetailBase(DetailSession):
    split = (1, 4)  # the layout is what the user works on
    hooks = ops.HOOKS

    def __init__(self, ctx, parent=None, **params) -> None:
        self.editor = None
        super().__init__(ctx, parent, **params)
        self.editor = LetterEditor(personal_dictionary(), self, translate=tr_crm)
        self.editor.setObjectName("letter_editor")
        self.editor.changed.connect(self._changed)
        self.preview = PreviewPanel(self)
        self.add_leading_tab(self.editor, "Layout")
        self.add_leading_tab(self.preview, "Preview")
        self.tab_widget.setCurrentIndex(0)
        self.tab_widget.currentChanged.connect(self._tab_changed)
        self.letter_actions = {}
        for name, icon, slot in (("export", "fa5s.file-word", self.export_clicked),
                                 ("import", "fa5s.file-import", self.import_clicked),
                                 ("copy", "fa5s.copy", self.copy_clicked)):
            action = QAction(qta.icon(icon), "", self)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.letter_actions[name] = action
        self._translate_letter()
        self.form.editor("object_kind").changed.connect(self._object_changed)
        self.form.editor("language").changed.connect(self._language_changed)
        self.loaded()
        self.query(ops.customer_words).success(self.editor.set_customer_words).run()

    def _translate_letter(self) -> None:
        texts = {"export": t("Export to Word"), "import": t("Import from Word"),
                 "copy": t("Copy letter")}
        for name, action in self.letter_actions.items():
            action.setText(texts[name])

    def retranslate(self) -> None:
        super().retranslate()
        self._translate_letter()
        self.preview.retranslate()
        if self.editor is not None:
            self.editor.retranslate()

    def loaded(self) -> None:
        if self.editor is None:
            return
        self._loading = True
        try:
            document = loads(self.snap.extra["layout"] if self.snap and self.record_id else "")
            language = self.form.editor("language").value() or "fr"
            self.editor.set_document(replace(document, language=language))
        finally:
            self._loading = False
        self._object_changed()

    def form_values(self) -> dict:
        return {**super().form_values(), "layout": dumps(self.editor.document())}

    def _object_changed(self) -> None:
        kind = self.form.editor("object_kind").value() or BusinessObjectKind.CONTACT
        self.preview.set_kind(kind)
        self.query(ops.merge_fields, kind).success(self.editor.set_catalogue).run()

    def _language_changed(self) -> None:
        self.editor.set_language(self.form.editor("language").value() or "fr")

    def _tab_changed(self, index: int) -> None:
        if self.tab_widget.widget(index) is self.preview:
            self.preview.refresh()

    # -- Word ---------------------------------------------------------------------------------
    def export_clicked(self) -> None:
        code = self.form.editor("code").value() or "letter"
        path = files.save_path(self, self.ctx.settings, "letters", t("Export to Word"),
                               safe_file_name(f"{code}.docx"), t("Word documents (*.docx)"))
        if path:
            self.export_docx(path)

    def export_docx(self, path: Path) -> None:
        """The letter as a .docx, to check spelling in Word, or to send to a word processor;
        built and written on the task pool."""
        self.query(ops.export_docx, self.editor.document(), path) \
            .success(lambda problem: self._exported(path, problem)).run()

    def _exported(self, path: Path, problem: str) -> None:
        if problem:
            QMessageBox.warning(self, t("Export to Word"), problem)
        else:
            files.offer_to_open(self, t("Export to Word"), path)

    def import_clicked(self) -> None:
        path = files.open_path(self, self.ctx.settings, "letters", t("Import from Word"),
                               t("Word documents (*.docx)"))
        if path:
            self.import_docx(path)

    def import_docx(self, path: Path) -> None:
        """Take an edited .docx back, read on the task pool: the layout becomes the
        document's (Revert undoes it), and what could not come back whole is said."""
        kind = self.form.editor("object_kind").value() or BusinessObjectKind.CONTACT
        self.query(ops.import_docx, path, kind).success(self._imported).run()

    def _imported(self, outcome) -> None:
        imported, notes = outcome
        if imported is None:
            QMessageBox.warning(self, t("Import from Word"), notes[0])
            return
        language = self.form.editor("language").value() or "fr"
        # the letter keeps its language: a .docx saved on an English Word says "en"
        self.editor.set_document(replace(imported.document, language=language))
        self._changed()
        if notes:
            QMessageBox.information(self, t("Import from Word"), "\n\n".join(notes))

    # -- copy ---------------------------------------------------------------------------------
    def copy_clicked(self) -> None:
        self.ask_copy(t("Copy letter"), t("Code of the new letter"), _copy_letter)

    def copy_to(self, code: str) -> None:
        self.copy_as(code, t("Copy letter"), _copy_letter)


def _copy_letter(session, source_id: int, code: str):
    return rules.copy_letter(session, source_id, code, "")


def _letter_columns(self):
    return [Column("code", t("Letter"), L.code, searchable=True, width=100),
            Column("description", t("Description"), L.description, searchable=True, width=300),
            Column("kind", t("Business object"), L.object_kind, width=140),
            Column("language", t("Language"), L.language, width=70),
            Column("export", t("Export"), L.export, kind="bool", width=60),
            Column("layout", t("Layout"), L.layout != "", kind="bool", width=60)]


def _letter_groups(self):
    return [Group("General", [F("code", "Letter", required=True),
                              F("description", required=True),
                              F("object_kind", kind="enum", enum_class=BusinessObjectKind,
                                options={"members": list(rules.MERGE_KINDS)})]),
            Group("Output", [F("language", kind="choice",
                               options={"choices": lambda: [
                ("fr", t("French")), ("en", t("English"))]}),
                             F("export", "Export", "bool",
                               tooltip="Mail merge writes the merged data to a file for a word "
                                       "processor instead of printing letters (BR-LET-05).")],
                  column=1)]


_, LetterDetail = define(
    L, ("tdsmi1150m000", "Letters"), ("tdsmi1150s000", "Letter"), "fa5s.envelope-open-text",
    "marketing", _letter_columns, _letter_groups, base_detail=LetterDetailBase)

__all__ = ["LetterDetail"]
