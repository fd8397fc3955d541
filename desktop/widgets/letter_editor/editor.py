"""LetterEditor: a rich-text editor with merge-field tokens, spell check, tables, pictures and
the page, editing a letter's document model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFontComboBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.letters.document import Document, Field, picture_key
from desktop.crm.letters.fields import MergeEntry
from desktop.dialogs.files import documents_folder
from desktop.widgets import keyboard
from desktop.widgets.announce import announce
from desktop.widgets.letter_editor import qt_document
from desktop.widgets.letter_editor.dialogs import FieldPicker, PageDialog, TableDialog
from desktop.widgets.letter_editor.spelling import Speller, SpellHighlighter, words_of
from desktop.widgets.letter_editor.text_edit import LetterTextEdit
from desktop.widgets.letter_editor.tokens import (
    OBJECT,
    TOKEN_TYPE,
    TokenRenderer,
    is_token,
    token_format,
    token_label,
)

SIZES = (8, 9, 10, 10.5, 11, 12, 14, 16, 18, 20, 24, 28, 36)
LINK_COLOUR = "#0563c1"  # Word's Hyperlink style


class LetterEditor(QWidget):
    changed = Signal()

    def __init__(self, personal_dictionary: Path, parent=None, translate=lambda s: s) -> None:
        super().__init__(parent)
        self.personal_dictionary = personal_dictionary
        self.translate = translate  # catalogue labels, in the domain's words
        self.base = Document()
        self.images: dict[str, bytes] = {}
        self.entries: list[MergeEntry] = []
        self.edit = LetterTextEdit(self)
        self.edit.setAcceptRichText(True)
        keyboard.leave_with_ctrl_tab(self.edit)  # Tab indents and moves between cells
        self.renderer = TokenRenderer(self)
        self.edit.document().documentLayout().registerHandler(TOKEN_TYPE, self.renderer)
        self.speller = Speller("fr", personal_dictionary)
        self.highlighter = SpellHighlighter(self.edit.document(), self.speller)
        self._loading = False
        self._sources: list[tuple[QAction, str]] = []  # toolbar actions and their English
        self.toolbar = QToolBar(self)
        self.format_bar = QToolBar(self)
        for bar in (self.toolbar, self.format_bar):
            bar.setIconSize(bar.iconSize() * 0.8)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.currentCharFormatChanged.connect(self._show_format)
        self.edit.cursorPositionChanged.connect(self._show_block)
        self.edit.cursorPositionChanged.connect(self._say_token)
        self.set_document(Document())

    # -- the document -------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        self._loading = True
        try:
            self.base = replace(document, blocks=(), images={})
            self.images = dict(document.images)
            self.set_language(document.language)
            qt_document.show(self.edit.document(), document, qt_document.SCREEN_BORDER)
            self.edit.moveCursor(QTextCursor.Start)
            self._show_format(self.edit.currentCharFormat())  # the document's font and size
        finally:
            self._loading = False

    def document(self) -> Document:
        return qt_document.read(self.edit.document(), self.images, self.base)

    def set_language(self, language: str) -> None:
        self.base = replace(self.base, language=language)
        if self.speller.language != language:
            self.speller = Speller(language, self.personal_dictionary, self.speller.customers)
            self._underline(lambda: self.highlighter.set_speller(self.speller))

    def set_customer_words(self, texts) -> None:
        """The partners' names and cities: words the spell check knows."""
        self.speller.customers = words_of(texts)
        self._underline(self.highlighter.rehighlight)

    def set_catalogue(self, entries: list[MergeEntry]) -> None:
        self.entries = entries

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.edit.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)
        self.format_bar.setEnabled(not read_only)

    def _text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def add_word(self, word: str) -> None:
        self.speller.add(word)
        self._underline(self.highlighter.rehighlight)

    def _underline(self, rehighlight) -> None:
        """The spelling underlines drawn again: QTextEdit says textChanged for it, but the
        letter has not changed (a new letter must not ask to be saved)."""
        loading, self._loading = self._loading, True
        try:
            rehighlight()
        finally:
            self._loading = loading

    # -- actions ------------------------------------------------------------------------------
    def _action(self, bar: QToolBar, icon: str, source: str, slot, shortcut=None,
                checkable: bool = False) -> QAction:
        """A toolbar action named by its English ``source`` (QT_TRANSLATE_NOOP), named again
        in the new language by retranslate()."""
        action = QAction(qta.icon(icon), "", self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self._sources.append((action, source))
        self._name(action, source)
        action.triggered.connect(slot)
        bar.addAction(action)
        self.addAction(action)  # its shortcut works wherever the focus is in the editor
        return action

    @staticmethod
    def _name(action: QAction, source: str) -> None:
        text = QCoreApplication.translate("LetterEditor", source)
        action.setText(text)
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.NativeText)
            action.setToolTip(f"{text} ({keys})")

    def retranslate(self) -> None:
        """The toolbars in the language just chosen."""
        for action, source in self._sources:
            self._name(action, source)

    def _build_actions(self) -> None:
        bar = self.toolbar
        self.undo_action = self._action(bar, "fa5s.undo",
                                        QT_TRANSLATE_NOOP("LetterEditor", "Undo"), self.edit.undo,
                                        QKeySequence.Undo)
        self.redo_action = self._action(bar, "fa5s.redo",
                                        QT_TRANSLATE_NOOP("LetterEditor", "Redo"), self.edit.redo,
                                        QKeySequence.Redo)
        bar.addSeparator()
        self.field_action = self._action(bar, "fa5s.tag", QT_TRANSLATE_NOOP("LetterEditor", "Insert field"),
                                         self.pick_field, "Ctrl+Shift+F")
        self.field_action.setPriority(QAction.HighPriority)
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.table_action = self._action(bar, "fa5s.table", QT_TRANSLATE_NOOP("LetterEditor", "Insert table"),
                                         self.insert_table)
        self.row_action = self._action(bar, "fa5s.grip-lines",
                                       QT_TRANSLATE_NOOP("LetterEditor", "Add row"), self.add_row)
        self.column_action = self._action(bar, "fa5s.grip-lines-vertical",
                                          QT_TRANSLATE_NOOP("LetterEditor", "Add column"), self.add_column)
        self.remove_row_action = self._action(bar, "fa5s.minus-square",
                                              QT_TRANSLATE_NOOP("LetterEditor", "Remove row"),
                                              self.remove_row)
        self.remove_column_action = self._action(bar, "fa5s.minus-circle",
                                                 QT_TRANSLATE_NOOP("LetterEditor", "Remove column"),
                                                 self.remove_column)
        self.image_action = self._action(bar, "fa5s.image",
                                         QT_TRANSLATE_NOOP("LetterEditor", "Insert picture"),
                                         self.insert_image)
        self.link_action = self._action(bar, "fa5s.link", QT_TRANSLATE_NOOP("LetterEditor", "Link"),
                                        self.edit_link)
        self.page_action = self._action(bar, "fa5s.file-alt",
                                        QT_TRANSLATE_NOOP("LetterEditor", "Page setup"),
                                        self.page_setup)
        for action in (self.undo_action, self.redo_action, self.row_action, self.column_action,
                       self.remove_row_action, self.remove_column_action, self.link_action):
            action.setPriority(QAction.LowPriority)
        self.edit.undoAvailable.connect(self.undo_action.setEnabled)
        self.edit.redoAvailable.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._build_format_bar()

    def _build_format_bar(self) -> None:
        bar = self.format_bar
        self.font_box = QFontComboBox(self)
        self.font_box.currentFontChanged.connect(
            lambda font: self._merge(family=font.family()))
        bar.addWidget(self.font_box)
        self.size_box = QComboBox(self)
        self.size_box.setEditable(True)
        self.size_box.addItems([f"{s:g}" for s in SIZES])
        self.size_box.textActivated.connect(self._size_chosen)
        bar.addWidget(self.size_box)
        self.bold_action = self._action(bar, "fa5s.bold",
                                        QT_TRANSLATE_NOOP("LetterEditor", "Bold"), self.toggle_bold,
                                        QKeySequence.Bold, True)
        self.italic_action = self._action(bar, "fa5s.italic", QT_TRANSLATE_NOOP("LetterEditor", "Italic"),
                                          lambda on: self._merge(italic=on),
                                          QKeySequence.Italic, True)
        self.underline_action = self._action(bar, "fa5s.underline",
                                             QT_TRANSLATE_NOOP("LetterEditor", "Underline"),
                                             lambda on: self._merge(underline=on),
                                             QKeySequence.Underline, True)
        self._action(bar, "fa5s.palette",
                     QT_TRANSLATE_NOOP("LetterEditor", "Text colour"), self.choose_colour)
        bar.addSeparator()
        self.align_group = QActionGroup(self)
        self.align_actions = {}
        for name, icon, text, key in (
                ("left", "fa5s.align-left", QT_TRANSLATE_NOOP("LetterEditor", "Align left"), "Ctrl+L"),
                ("center", "fa5s.align-center", QT_TRANSLATE_NOOP("LetterEditor", "Centre"), "Ctrl+E"),
                ("right", "fa5s.align-right", QT_TRANSLATE_NOOP("LetterEditor", "Align right"), "Ctrl+R"),
                ("justify", "fa5s.align-justify", QT_TRANSLATE_NOOP("LetterEditor", "Justify"), "Ctrl+J")):
            action = self._action(bar, icon, text, lambda _=False, n=name: self.align(n), key,
                                  True)
            self.align_group.addAction(action)
            self.align_actions[name] = action
        bar.addSeparator()
        self.bullet_action = self._action(bar, "fa5s.list-ul",
                                          QT_TRANSLATE_NOOP("LetterEditor", "Bulleted list"),
                                          lambda: self.toggle_list("bullet"), checkable=True)
        self.number_action = self._action(bar, "fa5s.list-ol",
                                          QT_TRANSLATE_NOOP("LetterEditor", "Numbered list"),
                                          lambda: self.toggle_list("number"), checkable=True)
        self._action(bar, "fa5s.outdent",
                     QT_TRANSLATE_NOOP("LetterEditor", "Decrease indent"), lambda: self.indent(-1),
                     "Shift+Tab")
        self._action(bar, "fa5s.indent",
                     QT_TRANSLATE_NOOP("LetterEditor", "Increase indent"), lambda: self.indent(1),
                     "Ctrl+M")

    # -- character format ---------------------------------------------------------------------
    def _merge(self, *, bold=None, italic=None, underline=None, family=None, size=None,
               colour=None) -> None:
        fmt = QTextCharFormat()
        if bold is not None:
            fmt.setFontWeight(QFont.Bold if bold else QFont.Normal)
        if italic is not None:
            fmt.setFontItalic(italic)
        if underline is not None:
            fmt.setFontUnderline(underline)
        if family is not None:
            fmt.setFontFamilies([family])
        if size is not None:
            fmt.setFontPointSize(size)
        if colour is not None:
            fmt.setForeground(colour)
        cursor = self.edit.textCursor()
        if not cursor.hasSelection() and self._inside_word(cursor):
            # the word the cursor stands in, as word processors do; else what is typed next
            cursor.select(QTextCursor.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)
        self.edit.setFocus()

    @staticmethod
    def _inside_word(cursor: QTextCursor) -> bool:
        text, at = cursor.block().text(), cursor.positionInBlock()
        return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()

    def toggle_bold(self, on: bool) -> None:
        self._merge(bold=on)

    def _size_chosen(self, text: str) -> None:
        try:
            size = float(text.replace(",", "."))
        except ValueError:
            return
        if 1 <= size <= 400:
            self._merge(size=size)

    def choose_colour(self) -> None:
        colour = QColorDialog.getColor(self.edit.textColor(), self, self.tr("Text colour"))
        if colour.isValid():
            self._merge(colour=colour)

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.DemiBold)
        self.italic_action.setChecked(fmt.fontItalic())
        self.underline_action.setChecked(fmt.fontUnderline())
        families = fmt.fontFamilies() if fmt.hasProperty(QTextCharFormat.FontFamilies) else None
        self.font_box.blockSignals(True)
        self.font_box.setCurrentFont(QFont(families[0] if families else self.base.font))
        self.font_box.blockSignals(False)
        size = fmt.fontPointSize() or self.base.size
        self.size_box.setCurrentText(f"{size:g}")

    # -- paragraph format ---------------------------------------------------------------------
    def align(self, name: str) -> None:
        self.edit.setAlignment(qt_document.ALIGN[name])
        self.edit.setFocus()

    def _say_token(self) -> None:
        """A merge field is one object character, which a screen reader reads as nothing: the
        field's name is announced when the cursor comes beside it."""
        cursor = self.edit.textCursor()
        if cursor.hasSelection():
            return
        last = self.edit.document().characterCount() - 1
        for position in (cursor.position(), cursor.position() + 1):  # the character before, after
            probe = QTextCursor(self.edit.document())
            probe.setPosition(min(position, last))
            if probe.position() > 0 and is_token(probe.charFormat()):
                announce(self.edit, token_label(probe.charFormat()))
                return

    def _show_block(self) -> None:
        cursor = self.edit.textCursor()
        align = cursor.blockFormat().alignment() & Qt.AlignHorizontal_Mask
        name = {Qt.AlignHCenter: "center", Qt.AlignRight: "right",
                Qt.AlignJustify: "justify"}.get(align, "left")
        self.align_actions[name].setChecked(True)
        listed = cursor.currentList()
        kind = "" if listed is None else \
            "bullet" if listed.format().style() in qt_document.BULLETS else "number"
        self.bullet_action.setChecked(kind == "bullet")
        self.number_action.setChecked(kind == "number")
        in_table = cursor.currentTable() is not None
        for action in (self.row_action, self.column_action, self.remove_row_action,
                       self.remove_column_action):
            action.setEnabled(in_table)

    def toggle_list(self, kind: str) -> None:
        cursor = self.edit.textCursor()
        listed = cursor.currentList()
        current = "" if listed is None else \
            "bullet" if listed.format().style() in qt_document.BULLETS else "number"
        cursor.beginEditBlock()
        if current == kind:  # the same button again: back to a plain paragraph
            for block in self._selected_blocks(cursor):
                block.textList().remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
        else:
            level = max(listed.format().indent() - 1, 0) if listed is not None else 0
            cursor.createList(qt_document.list_format(kind, level))
        cursor.endEditBlock()
        self._show_block()

    def _selected_blocks(self, cursor: QTextCursor) -> list:
        document = self.edit.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks, block = [], first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        return blocks

    def indent(self, step: int) -> None:
        """A list item one level deeper or shallower (a new list at that level)."""
        cursor = self.edit.textCursor()
        listed = cursor.currentList()
        if listed is None:
            return
        fmt = listed.format()
        level = min(max(fmt.indent() - 1 + step, 0), 8)
        kind = "bullet" if fmt.style() in qt_document.BULLETS else "number"
        cursor.beginEditBlock()
        for block in self._selected_blocks(cursor):
            block.textList().remove(block)
        cursor.createList(qt_document.list_format(kind, level))
        cursor.endEditBlock()

    # -- fields -------------------------------------------------------------------------------
    def pick_field(self) -> None:
        picker = FieldPicker(self.entries, self.translate, self)
        if picker.exec() and picker.field() is not None:
            self.insert_field(picker.field())

    def insert_field(self, field: Field) -> None:
        cursor = self.edit.textCursor()
        cursor.insertText(OBJECT, token_format(field, cursor.charFormat()))
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()

    # -- tables -------------------------------------------------------------------------------
    def insert_table(self) -> None:
        dialog = TableDialog(self)
        if not dialog.exec():
            return
        cursor = self.edit.textCursor()
        cursor.insertTable(dialog.rows.value(), dialog.columns.value(),
                           qt_document.table_format(cursor.blockFormat().bottomMargin(),
                                                    qt_document.SCREEN_BORDER))
        self.edit.setTextCursor(cursor)  # in the first cell, ready to type

    def _table(self):
        cursor = self.edit.textCursor()
        table = cursor.currentTable()
        return (table, table.cellAt(cursor)) if table is not None else (None, None)

    def add_row(self) -> None:
        table, cell = self._table()
        if table is not None:
            table.insertRows(cell.row() + 1, 1)

    def add_column(self) -> None:
        table, cell = self._table()
        if table is not None:
            table.insertColumns(cell.column() + 1, 1)

    def remove_row(self) -> None:
        table, cell = self._table()
        if table is not None:
            table.removeRows(cell.row(), 1)

    def remove_column(self) -> None:
        table, cell = self._table()
        if table is not None:
            table.removeColumns(cell.column(), 1)

    # -- links --------------------------------------------------------------------------------
    def edit_link(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.charFormat().anchorHref() if cursor.charFormat().isAnchor() else ""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Link"))
        dialog.setLabelText(self.tr("Address of the link (empty: no link):"))
        dialog.setTextEchoMode(QLineEdit.Normal)
        dialog.setTextValue(current)
        if dialog.exec():
            self.set_link(dialog.textValue().strip())

    def set_link(self, url: str) -> None:
        """The selection (or the word at the cursor) made a link to ``url``, blue and
        underlined as in Word; an empty ``url`` takes the link away."""
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.WordUnderCursor)
        fmt = QTextCharFormat()
        fmt.setAnchor(bool(url))
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(bool(url))
        fmt.setForeground(QColor(LINK_COLOUR if url else "#000000"))
        cursor.mergeCharFormat(fmt)
        self.edit.setFocus()

    # -- pictures and the page ----------------------------------------------------------------
    def insert_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Insert picture"), str(documents_folder()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if not path:
            return
        data = Path(path).read_bytes()
        image = QImage.fromData(data)
        if image.isNull():
            QMessageBox.warning(self, self.tr("Insert picture"),
                                self.tr("This file is not a picture the letter can hold: "
                                        "choose a PNG, JPEG, GIF or BMP file."))
            return
        self.insert_image_bytes(data, image)

    def insert_image_data(self, image: QImage) -> None:
        """A pasted picture, stored as PNG."""
        buffer = QBuffer()
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        self.insert_image_bytes(bytes(QByteArray(buffer.data())), image)

    def insert_image_bytes(self, data: bytes, image: QImage) -> None:
        key = picture_key(data)
        self.images[key] = data
        self.edit.document().addResource(QTextDocument.ImageResource,
                                         qt_document.image_url(key), image)
        fmt = QTextImageFormat()
        fmt.setName(qt_document.image_url(key).toString())
        # at its own size, but never wider than the page's text
        width_pt = image.width() * 0.75
        page_width = {"Letter": 215.9}.get(self.base.page.size, 210.0)
        room_pt = (page_width - self.base.page.left - self.base.page.right) / 25.4 * 72
        scale = min(1.0, room_pt / width_pt) if width_pt else 1.0
        fmt.setWidth(width_pt * scale * qt_document.PIXELS_PER_POINT)
        fmt.setHeight(image.height() * 0.75 * scale * qt_document.PIXELS_PER_POINT)
        self.edit.textCursor().insertImage(fmt)

    def page_setup(self) -> None:
        dialog = PageDialog(self.base.page, self)
        if dialog.exec():
            self.base = replace(self.base, page=dialog.page(self.base.page))
            self.changed.emit()


__all__ = ["LetterEditor"]
