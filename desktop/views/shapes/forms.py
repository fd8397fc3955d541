"""Declarative forms: field specs turned into labelled, typed editors bound to an entity."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from desktop.crm.field_labels import field_label
from desktop.widgets import keyboard
from desktop.widgets.enum_set import EnumSetField
from desktop.widgets.fields import (
    BoolField,
    ChoiceField,
    DateField,
    DateTimeField,
    DecimalField,
    EnumField,
    IntField,
    MultilineField,
    TextField,
)
from desktop.widgets.lookup import LookupField, LookupSpec


@dataclass
class FieldSpec:
    """One form field. ``label`` is an English source string of the context "fields"; left
    out, it is the domain's name of the field (desktop.crm.field_labels), the same words its
    messages use."""

    name: str
    label: str = ""
    kind: str = "text"  # text multiline int decimal money percent date bool enum enum_set
    #                     lookup choice
    required: bool = False
    readonly: bool = False
    enum_class: type[enum.Enum] | None = None
    lookup: LookupSpec | None = None
    max_length: int | None = None
    tooltip: str = ""
    options: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.label = self.label or field_label(self.name)


@dataclass
class Group:
    title: str
    fields: list[FieldSpec]
    column: int = 0


def tr_field(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def make_editor(spec: FieldSpec, engine, pool) -> QWidget:
    kind = spec.kind
    if kind == "text":
        editor = TextField(spec.max_length)
    elif kind == "multiline":
        editor = MultilineField()
    elif kind == "int":
        editor = IntField(**spec.options)
    elif kind in ("decimal", "money"):
        editor = DecimalField(2 if kind == "money" else spec.options.get("decimals", 4))
    elif kind == "percent":
        editor = DecimalField(2, Decimal(0), Decimal(100))
    elif kind == "date":
        editor = DateField()
    elif kind == "datetime":
        editor = DateTimeField()
    elif kind == "bool":
        editor = BoolField()
    elif kind == "enum":
        editor = EnumField(spec.enum_class, spec.options.get("members"),
                           spec.options.get("optional", False))
    elif kind == "lookup":
        editor = LookupField(spec.lookup, engine, pool)
    elif kind == "choice":  # options["choices"]() -> [(value, translated text), ...]
        editor = ChoiceField(spec.options["choices"]())
    elif kind == "enum_set":  # one check box per member: a frozenset
        editor = EnumSetField(spec.enum_class)
    else:
        raise ValueError(f"unknown field kind {kind}")
    editor.setObjectName(spec.name)
    if spec.readonly:
        _set_readonly(editor)
    if spec.tooltip:
        editor.setToolTip(tr_field(spec.tooltip))
    return editor


def _set_readonly(editor: QWidget) -> None:
    if hasattr(editor, "setReadOnly"):
        editor.setReadOnly(True)
    else:
        editor.setEnabled(False)


class Form(QWidget):
    """Group boxes of labelled editors laid out in columns; reads and writes a values dict."""

    def __init__(self, groups: list[Group], engine, pool, parent=None) -> None:
        super().__init__(parent)
        self.specs: dict[str, FieldSpec] = {}
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: list[tuple[QGroupBox, Group]] = []
        self.layouts: dict[str, QFormLayout] = {}
        self.holders: dict[str, QWidget] = {}  # a field with a button beside it
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = {}
        for group in groups:
            box = QGroupBox(tr_field(group.title), self)
            layout = QFormLayout(box)
            layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
            for spec in group.fields:
                editor = make_editor(spec, engine, pool)
                label = QLabel(tr_field(spec.label) + (" *" if spec.required else ""), box)
                # the buddy is what takes the focus: QLabel's Alt+letter skips a widget of
                # no focus policy, as a lookup's or a date's container is
                label.setBuddy(keyboard.focus_target(editor))
                keyboard.name(editor, label.text())  # reaches a lookup's or date's line edit
                layout.addRow(label, editor)
                self.specs[spec.name], self.editors[spec.name] = spec, editor
                self.labels[spec.name] = label
                self.layouts[spec.name] = layout
            rows[group.column] = rows.get(group.column, 0) + 1
            self.boxes.append((box, group))
        self._place(grid, rows)
        self._connect_scopes()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As tall as its fields need: in a scroll area (which sizes it by this hint) a form
        scrolls rather than squeezing its last fields under the bottom edge."""
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def _place(self, grid: QGridLayout, rows: dict[int, int]) -> None:
        """Groups top-down per column; a column's only group spans the others' height (a
        text beside the fields)."""
        height = max(rows.values(), default=0)
        placed: dict[int, int] = {}
        for box, group in self.boxes:
            row = placed.get(group.column, 0)
            span = height if rows[group.column] == 1 and height > 1 else 1
            grid.addWidget(box, row, group.column, span, 1)
            placed[group.column] = row + 1
        grid.setRowStretch(height, 1)

    def _connect_scopes(self) -> None:
        """A lookup whose spec has options["scope"] = (source field, fn(source value) ->
        (where list, prefer clause)) follows the source: the phases of the chosen process,
        the contacts of the chosen partner first."""
        self.scopes = [(name, *spec.options["scope"]) for name, spec in self.specs.items()
                       if "scope" in spec.options]
        for target, source, scope in self.scopes:
            self.editors[source].changed.connect(
                lambda t=target, s=source, f=scope: self._apply_scope(t, s, f))

    def _apply_scope(self, target: str, source: str, scope) -> None:
        where, prefer = scope(self.editors[source].value())
        self.editors[target].set_scope([w for w in where if w is not None], prefer)

    def add_beside(self, name: str, widget: QWidget) -> None:
        """A button after a field, on its row ("Assign to me" beside the employee)."""
        layout, editor = self.layouts[name], self.editors[name]
        row, _ = layout.getWidgetPosition(editor)
        layout.removeWidget(editor)
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        line.addWidget(widget)
        layout.setWidget(row, QFormLayout.FieldRole, holder)
        self.holders[name] = holder
        QWidget.setTabOrder(keyboard.focus_target(editor), widget)  # Tab: field, then button

    def editor(self, name: str) -> QWidget:
        return self.editors[name]

    def show_field(self, name: str, visible: bool) -> None:
        """Show or hide a field with its label (fields that matter in one mode only)."""
        self.layouts[name].setRowVisible(self.holders.get(name, self.editors[name]), visible)

    def show_group(self, title: str, visible: bool) -> None:
        for box, group in self.boxes:
            if group.title == title:
                box.setVisible(visible)

    def retranslate(self) -> None:
        """Labels, group titles, tooltips and enum choices in the current language; the
        values typed stay."""
        for box, group in self.boxes:
            box.setTitle(tr_field(group.title))
        for name, label in self.labels.items():
            spec = self.specs[name]
            label.setText(tr_field(spec.label) + (" *" if spec.required else ""))
            keyboard.name(self.editors[name], label.text())
            if spec.tooltip:
                self.editors[name].setToolTip(tr_field(spec.tooltip))
        # the fields retranslate themselves on Qt's LanguageChange (widgets.language)
        keyboard.give_mnemonics(self)  # the letters of the new words

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()
                if not self.specs[name].readonly}

    def set_values(self, values: dict[str, Any],
                   shown: dict[str, tuple[str, str]] | None = None) -> None:
        """The values, and for lookups the (code, name) to show when they were read with the
        record (otherwise each lookup reads its own)."""
        shown = shown or {}
        for name, editor in self.editors.items():
            if name in values:
                if isinstance(editor, LookupField) and name in shown:
                    editor.set_value(values[name], *shown[name])
                else:
                    editor.set_value(values[name])
        for target, source, scope in self.scopes:
            self._apply_scope(target, source, scope)

    def lookups(self) -> dict[str, LookupSpec]:
        """The lookup fields' specs, by field: what a snapshot reads the shown codes of."""
        return {name: spec.lookup for name, spec in self.specs.items()
                if spec.kind == "lookup" and spec.lookup is not None}

    def settle(self, then) -> None:
        """Call ``then`` once every lookup resolved what was typed into it."""
        waiting = [e for e in self.editors.values() if isinstance(e, LookupField)
                   and e.is_pending()]
        if not waiting:
            then()
            return
        left = [len(waiting)]

        def one_done() -> None:
            left[0] -= 1
            if left[0] == 0:
                then()

        for editor in waiting:
            editor.settle(one_done)

    def problems(self) -> list[tuple[str, str]]:
        """Input the form itself can see is wrong: (field, message)."""
        found = []
        for name, editor in self.editors.items():
            spec = self.specs[name]
            if isinstance(editor, (DecimalField, DateField, DateTimeField)) and editor.error():
                found.append((name, f"{tr_field(spec.label)}: {editor.error()}"))
            if isinstance(editor, LookupField) and not editor.is_valid():
                found.append((name, f"{tr_field(spec.label)}: {editor.problem()}"))
        return found

    def focus_field(self, name: str | None) -> None:
        if name and name in self.editors:
            self.editors[name].setFocus()

    def connect_changed(self, slot) -> None:
        for editor in self.editors.values():
            editor.changed.connect(slot)
            if isinstance(editor, LookupField):
                editor.edited.connect(slot)


QT_TRANSLATE_NOOP("fields", "General")
