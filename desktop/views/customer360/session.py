"""Customer 360 ("État 360 - Client", tdsmi1500m000, BR-360-01..06): on the left the sold-to
partners with the account manager and "only my customers"; on the right the panels that the
features registered for a business partner, filled as their queries return."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E
from desktop.crm.customer360.accounts import account_clauses, last_activity, open_pipeline
from desktop.models.columns import Column
from desktop.views.customer360 import ops
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell import registry
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupField, LookupSpec

BP, EMP = E.BusinessPartner, E.Employee


class AccountList(OverviewSession):
    """BR-360-01..03: the sold-to partners; double-click opens the partner (BR-360-05)."""

    entity = BP
    detail_code = "tccom4100s000"
    allow_new = False
    allow_delete = False

    def from_obj(self):
        return BP.__table__.outerjoin(EMP.__table__, BP.internal_rep_id == EMP.id)

    def default_order(self):
        return [BP.name, BP.code]

    def columns(self):
        return [Column("code", t("Business partner"), BP.code, searchable=True, width=90),
                Column("name", t("Name"), BP.name, searchable=True, width=220),
                Column("city", t("City"), BP.city, searchable=True, width=110),
                Column("manager", t("Account manager"), EMP.name, width=130),
                Column("last", t("Last activity"), last_activity(), kind="datetime",
                       width=120),
                Column("pipeline", t("Open pipeline"), open_pipeline(), kind="money",
                       width=110)]

    def filter_widgets(self):
        self.manager = LookupField(LookupSpec(EMP, "name"), self.ctx.db.engine, self.ctx.pool)
        self.manager.setObjectName("account_manager")
        self.manager.code.setMinimumWidth(80)
        self.manager.set_value(self.ctx.employee_id)  # BR-360-03
        self.only_mine = QCheckBox()
        self.only_mine.setObjectName("only_mine")
        self.translated(self.only_mine.setText, "fields", "Only my customers")
        self.only_mine.setChecked(self.ctx.employee_id is not None)
        self.manager.changed.connect(self.apply_filters)
        self.only_mine.toggled.connect(self.apply_filters)
        label = QLabel()
        self.translated(label.setText, "fields", "Account manager")
        label.setBuddy(self.manager)  # names the lookup's line edit for a screen reader
        box = QWidget()  # on two lines: the list keeps room for the figures beside it
        lines = QGridLayout(box)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(label, 0, 0)
        lines.addWidget(self.manager, 0, 1)
        lines.addWidget(self.only_mine, 1, 1)
        return [box]

    def filter_clauses(self):
        if not hasattr(self, "only_mine"):
            return []
        return account_clauses(self.manager.value(), self.only_mine.isChecked())


@session("tdsmi1500m000", "Customer 360", "fa5s.user-tie", "sales")
class Customer360Session(SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.accounts = AccountList(ctx, self)
        # its commands in icons (the pane is narrow), and so in the list's context menu too
        self.accounts.toolbar.setToolButtonStyle(Qt.ToolButtonIconOnly)
        self.addAction(self.accounts.find_action)  # Ctrl+F from the figures as well
        self.panels = [spec.factory(ctx, self) for spec in registry.panels_for(BP)]
        self.columns = [spec.column for spec in registry.panels_for(BP)]
        self.header = QLabel(self)
        self.header.setObjectName("partner_header")
        self.header.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.header.setTextInteractionFlags(Qt.TextSelectableByMouse)
        right = QWidget(self)
        columns = [QVBoxLayout(), QVBoxLayout()]  # two columns of panels, then wide ones
        wide = QVBoxLayout()
        for panel, column in zip(self.panels, self.columns, strict=False):
            (wide if column == 2 else columns[column]).addWidget(panel)
        pair = QHBoxLayout()
        for column in columns:
            column.addStretch(1)
            pair.addLayout(column, 1)
        box = QVBoxLayout(right)
        box.addWidget(self.header)
        box.addLayout(pair)
        box.addLayout(wide)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(self)
        splitter.addWidget(self.accounts)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 1160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.accounts.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.accounts.model.modelReset.connect(self._select_first)
        self.accounts.model.countChanged.connect(self._select_first)
        self.accounts.search.setMinimumWidth(120)
        self.partner_id: int | None = None
        self.show_partner(None)
        self._select_first()  # rows read already: no reset or count comes to say so

    def _select_first(self, *_args) -> None:
        """The first customer is shown as soon as the list has one."""
        if self.partner_id is None and self.accounts.model.rowCount():
            view = self.accounts.view
            # a grid that took the focus made its first row current, without a signal
            already = view.currentIndex().row() == 0
            view.selectRow(0)
            if already:
                self._current_changed(view.currentIndex(), None)

    def _current_changed(self, current, _previous) -> None:
        self.show_partner(self.accounts.model.row_id(current.row()) if current.isValid()
                          else None)

    def show_partner(self, record_id: int | None) -> None:
        """Every panel's figures read in one task, each panel filled as they arrive."""
        self.partner_id = record_id
        if record_id is None:
            self.header.setText(QCoreApplication.translate(
                "Customer360", "Choose a customer in the list."))
        else:
            values = self.accounts.model.row_values(self.accounts.view.currentIndex().row())
            self.header.setText(f"{values.get('name', '')}  ·  {values.get('code', '')}")
        asked = [panel.expect(record_id) for panel in self.panels]
        if record_id is None:
            return
        readers = [type(panel).reader for panel in self.panels]
        self.query(ops.read_panels, readers, record_id).success(
            lambda results: self._fill(asked, results)).run()

    def _fill(self, asked: list[int], results: list) -> None:
        for panel, number, result in zip(self.panels, asked, results, strict=True):
            panel.arrived(number, result)

    def entities_shown(self) -> set[type]:
        return {BP, E.Activity, E.Opportunity, E.Quotation, E.QuotationLine, E.Contact,
                E.Note, E.AttributeValue}

    def on_changes(self, changes) -> None:
        """A record of the customer shown changed (here, in another window, by a run or the
        sync): its figures and timeline are read again, the panels keeping what they show
        until the new figures arrive."""
        if self.partner_id is None:
            return
        asked = [panel.asked for panel in self.panels]
        readers = [type(panel).reader for panel in self.panels]
        self.query(ops.read_panels, readers, self.partner_id).success(
            lambda results: self._fill(asked, results)).run()

    @property
    def filled(self) -> bool:
        return all(panel.filled for panel in self.panels)

    def retranslate(self) -> None:
        self.accounts.retranslate()
        for panel in self.panels:
            panel.retranslate()
        if self.partner_id is None:
            self.show_partner(None)
        super().retranslate()

    def release(self) -> None:
        self.accounts.release()

    def rows_shown(self) -> int | None:
        return self.accounts.rows_shown()
