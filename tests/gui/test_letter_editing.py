"""The letter editor as Word users expect: Tab and Shift+Tab from cell to cell (Tab in the
last cell adds a row), typed key by key; nothing added around a table on its way to Word; a
link typed in; the font the .docx names; the spacing the editor shows, the PDF Qt paints and
LibreOffice prints the .docx with, word for word within a point; the French check that knows
the customers' names and cities."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile

import pytest
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.letters.document import (
    CELL_PADDING,
    LIST_INDENT,
    PARAGRAPH_AFTER,
    Cell,
    Document,
    Paragraph,
    Table,
    Text,
)
from desktop.crm.letters.docx_export import to_docx
from desktop.widgets.letter_editor import qt_document
from desktop.widgets.letter_editor.dialogs import TableDialog
from desktop.widgets.letter_editor.printing import write_pdf
from tests.gui.test_letters import _flagged, _new_letter
from tests.support import docx_corpus, office
from tests.support.typing import type_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(autouse=True)
def discarding(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _insert_table(editor, monkeypatch, rows=2, columns=2) -> None:
    def two_by_two(dialog):
        dialog.rows.setValue(rows)
        dialog.columns.setValue(columns)
        return True

    monkeypatch.setattr(TableDialog, "exec", two_by_two)
    editor.table_action.trigger()


def test_tab_goes_from_cell_to_cell_and_adds_a_row_in_the_last(window, qtbot, monkeypatch):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    editor.edit.setFocus()
    _insert_table(editor, monkeypatch)
    for text in ("Article", "Prix", "Vérin", "1 250 €", "Pompe"):  # the last: a new row
        type_text(qtbot, editor.edit, text, clear=False)
        if text != "Pompe":
            qtbot.keyClick(editor.edit, Qt.Key_Tab)
    qtbot.keyClick(editor.edit, Qt.Key_Backtab)  # back: the previous cell's text selected
    type_text(qtbot, editor.edit, "1 300 €", clear=False)  # typed over, as in Word
    qtbot.keyClick(editor.edit, Qt.Key_Tab, Qt.ShiftModifier)  # Shift+Tab, as sent on Windows
    assert editor.edit.textCursor().selectedText() == "Vérin"
    document = editor.document()
    # the table opens the letter: no empty paragraph before it nor after it
    assert len(document.blocks) == 1
    assert [[c.paragraphs[0].text for c in row] for row in document.blocks[0].rows] == [
        ["Article", "Prix"], ["Vérin", "1 300 €"], ["Pompe", ""]]
    body = docx_body(to_docx(document))
    assert [child.tag for child in body] == [W + "tbl", W + "sectPr"]


def docx_body(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml")).find(W + "body")


def test_shift_tab_outside_a_table_still_decreases_a_list_indent(window, qtbot):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    editor.edit.setFocus()
    editor.bullet_action.trigger()
    type_text(qtbot, editor.edit, "premier", clear=False)
    editor.indent(1)
    assert editor.document().blocks[0].level == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(editor.edit, Qt.Key_Backtab, Qt.ShiftModifier)  # the action's shortcut
    assert editor.document().blocks[0].level == 0


def test_a_link_typed_in_its_dialog_is_kept_and_exported(window, qtbot):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    type_text(qtbot, editor.edit, "Voir le programme")
    cursor = editor.edit.document().find("programme")
    editor.edit.setTextCursor(cursor)

    def type_address():
        dialog = QApplication.activeModalWidget()
        field = dialog.findChild(QLineEdit)
        type_text(qtbot, field, "https://salon.example.com/programme")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, type_address)
    editor.link_action.trigger()
    inlines = editor.document().blocks[0].inlines
    assert [(i.text, i.link) for i in inlines] == [
        ("Voir le ", ""), ("programme", "https://salon.example.com/programme")]
    body = docx_body(to_docx(editor.document()))
    assert body.find(f"{W}p/{W}hyperlink") is not None


def test_the_editor_takes_the_font_and_size_the_docx_names(window, qtbot, tmp_path):
    detail = _new_letter(window, qtbot)
    path = tmp_path / "google.docx"
    path.write_bytes(docx_corpus.google_doc())
    detail.import_docx(path)
    editor = detail.editor
    assert editor.edit.document().defaultFont().family() == "Arial"
    assert editor.edit.document().defaultFont().pointSizeF() == 11
    assert editor.size_box.currentText() == "11"
    styles = _part(to_docx(editor.document()), "word/styles.xml")
    fonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert {fonts.get(f"{W}{script}") for script in ("ascii", "hAnsi", "eastAsia", "cs")} == \
        {"Arial"} and fonts.get(f"{W}asciiTheme") is None


def _part(data: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


LAYOUT = Document((
    Paragraph((Text("Alpha"),)), Paragraph((Text("Beta"),)),
    Paragraph((Text("Gamma"),), list_kind="bullet"),
    Paragraph((Text("Delta"),), list_kind="bullet", level=1),
    Paragraph((Text("Epsilon"),)),
    Table(((Cell((Paragraph((Text("Zeta"),)),)), Cell((Paragraph((Text("Eta"),)),))),
           (Cell((Paragraph((Text("Theta"),)),)), Cell((Paragraph((Text("Iota"),)),))))),
    Paragraph((Text("Kappa"),))), font="DejaVu Sans", size=11.0)


def test_the_editor_and_the_docx_name_the_same_spacing_bullets_and_padding(qapp):
    """Read from both: the editor's block and table formats, the .docx's XML."""
    qdoc = qt_document.QTextDocument()
    qt_document.show(qdoc, LAYOUT)
    points = 1 / qt_document.PIXELS_PER_POINT
    blocks = []
    block = qdoc.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    after = {b.text(): round(b.blockFormat().bottomMargin() * points, 2) for b in blocks}
    assert (after["Alpha"], after["Gamma"], after["Zeta"]) == (PARAGRAPH_AFTER, 0, 0)
    assert qdoc.indentWidth() * points == LIST_INDENT
    table = qdoc.rootFrame().childFrames()[0].format().toTableFormat()
    assert round(table.cellPadding() * points, 2) == CELL_PADDING
    data = to_docx(LAYOUT)
    styles, numbering = _part(data, "word/styles.xml"), _part(data, "word/numbering.xml")
    spacing = styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}spacing")
    assert int(spacing.get(f"{W}after")) / 20 == PARAGRAPH_AFTER
    body = docx_body(data)
    list_item = body.findall(f"{W}p")[2]
    assert list_item.find(f"{W}pPr/{W}spacing").get(f"{W}after") == "0"
    margins = body.find(f"{W}tbl/{W}tblPr/{W}tblCellMar")
    assert {int(m.get(f"{W}w")) / 20 for m in margins} == {CELL_PADDING}
    num_id = list_item.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    num = next(n for n in numbering.findall(f"{W}num") if n.get(f"{W}numId") == num_id)
    abstract = num.find(f"{W}abstractNumId").get(f"{W}val")
    levels = next(a for a in numbering.findall(f"{W}abstractNum")
                  if a.get(f"{W}abstractNumId") == abstract).findall(f"{W}lvl")
    assert [int(lvl.find(f"{W}pPr/{W}ind").get(f"{W}left")) / 20 for lvl in levels[:2]] == \
        [LIST_INDENT, 2 * LIST_INDENT]
    assert [lvl.find(f"{W}lvlText").get(f"{W}val") for lvl in levels[:3]] == \
        ["\u2022", "\u25e6", "\u25aa"]  # the disc, circle and square Qt draws


def _words(pdf) -> dict[str, tuple[float, float]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return {m.group(3): (float(m.group(1)), float(m.group(2))) for m in re.finditer(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(\w+)<', out)}


def test_qts_pdf_and_libreoffices_print_of_the_docx_place_every_line_alike(qapp, tmp_path):
    write_pdf(tmp_path / "qt.pdf", LAYOUT)
    (tmp_path / "word.docx").write_bytes(to_docx(LAYOUT))
    office.convert([tmp_path / "word.docx"], "pdf", tmp_path, tmp_path / "profile")
    ours, theirs = _words(tmp_path / "qt.pdf"), _words(tmp_path / "word.pdf")
    for word in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Theta", "Kappa"):
        (x1, y1), (x2, y2) = ours[word], theirs[word]
        assert abs(x1 - x2) < 1 and abs(y1 - y2) < 1, (word, ours[word], theirs[word])


def test_the_french_check_knows_the_customers_names_and_cities(window, qtbot, ctx):
    with ctx.db.session() as s:
        partner = s.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.city == "Lyon")).first()
        name = partner.name.split()[0]
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    type_text(qtbot, editor.edit, f"Rendez-vous à Lyon chez {name}, merci de confimer.")
    assert _flagged(editor) == ["confimer"]


def test_the_preview_speaks_the_letters_language_not_the_users(window, qtbot, ctx):
    """The application speaks English; a French letter shows a partner's status in French
    (translator_for loads the French words whatever the user's language), an English one in
    English."""
    from desktop.crm.enums import BusinessObjectKind as K
    from desktop.crm.letters.document import Field

    with ctx.db.session() as s:
        partner = s.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.status == E.BusinessPartner.status.type.enum_class.ACTIVE)).first()
        partner_id = partner.id
    detail = _new_letter(window, qtbot)
    detail.editor.set_document(Document((Paragraph((Text("Statut : "), Field("bp.status"))),)))
    detail.form.editor("object_kind").set_value(K.BUSINESS_PARTNER)
    detail.tab_widget.setCurrentWidget(detail.preview)
    detail.preview.record.set_value(partner_id)
    for language, expected in (("fr", "Statut : Actif"), ("en", "Statut : Active")):
        detail.form.editor("language").set_value(language)
        detail.form.editor("language").changed.emit()
        detail.preview.refresh()
        assert detail.preview.view.toPlainText() == expected
