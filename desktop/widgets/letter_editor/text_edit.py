"""The text area: copy and paste keep merge fields (as our own document), paste from Word or a
web page is cleaned to what a letter can hold, the context menu offers spelling, and in a
table Tab and Shift+Tab go from cell to cell as in Word (Tab in the last cell adds a row)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit

from desktop.crm.letters.document import Document
from desktop.crm.letters.storage import dumps, loads
from desktop.widgets.letter_editor import qt_document
from desktop.widgets.letter_editor.spelling import word_at

MIME = "application/x-crm-letter"


class LetterTextEdit(QTextEdit):
    def __init__(self, owner) -> None:
        super().__init__(owner)
        self.owner = owner  # the LetterEditor: its images, page and speller

    # -- tables -------------------------------------------------------------------------------
    def event(self, event) -> bool:
        # in a table, Shift+Tab moves to the previous cell: the editor's "Decrease indent"
        # shortcut must not take it first
        if event.type() == QEvent.ShortcutOverride and self._cell_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._cell_key(event):
            self.next_cell(event.key() == Qt.Key_Tab and
                           not event.modifiers() & Qt.ShiftModifier)
            return
        super().keyPressEvent(event)

    def _cell_key(self, event) -> bool:
        modifiers = event.modifiers() & ~Qt.ShiftModifier & ~Qt.KeypadModifier
        return event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and not modifiers and \
            self.textCursor().currentTable() is not None

    def next_cell(self, forward: bool) -> None:
        """The next (or previous) cell, its content selected as Word does; Tab in the last
        cell adds a row and goes to its first cell; Shift+Tab in the first cell stays."""
        cursor = self.textCursor()
        table = cursor.currentTable()
        cell = table.cellAt(cursor)
        index = cell.row() * table.columns() + cell.column() + (1 if forward else -1)
        if index < 0:
            return
        if index >= table.rows() * table.columns():
            table.appendRows(1)
        target = table.cellAt(index // table.columns(), index % table.columns())
        cursor = target.firstCursorPosition()
        cursor.setPosition(target.lastCursorPosition().position(), QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)

    # -- clipboard ----------------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        # Qt's own mime data lists only its formats: ours goes on a plain copy of it
        own = super().createMimeDataFromSelection()
        data = QMimeData()
        data.setHtml(own.html())
        data.setText(own.text())
        # a clone cut to the selection: a QTextDocumentFragment would lose the tokens' fields
        selected = self.document().clone()
        start, end = self.textCursor().selectionStart(), self.textCursor().selectionEnd()
        cut = QTextCursor(selected)
        cut.setPosition(end)
        cut.movePosition(QTextCursor.End, QTextCursor.KeepAnchor)
        cut.removeSelectedText()
        cut.setPosition(0)
        cut.setPosition(start, QTextCursor.KeepAnchor)
        cut.removeSelectedText()
        document = qt_document.read(selected, self.owner.images, self.owner.base)
        data.setData(MIME, dumps(document).encode("utf-8"))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasFormat(MIME) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasFormat(MIME):
            document = loads(bytes(source.data(MIME)).decode("utf-8"))
        elif source.hasHtml():
            document = self.cleaned(source.html())
        elif source.hasImage():
            self.owner.insert_image_data(source.imageData())
            return
        else:
            super().insertFromMimeData(source)
            return
        self.owner.images.update(document.images)
        qt_document.insert(self.textCursor(), document, border=qt_document.SCREEN_BORDER)

    def cleaned(self, html: str) -> Document:
        """Word's or a web page's HTML, kept to what the editor shows: text and its format,
        alignment, lists and tables; styles, classes, spacing and fonts' fallbacks go."""
        scratch = QTextDocument()
        scratch.setHtml(html)
        document = qt_document.read(scratch, {}, self.owner.base)
        return Document(document.blocks, document.page, document.language, document.font,
                        document.size, {})

    # -- spelling -----------------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        cursor = self.cursorForPosition(event.pos())
        self.add_spelling(menu, cursor)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def add_spelling(self, menu: QMenu, cursor: QTextCursor) -> None:
        """Suggestions and "Add to dictionary" first, for a flagged word under the mouse."""
        block = cursor.block()
        span = word_at(block.text(), cursor.positionInBlock())
        if span is None:
            return
        word = block.text()[span[0]:span[1]]
        speller = self.owner.speller
        if speller.is_known(word):
            return
        first = menu.actions()[0] if menu.actions() else None
        start = block.position() + span[0]
        suggestions = speller.suggestions(word)
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(lambda _=False, s=suggestion: self.replace_word(
                start, len(word), s))
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction(self.tr("(no suggestion)"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(self.tr("Add to dictionary"))
        add.triggered.connect(lambda: self.owner.add_word(word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)

    def replace_word(self, start: int, length: int, word: str) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.KeepAnchor)
        cursor.insertText(word)
