"""Preview on a record: the letter merged on a partner, contact, opportunity or activity."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.letters import rules
from desktop.i18n import error_text, tr_crm
from desktop.views.letters import ops
from desktop.views.shapes.forms import tr_field as t
from desktop.widgets.fields import EnumField
from desktop.widgets.letter_editor import qt_document
from desktop.widgets.letter_editor.tokens import TOKEN_TYPE, TokenRenderer
from desktop.widgets.lookup import LookupField, LookupSpec

SPECS = {K.BUSINESS_PARTNER: LookupSpec(E.BusinessPartner, "name"),
         K.CONTACT: LookupSpec(E.Contact, "full_name"),
         K.OPPORTUNITY: LookupSpec(E.Opportunity, "description"),
         K.ACTIVITY: LookupSpec(E.Activity, "subject")}


class PreviewPanel(QWidget):
    def __init__(self, detail) -> None:
        super().__init__(detail)
        self.detail = detail
        self.kind = EnumField(K, list(rules.MERGE_KINDS))
        self.kind.setObjectName("preview_kind")
        self.record: LookupField | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.kind_label, self.record_label = QLabel(self), QLabel(self)
        self.form.addRow(self.kind_label, self.kind)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.view = QTextEdit(self)
        self.view.setReadOnly(True)
        self.view.document().documentLayout().registerHandler(TOKEN_TYPE, TokenRenderer(self))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.kind.changed.connect(self._kind_changed)
        self.retranslate()
        self.set_kind(K.CONTACT)

    def retranslate(self) -> None:
        self.kind_label.setText(t("Business object"))
        self.record_label.setText(t("Record"))
        if self.record is None or self.record.value() is None:
            self.message.setText(tr_crm("Choose a record to see the letter merged on it."))

    def set_kind(self, kind: K) -> None:
        self.kind.set_value(kind)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.value() or K.CONTACT
        if self.record is not None:
            self.form.removeRow(1)  # deletes the old field and its label
            self.record_label = QLabel(self)
        ctx = self.detail.ctx
        self.record = LookupField(SPECS[kind], ctx.db.engine, ctx.pool, self)
        self.record.setObjectName("preview_record")
        self.record.changed.connect(self.refresh)
        self.form.addRow(self.record_label, self.record)
        self.retranslate()
        self.view.clear()

    def refresh(self) -> None:
        """Merge the letter as it stands in the editor (saved or not) on the chosen record."""
        if self.record is None or self.record.value() is None:
            self.view.clear()
            return
        self.detail.query(ops.preview, self.detail.editor.document(), self.kind.value(),
                          self.record.value(), self.detail.ctx.employee_id) \
            .success(self._merged).run()

    def _merged(self, outcome) -> None:
        merged, error = outcome
        if error is not None:
            self.message.setText(error_text(error))
            self.view.clear()
            return
        self.message.setText(tr_crm("Empty fields are left empty, as the letter will print."))
        qt_document.show(self.view.document(), merged, qt_document.SCREEN_BORDER)
