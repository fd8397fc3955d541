"""The Attributes tab of a business object: its attribute values with an editor per type
(date picker, number, list of options, multi-line text); add a set or a single attribute."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
)
from sqlalchemy import String, and_, cast, func, outerjoin

from desktop.crm import clock, entities as E
from desktop.crm.enums import AttributeObjectKind, AttributeType
from desktop.crm.errors import CrmError
from desktop.models.columns import Column, display, display_number
from desktop.models.sql_table import ROW_ID_ROLE
from desktop.views.attributes import ops
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.satellite import RecordDialog
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupDialog, LookupSpec

V, A, O = E.AttributeValue, E.Attribute, E.AttributeOption


class AttributeValueDelegate(QStyledItemDelegate):
    """The editor of a value follows its attribute's type, read when its row becomes current
    (off the GUI thread); an edit asked before that starts once it is known."""

    def __init__(self, tab) -> None:
        super().__init__(tab.view)
        self.tab = tab

    def _attribute(self, index):
        return self.tab.editors.get(index.data(ROW_ID_ROLE))

    def createEditor(self, parent, option, index):  # noqa: N802
        known = self._attribute(index)
        if known is None:
            self.tab.edit_when_known(index)
            return None
        kind, options, _ = known
        if kind is AttributeType.OPTION:
            editor = QComboBox(parent)
            editor.addItems([""] + options)
        elif kind is AttributeType.DATE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
        elif kind is AttributeType.TEXT:
            editor = QPlainTextEdit(parent)
        else:
            editor = QLineEdit(parent)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        _, _, text = self._attribute(index)  # known: an editor exists only then
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
        elif isinstance(editor, QDateEdit):
            day = QDate.fromString(text, "dd/MM/yyyy")
            editor.setDate(day if day.isValid() else QDate(clock.today()))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            text = editor.currentText()
        elif isinstance(editor, QDateEdit):
            text = editor.date().toString("dd/MM/yyyy")
        elif isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText()
        else:
            text = editor.text()
        model.setData(index, text, Qt.EditRole)


class AttributeValuesTab(OverviewSession):
    entity = V
    allow_new = False

    def from_obj(self):
        return outerjoin(V.__table__, A.__table__, V.attribute_id == A.id).outerjoin(
            O.__table__, V.option_id == O.id)

    def default_order(self):
        return [A.code]

    def columns(self):
        value = func.coalesce(O.option_value, V.value_text, cast(V.value_date, String),
                              cast(V.value_number, String), cast(V.value_time, String))
        return [Column("attribute", t("Attribute"), A.code, searchable=True, width=100),
                Column("label", t("Label"), A.label, searchable=True, width=220),
                Column("type", t("Type"), A.data_type, width=100),
                Column("value", t("Value"), value, searchable=True, width=220,
                       setter=self._set_value, render=_shown_value,
                       render_from=("value_date", "value_number")),
                Column("text", t("Text"), V.text, width=200),
                Column("value_date", "", V.value_date, hidden=True),
                Column("value_number", "", V.value_number, hidden=True)]

    def fixed_clauses(self):
        return [and_(V.object_kind == self.params["kind"],
                     V.object_id == self.params["object_id"])]

    def __init__(self, ctx, parent=None, **params) -> None:
        #: how each value read so far is edited, and the list F2 chooses it from
        self.editors: dict[int, tuple] = {}
        self.zooms: dict[int, object] = {}
        self._wanted = None
        super().__init__(ctx, parent, **params)
        self.value_column = [c.key for c in self.model.columns].index("value")
        self.view.setItemDelegateForColumn(self.value_column, AttributeValueDelegate(self))
        self.add_set_action = QAction(qta.icon("fa5s.layer-group"), t("Add attribute set"),
                                      self)
        self.add_set_action.triggered.connect(self.add_set)
        self.add_one_action = QAction(qta.icon("fa5s.plus-square"), t("Add attribute"), self)
        self.add_one_action.triggered.connect(self.add_attribute)
        self.pick_action = QAction(qta.icon("fa5s.search"), t("Choose from the list"), self)
        self.pick_action.setShortcut(Qt.Key_F2)
        self.pick_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.pick_action.setEnabled(False)
        self.pick_action.triggered.connect(self.pick_value)
        self.view.addAction(self.pick_action)
        self.toolbar.insertAction(self.delete_action, self.add_set_action)
        self.toolbar.insertAction(self.delete_action, self.add_one_action)
        self.toolbar.insertAction(self.delete_action, self.pick_action)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_changed(current))

    def _current_changed(self, current) -> None:
        self.pick_action.setEnabled(False)
        value_id = current.data(ROW_ID_ROLE)
        if value_id is not None:
            self.query(ops.value_editor, value_id).success(
                lambda found: self._editor_read(value_id, *found)).run()

    def _editor_read(self, value_id: int, editor: tuple, zoom) -> None:
        self.editors[value_id], self.zooms[value_id] = editor, zoom
        current = self.view.currentIndex()
        if current.isValid() and current.data(ROW_ID_ROLE) == value_id:
            self.pick_action.setEnabled(zoom is not None)
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted.isValid() and wanted.data(ROW_ID_ROLE) == value_id:
            self.view.edit(wanted)

    def edit_when_known(self, index) -> None:
        """An edit asked before the value's type was read: started once it is."""
        self._wanted = QPersistentModelIndex(index)
        value_id = index.data(ROW_ID_ROLE)
        self.query(ops.value_editor, value_id).success(
            lambda found: self._editor_read(value_id, *found)).run()

    def pick_value(self) -> None:
        """F2 on a value taken from a list (BR-ATR-07): choose the code in that list."""
        index = self.view.currentIndex()
        value_id = index.data(ROW_ID_ROLE) if index.isValid() else None
        if value_id is not None and self.zooms.get(value_id) is not None:
            self._pick(index, self.zooms[value_id])

    def _pick(self, index, zoom) -> None:
        if zoom is None:
            return
        dialog = LookupDialog(self.ctx.db.engine, self.ctx.pool,
                              LookupSpec(zoom.entity, zoom.label_attr), "", self)
        if dialog.exec() != QDialog.Accepted or dialog.chosen is None:
            return
        self.query(ops.code_of, zoom.entity, dialog.chosen).success(
            lambda code: self.model.setData(index.siblingAtColumn(self.value_column), code,
                                            Qt.EditRole)).run()

    def _set_value(self, row_id: int, text: str, version: int) -> bool | None:
        self.editors.pop(row_id, None)  # its text changes: read again when edited next
        return self.op(ops.set_value, row_id, version, text).run()

    def _add(self, title: str, field: str, lookup: LookupSpec, attach) -> bool:
        kind, object_id = self.params["kind"], self.params["object_id"]

        def save(values: dict, saved, failed) -> None:
            chosen = values.get(field)
            if chosen is None:
                failed(CrmError("Choose what to add."))
                return
            self.op(attach, kind, object_id, chosen, kinds=(V,)).success(saved) \
                .failure(failed).run()

        dialog = RecordDialog(title, [Group("Add", [F(field, title, "lookup", required=True,
                                                      lookup=lookup)])],
                              self.ctx, {}, save, self)
        return dialog.exec() == QDialog.Accepted

    def add_set(self) -> bool:
        return self._add(t("Add attribute set"), "attribute_set_id", LookupSpec(E.AttributeSet),
                         ops.attach_set)

    def add_attribute(self) -> bool:
        return self._add(t("Add attribute"), "attribute_id", LookupSpec(A, "label"),
                         ops.attach_attribute)


def _shown_value(text: str | None, date, number) -> str:
    """Dates and numbers in the user's locale; the grid sorts and searches the text."""
    if date is not None:
        return display("date", date)
    if number is not None:
        return display_number(number)
    return text or ""


def attributes_tab(kind: AttributeObjectKind):
    return lambda detail, record_id: AttributeValuesTab(detail.ctx, detail, kind=kind,
                                                        object_id=record_id)


class AttributesByObject(AttributeValuesTab):
    """Attributes by Business Partner / Opportunity / Contact / Activity: every value of one
    kind of object in one editable grid; opening a line opens the object."""

    kind: AttributeObjectKind
    owner: type
    owner_label: str

    def from_obj(self):
        return super().from_obj().join(self.owner.__table__, V.object_id == self.owner.id)

    def default_order(self):
        return [self.owner.code, A.code]

    def columns(self):
        owner = QCoreApplication.translate("entity", self.owner.entity_label)
        return [Column("object", owner, self.owner.code, searchable=True, width=110),
                Column("object_name", t("Name"), getattr(self.owner, self.owner_label),
                       searchable=True, width=200)] + super().columns() + \
            [Column("object_id", "", V.object_id, kind="int", hidden=True)]

    def fixed_clauses(self):
        return [V.object_kind == self.kind]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.add_set_action.setVisible(False)  # sets are added per object or globally
        self.add_one_action.setVisible(False)
        self.open_action.setVisible(True)

    def open_current(self) -> None:
        """Opening a line opens the object it belongs to."""
        row = self.view.currentIndex().row()
        object_id = self.model.row_values(row).get("object_id") if row >= 0 else None
        if object_id is not None:
            self.ctx.open_record(self.owner, object_id)


def _by_object(code, title, kind, owner, owner_label):
    cls = type(f"AttributesBy{owner.__name__}", (AttributesByObject,), {
        "kind": kind, "owner": owner, "owner_label": owner_label})
    return session(code, title, "fa5s.tags", "marketing")(cls)


_by_object("tdsmi1101m000", QT_TRANSLATE_NOOP("session", "Attributes by Business Partner"),
           AttributeObjectKind.R, E.BusinessPartner, "name")
_by_object("tdsmi1111m000", QT_TRANSLATE_NOOP("session", "Attributes by Opportunity"),
           AttributeObjectKind.P, E.Opportunity, "description")
_by_object("tdsmi1123m000", QT_TRANSLATE_NOOP("session", "Attributes by Contact"),
           AttributeObjectKind.C, E.Contact, "last_name")
_by_object("tdsmi2101m000", QT_TRANSLATE_NOOP("session", "Attributes by Activity"),
           AttributeObjectKind.A, E.Activity, "subject")
