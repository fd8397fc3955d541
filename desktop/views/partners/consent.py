"""A contact's consent history (tccom1641m000): every opt-out and opt-in of direct marketing,
post and calls, with its date, its source (the contact's window, an import, a bulk update)
and who made it (GDPR art. 7 and 21: the company shows when and how a person objected).
Read-only; the domain writes it (desktop.crm.consent)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.crm import entities as E
from desktop.crm.consent import BULK_SOURCE, IMPORT_SOURCE, WINDOW_SOURCE
from desktop.models.columns import Column
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell import registry
from desktop.views.shell.registry import session

C = E.ConsentEvent
#: the sources the domain writes, in the user's language (others are shown as written)
SOURCES = {WINDOW_SOURCE: QT_TRANSLATE_NOOP("ConsentSource", "Contact window"),
           IMPORT_SOURCE: QT_TRANSLATE_NOOP("ConsentSource", "File import"),
           BULK_SOURCE: QT_TRANSLATE_NOOP("ConsentSource", "Bulk update")}


def shown_source(value: str | None, *_values) -> str:
    source = SOURCES.get(value or "")
    return QCoreApplication.translate("ConsentSource", source) if source else value or ""


@session("tccom1641m000", "Consent history", "fa5s.user-check", "sales", in_menu=False)
class ConsentTab(OverviewSession):
    entity = C
    allow_new = False
    allow_delete = False

    def columns(self):
        return [Column("at", t("When"), C.at, kind="datetime", width=140),
                Column("channel", t("Channel"), C.channel, width=150),
                Column("objected", t("Objects"), C.objected, kind="bool", width=70),
                Column("source", t("Source"), C.source, width=160, render=shown_source),
                Column("user_name", t("User"), C.user_name, searchable=True, width=110)]

    def default_order(self):
        return [C.at.desc(), C.id.desc()]

    def fixed_clauses(self):
        return [C.contact_id == self.params.get("contact_id", 0)]


registry.add_tab(E.Contact, "Consent history",
                 lambda detail, record_id: ConsentTab(detail.ctx, detail, contact_id=record_id),
                 order=90)
