"""The Letters session: typing with spell check, merge-field tokens that stay whole, Word
export and import, preview on a record, Copy Letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.letters.document import Document, Field, Paragraph, Style, Text
from desktop.crm.letters.docx_export import to_docx
from desktop.crm.letters.storage import loads
from desktop.widgets.letter_editor.spelling import WORD
from desktop.widgets.letter_editor.tokens import OBJECT
from tests.support import office
from tests.support.typing import type_text


@pytest.fixture(autouse=True)
def discarding(answers):
    """Closing the window at the end discards the letters the tests left unsaved."""
    answers.answer = QMessageBox.Discard
    return answers


def _new_letter(window, qtbot, code="MONDAY"):
    detail = window.open_session("tdsmi1150s000")
    type_text(qtbot, detail.form.editor("code"), code)
    type_text(qtbot, detail.form.editor("description"), "Invitation au salon")
    return detail


def _flagged(editor) -> list[str]:
    """The words the spell checker underlines, read from the layout's formats."""
    words = []
    block = editor.edit.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == span.format.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[span.start:span.start + span.length])
        block = block.next()
    return words


def test_a_misspelt_word_is_flagged_and_its_suggestion_replaces_it(window, qtbot):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    qtbot.mouseClick(editor.edit.viewport(), Qt.LeftButton)
    type_text(qtbot, editor.edit, "Nous vous invitons à notre réunoin annuelle.")
    assert _flagged(editor) == ["réunoin"]
    # the context menu on the word offers the suggestion first
    cursor = editor.edit.document().find("réunoin")
    menu = QMenu()
    editor.edit.add_spelling(menu, cursor)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "réunion" and "Add to dictionary" in texts
    menu.actions()[0].trigger()
    assert editor.edit.toPlainText() == "Nous vous invitons à notre réunion annuelle."
    assert _flagged(editor) == []
    assert detail.dirty


def test_add_to_dictionary_is_kept_for_the_next_letter(window, qtbot, tmp_path):
    detail = _new_letter(window, qtbot)
    qtbot.mouseClick(detail.editor.edit.viewport(), Qt.LeftButton)
    type_text(qtbot, detail.editor.edit, "Gamme Hydroeco")
    assert _flagged(detail.editor) == ["Hydroeco"]
    menu = QMenu()
    detail.editor.edit.add_spelling(menu, detail.editor.edit.document().find("Hydroeco"))
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    assert _flagged(detail.editor) == []
    other = window.open_session("tdsmi1150s000")
    type_text(qtbot, other.editor.edit, "hydroeco")
    assert _flagged(other.editor) == []


def test_a_merge_field_is_one_token_that_cannot_be_half_deleted(window, qtbot, monkeypatch):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    type_text(qtbot, editor.edit, "Bonjour ")
    # the catalogue: search, pick, insert
    from desktop.widgets.letter_editor import editor as editor_module

    def pick(picker):
        picker.search.setText("correspondence")
        assert picker.field() == Field("@cor.nama")
        return True

    monkeypatch.setattr(editor_module.FieldPicker, "exec", pick)
    editor.field_action.trigger()
    type_text(qtbot, editor.edit, ",", clear=False)
    assert editor.edit.toPlainText() == f"Bonjour {OBJECT},"
    assert not WORD.search(OBJECT)  # a token is no word: never flagged
    assert _flagged(editor) == []
    # Backspace after the comma, then once more: the comma, then the whole token go
    qtbot.keyClick(editor.edit, Qt.Key_Backspace)
    fields = editor.document().fields()
    assert fields == [Field("@cor.nama")]
    # a selection over half of the token cannot exist: the cursor steps over it whole
    cursor = editor.edit.textCursor()
    cursor.setPosition(len("Bonjour "))
    cursor.movePosition(QTextCursor.Right, QTextCursor.KeepAnchor)
    assert cursor.selectedText() == OBJECT
    qtbot.keyClick(editor.edit, Qt.Key_Backspace)
    assert editor.edit.toPlainText() == "Bonjour "
    assert editor.document().fields() == []
    qtbot.keyClick(editor.edit, Qt.Key_Z, Qt.ControlModifier)  # undo brings it back whole
    assert editor.document().fields() == [Field("@cor.nama")]


def test_copy_and_paste_keep_merge_fields_and_paste_from_word_is_cleaned(window, qtbot):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    editor.set_document(Document((Paragraph((Text("Cher "), Field("@cor.nama", Style(bold=True)),
                                             Text(","))),)))
    editor.edit.selectAll()
    data = editor.edit.createMimeDataFromSelection()
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.edit.setTextCursor(cursor)
    editor.edit.insertFromMimeData(data)
    assert editor.document().fields() == [Field("@cor.nama", Style(bold=True))] * 2
    word = QMimeData()
    word.setHtml('<html><head><style>p.MsoNormal{margin:0}</style></head><body>'
                 '<p class="MsoNormal" style="mso-line-height-rule:exactly">'
                 '<span style="font-weight:700;mso-bidi-font-weight:normal">Offre</span> '
                 '<o:p></o:p><span style="color:#C00000">spéciale</span></p></body></html>')
    editor.edit.insertFromMimeData(word)
    pasted = editor.document().paragraphs()[-1]
    assert Text("Offre", Style(bold=True)) in pasted.inlines
    assert Text("spéciale", Style(colour="#c00000")) in pasted.inlines


def test_saved_layout_reopens_with_tokens_tables_and_formats(window, qtbot, demo_db):
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    type_text(qtbot, editor.edit, "Madame ")
    editor.insert_field(Field("@cor.nama"))
    editor.bold_action.trigger()
    type_text(qtbot, editor.edit, " merci", clear=False)
    detail.save_action.trigger()
    assert detail.record_id is not None
    with demo_db.session() as session:
        stored = loads(session.scalar(select(E.Letter.layout).where(
            E.Letter.id == detail.record_id)))
    assert stored.fields() == [Field("@cor.nama")]
    assert stored.plain_text() == "Madame @cor.nama merci"
    assert any(isinstance(i, Text) and i.style.bold and "merci" in i.text
               for i in stored.paragraphs()[0].inlines)
    window.open_session("tdsmi1150s000", record_id=detail.record_id)


def test_preview_on_a_partner_shows_its_name_and_empty_fields_empty(window, qtbot, demo_db):
    with demo_db.session() as session:
        partner = session.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        name, partner_id = partner.name, partner.id
    detail = _new_letter(window, qtbot)
    detail.editor.set_document(Document((Paragraph((
        Text("Société "), Field("bp.name"), Text(" ["), Field("bp.credit_limit"),
        Text("]"))),)))
    detail.form.editor("object_kind").set_value(K.BUSINESS_PARTNER)
    detail.tab_widget.setCurrentWidget(detail.preview)
    detail.preview.record.set_value(partner_id)
    detail.preview.refresh()
    shown = detail.preview.view.toPlainText()
    assert shown.startswith(f"Société {name} [")
    assert "bp.name" not in shown


def test_export_then_word_edits_come_back(window, qtbot, tmp_path, answers):
    detail = _new_letter(window, qtbot)
    detail.editor.set_document(Document((Paragraph((Text("Bonjour "), Field("@cor.nama"))),)))
    path = tmp_path / "letter.docx"
    detail.export_docx(path)
    assert path.read_bytes()[:2] == b"PK"
    detail.import_docx(tmp_path / "missing.docx")
    assert answers.shown[-1] == ("warning", f"The file {tmp_path / 'missing.docx'} could not be "
                                 "read: check that it exists and that you may open it.")
    (tmp_path / "scan.docx").write_bytes(b"%PDF-1.7")
    detail.import_docx(tmp_path / "scan.docx")
    assert "not a Word document" in answers.shown[-1][1]
    path.write_bytes(office.word_fixture())
    detail.import_docx(path)
    fields = detail.editor.document().fields()
    assert Field("@cor.nama", Style(bold=True)) in fields
    assert answers.shown[-1][0] == "information"
    assert "text box (1)" in answers.shown[-1][1] and "footnote (1)" in answers.shown[-1][1]
    assert detail.dirty


def test_a_word_merge_document_comes_back_with_every_loss_named(window, qtbot, tmp_path,
                                                                answers):
    """The import report in the window: what was kept as text, the IF and DATE fields, and
    Word's data-source fields with the catalogue's closest field; a zip bomb refused."""
    from tests.crm.test_hostile_documents import zip_bomb
    from tests.support import docx_corpus

    detail = _new_letter(window, qtbot)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(zip_bomb(2**31))
    detail.import_docx(bomb)
    assert answers.shown[-1][0] == "warning" and "far larger once opened" in \
        answers.shown[-1][1]
    path = tmp_path / "campaign.docx"
    path.write_bytes(docx_corpus.word_campaign())
    detail.import_docx(path)
    kind, text = answers.shown[-1]
    assert kind == "information"
    assert "page header (2)" in text and "IF (2), DATE (1), PAGE (1)" in text
    assert "«nom» (closest: contact.last_name), «ville» (closest: bp.city)" in text
    assert detail.editor.document().plain_text().startswith("Salon Industrie 2025 — bp.name")


def test_copy_letter_opens_the_copy(window, qtbot, demo_db):
    detail = window.open_session("tdsmi1150s000", record_id=1)
    detail.copy_to("PROMO25")
    with demo_db.session() as session:
        copy = session.scalars(select(E.Letter).where(E.Letter.code == "PROMO25")).one()
        original = session.get(E.Letter, 1)
        assert copy.layout == original.layout
    assert window.mdi.activeSubWindow().session.record_id == copy.id


def _members(data: bytes) -> dict[str, bytes]:
    """A .docx's parts: two writes a moment apart differ only in the zip's time stamps."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_export_writes_what_libreoffice_prints(window, qtbot, tmp_path, answers):
    detail = window.open_session("tdsmi1150s000", record_id=1)
    path = tmp_path / "PROMO24.docx"
    answers.answer = QMessageBox.Close
    detail.export_docx(path)
    assert answers.shown[-1] == ("question", f"Written to {path}.\nOpen it now?")
    assert _members(path.read_bytes()) == _members(to_docx(detail.editor.document()))
    office.convert([path], "pdf", tmp_path, tmp_path / "profile")
    text = " ".join(office.pdf_text(tmp_path / "PROMO24.pdf").split())
    assert "«@cor.nama»" in text and "Pompes à vitesse variable" in text


def test_tables_lists_pictures_and_page_from_the_toolbar(window, qtbot, monkeypatch, tmp_path):
    from desktop.crm.letters.document import Picture, Table
    from desktop.widgets.letter_editor import editor as editor_module
    from tests.support.letter_documents import png

    detail = _new_letter(window, qtbot)
    editor = detail.editor
    type_text(qtbot, editor.edit, "Ordre du jour")
    editor.bullet_action.trigger()
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    type_text(qtbot, editor.edit, "pompes", clear=False)
    qtbot.keyClick(editor.edit, Qt.Key_M, Qt.ControlModifier)  # one level deeper
    editor.number_action.trigger()
    first, second = editor.document().paragraphs()[:2]
    assert (first.list_kind, first.level) == ("bullet", 0)
    assert (second.list_kind, second.level) == ("number", 1)
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    editor.number_action.trigger()  # the same button again: a plain paragraph
    assert editor.document().paragraphs()[-1].list_kind == ""

    def table_dialog(dialog):
        dialog.rows.setValue(2)
        dialog.columns.setValue(3)
        return True

    monkeypatch.setattr(editor_module.TableDialog, "exec", table_dialog)
    editor.table_action.trigger()
    cursor = editor.edit.textCursor()
    table = cursor.currentTable()
    assert table is not None and editor.row_action.isEnabled()
    editor.add_row()
    editor.remove_column()
    tables = [b for b in editor.document().blocks if isinstance(b, Table)]
    assert [(len(t.rows), t.columns) for t in tables] == [(3, 2)]

    picture = tmp_path / "logo.png"
    picture.write_bytes(png(40, 20, (10, 20, 30)))
    monkeypatch.setattr(editor_module.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(picture), "")))
    editor.image_action.trigger()
    pictures = [i for p in editor.document().paragraphs() for i in p.inlines
                if isinstance(i, Picture)]
    assert [(p.width, p.height) for p in pictures] == [(30, 15)]  # 40 x 20 px at 96 dpi
    assert editor.document().images[pictures[0].key] == picture.read_bytes()

    def page_dialog(dialog):
        dialog.size.setCurrentIndex(dialog.size.findData("Letter"))
        dialog.margins["left"].setValue(30)
        return True

    monkeypatch.setattr(editor_module.PageDialog, "exec", page_dialog)
    editor.page_action.trigger()
    assert editor.document().page.size == "Letter" and editor.document().page.left == 30
    assert detail.dirty
    detail.save_action.trigger()
    reopened = window.open_session("tdsmi1150s000", record_id=detail.record_id)
    assert reopened.editor.document() == editor.document()


def test_french_letters_are_checked_in_french_and_english_ones_in_english(window, qtbot):
    detail = _new_letter(window, qtbot)
    type_text(qtbot, detail.editor.edit, "Bonjour, thanks")
    assert _flagged(detail.editor) == ["thanks"]
    detail.form.editor("language").set_value("en")
    detail.form.editor("language").changed.emit()
    assert _flagged(detail.editor) == ["Bonjour"]
    assert detail.editor.document().language == "en"


def test_a_new_letter_closes_without_asking_once_its_words_arrive(window, qtbot, real_pool):
    """The customers' words the spell check learns redraw the underlines; Qt says textChanged
    for that, but nothing was typed: closing asks nothing (an unexpected box fails the test)."""
    letter = window.open_session("tdsmi1150s000")
    qtbot.waitUntil(lambda: not window.ctx.pool.busy)
    assert not letter.dirty
    window.find_window(letter.key).close()
    assert window.find_window(letter.key) is None
