"""The figure panels of the Customer 360: the sold-to contact (BR-360-04), the credit
information, the key figures, and the links with their check marks and counts (BR-360-06)."""

from __future__ import annotations

import html
import re

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.crm import entities as E
from desktop.crm.customer360 import figures
from desktop.models.columns import translate_enum
from desktop.views.customer360 import ops
from desktop.views.customer360.panel import Panel
from desktop.widgets.link_label import LinkLabel


def _t(text: str) -> str:
    """``text`` (declared in words.py) in the user's language."""
    return QCoreApplication.translate("Customer360", text)


def money(value, currency: str = "") -> str:
    if value is None:
        return "–"
    text = QLocale().toString(float(value), "f", 2)
    return f"{text} {currency}".strip()


def link(href: str, text: str, breakable: bool = False) -> str:
    shown = html.escape(text)
    if breakable:  # an address has no space: QLabel would not wrap it, and cut it instead
        shown = BREAKS.sub("\\1\u200b", shown)  # a zero-width space: a place to break
    return f'<a href="{html.escape(href)}">{shown}</a>' if text else "–"


BREAKS = re.compile(r"([@.])")


class FormPanel(Panel):
    """A panel of labelled values."""

    rows: tuple[str, ...] = ()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in self.rows:
            label, value = QLabel(self), LinkLabel(self)
            label.setWordWrap(True)  # a long caption wraps rather than push its value out
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setWordWrap(True)  # a long name wraps instead of widening the panel
            value.setOpenExternalLinks(True)
            value.setObjectName(name)
            self.labels[name], self.values[name] = label, value
            self.form.addRow(label, value)
        self._label_rows()

    def _label_rows(self) -> None:
        for name, label in self.labels.items():
            label.setText(_t(self.row_label(name)))

    def row_label(self, name: str) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self._label_rows()
        super().retranslate()

    def waiting(self) -> None:
        for value in self.values.values():
            value.setText("")

    def set(self, name: str, text: str) -> None:
        value = self.values[name]
        value.setText(text)
        # Tab stops at a link (Enter follows it), never at plain text, where the focus
        # could not be seen and nothing could be done (QLabel sets its focus policy so)
        value.setTextInteractionFlags(Qt.TextBrowserInteraction if "<a " in text
                                      else Qt.TextSelectableByMouse)


class ContactPanel(FormPanel):
    title_source = "Sold-to contact"
    reader = ops.contact_block
    rows = ("name", "email", "do_not_call", "office", "mobile")
    LABELS = {"name": "Contact", "email": "E-mail", "do_not_call": "Do not call",
              "office": "Office phone", "mobile": "Mobile phone"}

    def row_label(self, name: str) -> str:
        return self.LABELS[name]

    def fill(self, block: figures.ContactBlock) -> None:
        if block.contact_id is None:
            self.set("name", _t("No contact yet"))
            for name in self.rows[1:]:
                self.set(name, "–")
            return
        self.set("name", html.escape(block.name))
        self.set("email", link(f"mailto:{block.email}", block.email, breakable=True))
        self.set("do_not_call", _t("Yes") if block.do_not_call else _t("No"))
        primary = f" ({_t('primary')})"
        self.set("office", link(f"tel:{block.office_phone}", block.office_phone)
                 + (primary if block.office_primary and block.office_phone else ""))
        self.set("mobile", link(f"tel:{block.mobile_phone}", block.mobile_phone)
                 + (primary if block.mobile_primary and block.mobile_phone else ""))


class CreditPanel(FormPanel):
    title_source = "Credit information"
    reader = ops.credit
    # what was won this year is a key figure (with its count): said once, not twice
    rows = ("limit", "balance", "overdue", "available", "quotations")
    LABELS = {"limit": "Credit limit", "balance": "Open balance", "overdue": "Overdue amount",
              "available": "Available credit", "quotations": "Open quotations"}

    def row_label(self, name: str) -> str:
        return self.LABELS[name]

    def fill(self, credit: figures.Credit) -> None:
        currency = credit.currency
        for name, value in (("limit", credit.credit_limit), ("balance", credit.open_balance),
                            ("overdue", credit.overdue_amount), ("available", credit.available),
                            ("quotations", credit.open_quotations)):
            self.set(name, money(value, currency))


class KpiPanel(FormPanel):
    title_source = "Key figures"
    reader = ops.kpis
    rows = ("pipeline", "weighted", "won", "lost", "rate", "last", "next")
    LABELS = {"pipeline": "Open pipeline", "weighted": "Weighted pipeline (in forecast)",
              "won": "Won this year", "lost": "Lost this year", "rate": "Win rate",
              "last": "Days since the last activity", "next": "Next planned activity"}

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.values["next"].setOpenExternalLinks(False)
        self.values["next"].linkActivated.connect(self._open_next)

    def row_label(self, name: str) -> str:
        return self.LABELS[name]

    def fill(self, k: figures.Kpis) -> None:
        count = k.open_count  # plain names: lupdate skips a call as the count
        self.set("pipeline", f"{money(k.open_pipeline)} · " + QCoreApplication.translate(
            "Customer360", "%n open", "", count))
        self.set("weighted", money(k.weighted_pipeline))
        won, lost = k.won_count, k.lost_count
        self.set("won", f"{money(k.won_amount)} · " + QCoreApplication.translate(
            "Customer360", "%n won", "", won))
        self.set("lost", f"{money(k.lost_amount)} · " + QCoreApplication.translate(
            "Customer360", "%n lost", "", lost))
        self.set("rate", "–" if k.win_rate is None else
                 f"{QLocale().toString(float(k.win_rate), 'f', 1)} %")
        self.set("last", "–" if k.days_since_last_activity is None else
                 str(k.days_since_last_activity))
        upcoming = k.next_activity
        if upcoming is None:
            self.set("next", _t("None planned"))
        else:
            when = QLocale().toString(upcoming.when.astimezone().replace(tzinfo=None),
                                      QLocale.ShortFormat)
            self.set("next", f'<a href="{upcoming.id}">{html.escape(upcoming.subject)}</a> '
                             f"({translate_enum(upcoming.type)}, {when})")

    def _open_next(self, href: str) -> None:
        self.ctx.open_record(E.Activity, int(href))


#: how a link opens: the partner window's tab, or, with nothing yet, a new record
LINK_TABS = {"Activities": "Activities", "Opportunities": "Opportunities",
             "Contacts": "Contacts", "Notes": "Notes", "Attributes": "Attributes",
             "Quotations": "Quotations"}
LINK_NEW = {"Opportunities": ("tdsmi1610m000", "sold_to_bp_id"),
            "Contacts": ("tccom1640m000", "business_partner_id"),
            "Activities": ("tccom6600m300", "business_partner_id")}
PARTNER_DETAIL = "tccom4100s000"


class LinksPanel(Panel):
    title_source = "Links"
    reader = ops.link_counts

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.group_labels: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        grid = QGridLayout()
        row = 0
        for group, names in figures.LINK_GROUPS.items():
            heading = QLabel(self)
            heading.setStyleSheet("font-weight: bold")
            self.group_labels[group] = heading
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for name in names:
                mark, text, count = QLabel(self), LinkLabel(self), QLabel(self)
                text.setObjectName(f"link_{name}")
                text.linkActivated.connect(lambda _href, n=name: self.open_link(n))
                count.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                grid.addWidget(mark, row, 0)
                grid.addWidget(text, row, 1)
                grid.addWidget(count, row, 2)
                self.rows[name] = (mark, text, count)
                row += 1
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.counts: dict[str, int | None] = {}
        self._label()

    def _label(self) -> None:
        for group, label in self.group_labels.items():
            label.setText(_t(figures.GROUP_LABELS[group]))

    def retranslate(self) -> None:
        self._label()
        super().retranslate()

    def waiting(self) -> None:
        for name, (mark, text, count) in self.rows.items():
            mark.clear()
            text.setText(_t(name))
            count.clear()

    def fill(self, counts: dict) -> None:
        self.counts = counts
        check = qta.icon("fa5s.check", color="#2e7d32").pixmap(14, 14)
        for name, (mark, text, count) in self.rows.items():
            found = counts.get(name)
            # the mark said in words (an empty one would be named after the panel, "Links")
            mark.setAccessibleName(_t("Not held in this CRM") if found is None
                                   else _t("Has records") if found else _t("None yet"))
            # Tab reaches each link and Enter follows it, as a click does; plain text is no stop
            text.setTextInteractionFlags(Qt.TextSelectableByMouse if found is None
                                         else Qt.TextBrowserInteraction)
            if found is None:  # not held by this CRM: said so, not a dead link
                mark.clear()
                text.setText(f'<span style="color: gray">{html.escape(_t(name))}</span>')
                text.setToolTip(_t("Not held in this CRM"))
                count.setText(f'<span style="color: gray">{html.escape(_t("n/a"))}</span>')
                continue
            if found:
                mark.setPixmap(check)
            else:
                mark.clear()
            text.setText(f'<a href="{name}">{html.escape(_t(name))}</a>')
            text.setToolTip(_t("Open") if found else _t("Create the first one"))
            count.setText(str(found))

    def open_link(self, name: str) -> QWidget | None:
        """The partner's records of that kind, or a new one when there is none yet."""
        if self.record_id is None:
            return None
        if not self.counts.get(name) and name in LINK_NEW:
            code, field = LINK_NEW[name]
            return self.ctx.open_session(code, record_id=None, **{field: self.record_id})
        detail = self.ctx.open_session(PARTNER_DETAIL, record_id=self.record_id)
        if detail is not None:
            detail.show_tab(LINK_TABS[name])
        return detail
