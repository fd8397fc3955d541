"""Selections (tdsmi0170m000): the expression editor with colouring, a Fields menu that inserts
at the cursor, Compile with a caret under the error, and a live count and preview computed on
a worker thread, so typing never waits."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.expressions import ExpressionError
from desktop.crm.expressions.catalogue import names
from desktop.crm.expressions.lexer import spans
from desktop.crm.selections import compile_expression
from desktop.i18n import tr_crm
from desktop.models.columns import Column
from desktop.views.ops import Query
from desktop.views.selections import ops
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.simple import define
from desktop.widgets import colours
from desktop.widgets.completing_editor import CompletingEditor

S = E.Selection
FUNCTIONS = ("today", "date", "days", "upper", "lower", "len", "attribute")


class ExpressionHighlighter(QSyntaxHighlighter):
    """Colours what the language's own lexer sees, so a keyword inside a comment or a quote
    inside a string is shown as the compiler will read it."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.formats = {}
        palette = QGuiApplication.palette()  # colours held to 4.5:1 on its base (colours.py)
        for kind in colours.SYNTAX:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colours.syntax(kind, palette)))
            if kind == "comment":
                fmt.setFontItalic(True)
            self.formats[kind] = fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        previous = ""
        for kind, start, end in spans(text):
            word = text[start:end]
            if kind == "name":
                kind = "field" if "." in word else \
                    "kind" if word.upper() in ("R", "P", "C", "A") and previous in ("(", "[") \
                    else ""
            fmt = self.formats.get(kind)
            if fmt is not None:
                self.setFormat(start, end - start, fmt)
            previous = word


class ExpressionPanel(QWidget):
    """The editor, its Compile result and the live preview."""

    def __init__(self, detail) -> None:
        super().__init__(detail)
        self.detail = detail
        self.attributes: list[tuple[str, str]] = []
        #: the last Compile's error (None: it compiles)
        self.error: ExpressionError | None = None
        self.editor = CompletingEditor(self)
        self.editor.set_entries(self._completions())
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.Monospace)
        self.editor.setFont(mono)
        self.highlighter = ExpressionHighlighter(self.editor.document())
        self.fields_button = QToolButton(self)
        self.fields_button.setIcon(qta.icon("fa5s.list"))
        self.fields_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.fields_button.setPopupMode(QToolButton.InstantPopup)
        self.fields_button.setMenu(self._fields_menu())
        self.result = QLabel(self)
        self.result.setFont(mono)
        self.result.setWordWrap(False)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.first = QListWidget(self)
        self._lay_out()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.start_preview)
        self.editor.textChanged.connect(self.timer.start)
        self._generation = 0
        self.retranslate()

    def retranslate(self) -> None:
        """Its words in the language just chosen (the result and count follow the preview)."""
        self.editor.setPlaceholderText(t('e.g. bp.city = "Lyon" -- Ctrl+Space lists the fields '
                                         'and attributes'))
        self.fields_button.setText(t("Fields"))
        self.preview_title.setText(t("Preview"))
        self.attributes_menu.setTitle(t("Attributes"))

    def _lay_out(self) -> None:
        """The editor and its compile result on the left, the live preview beside it: the
        expression keeps the height it needs to be read."""
        left, right = QWidget(self), QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.fields_button, 0, Qt.AlignLeft)
        column.addWidget(self.editor, 1)
        column.addWidget(self.result)
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(right)
        self.preview_title.setStyleSheet("font-weight: bold;")
        preview.addWidget(self.preview_title)
        preview.addWidget(self.count)
        preview.addWidget(self.first, 1)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _completions(self) -> list[tuple[str, str]]:
        """Fields, functions and attributes the editor completes (BR-SEL-15)."""
        entries = [(name, name) for name in names()]
        entries += [(f"{name}()", f"{name}(") for name in FUNCTIONS]
        entries += [(f"{code}  ({label})", f'attribute("{code}")')
                    for code, label in self.attributes]
        return entries

    def _fields_menu(self) -> QMenu:
        menu = QMenu(self)
        for name in names():
            if "." in name and not name.startswith("t"):
                menu.addAction(name, lambda n=name: self.insert(n))
        self.attributes_menu = menu.addMenu(t("Attributes"))
        return menu

    def _attributes_read(self, attributes: list[tuple[str, str]]) -> None:
        """The attribute codes arrived: offer them in the Fields menu and the completion."""
        self.attributes = attributes
        for code, _label in attributes:
            self.attributes_menu.addAction(code, lambda c=code: self.insert(f"(R, {c})"))
        self.editor.set_entries(self._completions())

    def insert(self, text: str) -> None:
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    def show_error(self, error: ExpressionError | None) -> None:
        self.error = error
        if error is None:
            self.result.setText(tr_crm("The expression compiles."))
            self.result.setStyleSheet(f"color: {colours.status('success', self.palette())};")
            return
        self.result.setText(error.report(tr_crm))
        self.result.setStyleSheet(f"color: {colours.status('error', self.palette())};")
        cursor = self.editor.textCursor()
        cursor.setPosition(error.position)
        cursor.movePosition(QTextCursor.NextCharacter, QTextCursor.KeepAnchor)
        self.editor.setTextCursor(cursor)

    # -- live preview ----------------------------------------------------------------------
    def start_preview(self) -> None:
        expression = self.editor.toPlainText()
        kind = self.detail.form.editor("object_kind").value()
        if not expression.strip() or kind is None:
            self.count.clear()
            self.first.clear()
            return
        self._generation += 1
        Query(self.detail.ctx, self, ops.preview_selection, self._generation, kind, expression) \
            .success(self._previewed).run()

    def _previewed(self, outcome) -> None:
        generation, result, error = outcome
        if generation != self._generation:
            return  # the user typed on meanwhile
        self.first.clear()
        if error is not None:
            self.count.setText(tr_crm("No preview: the expression does not compile."))
            return
        self.count.setText(t("Selected records: %1").replace("%1", str(result.count)))
        self.first.addItems([f"{code}  {name or ''}" for code, name in result.first])


class SelectionDetailBase(DetailSession):
    split = (1, 2)  # the expression is what the user works on
    hooks = ops.HOOKS

    def __init__(self, ctx, parent=None, **params) -> None:
        self.panel = None
        super().__init__(ctx, parent, **params)
        self.panel = ExpressionPanel(self)
        self.panel.editor.textChanged.connect(self._changed)
        self.add_leading_tab(self.panel, "Expression")
        self.compile_action = QAction(qta.icon("fa5s.check-double"), "", self)
        self.compile_action.triggered.connect(self.compile)
        self.toolbar.addAction(self.compile_action)
        self._translate_compile()
        self.loaded()
        self.query(ops.attribute_names).success(self.panel._attributes_read).run()

    def _translate_compile(self) -> None:
        self.compile_action.setText(t("Compile expression"))

    def retranslate(self) -> None:
        super().retranslate()
        self._translate_compile()
        if self.panel is not None:
            self.panel.retranslate()

    def loaded(self) -> None:
        if self.panel is None:
            return
        self._loading = True
        self.panel.editor.setPlainText(self.snap.extra["expression"] if self.snap else "")
        self._loading = False

    def form_values(self) -> dict:
        return {**super().form_values(), "expression": self.panel.editor.toPlainText()}

    def release(self) -> None:
        self.panel.timer.stop()
        super().release()

    def compile(self) -> None:
        """Compile Expression (BR-SEL-02): the error, with its line and column, or "compiles"."""
        self.query(ops.compile_selection, self.form.editor("object_kind").value(),
                   self.panel.editor.toPlainText()).success(self.panel.show_error).run()


def _selection_columns(self):
    return [Column("code", t("Selection"), S.code, searchable=True, width=100),
            Column("description", t("Description"), S.description, searchable=True,
                   width=300),
            Column("kind", t("Business object"), S.object_kind, width=140),
            Column("text", t("Text"), S.text != "", kind="bool", width=50),
            Column("expression", t("Expression"), S.expression != "", kind="bool", width=80),
            Column("compiled", t("Compiled"), S.compiled_ok, kind="bool", width=70)]


def _selection_groups(self):
    return [Group("General", [F("code", "Selection", required=True),
                              F("description", required=True),
                              F("object_kind", kind="enum", enum_class=BusinessObjectKind,
                                options={"members": list(BusinessObjectKind)[:4]})]),
            Group("Text", [F("text", kind="multiline")], column=1)]


def _save_selection(session, obj, values, _context):
    selection = apply_values(session, obj if obj is not None else S(), values)
    compile_expression(session, selection)  # BR-SEL-02: remembers whether it compiles
    return selection


_, SelectionDetail = define(
    S, ("tdsmi0170m000", "Selections"), ("tdsmi0170s000", "Selection"), "fa5s.filter",
    "marketing", _selection_columns, _selection_groups, base_detail=SelectionDetailBase)
SelectionDetail.save_values = classmethod(
    lambda cls, s, obj, values, context: _save_selection(s, obj, values, context))

__all__ = ["SelectionDetail"]
