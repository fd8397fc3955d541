"""Sales quotations generated from opportunities."""

from desktop.crm import entities as E
from desktop.views.quotations import sessions  # registers the sessions
from desktop.views.shell import registry

registry.register_record(E.Quotation, "tdsls1100s000")
registry.add_tab(E.BusinessPartner, "Quotations",
                 lambda detail, record_id: sessions.QuotationOverview(detail.ctx, detail,
                                                                      bp_id=record_id),
                 order=25)
