"""Customer 360 (tdsmi1500m000): the account manager's sold-to partners and, for one, its
contact, credit, key figures, links, charts and timeline. Other features add their own
panels with registry.add_panel(E.BusinessPartner, ...)."""

from desktop.crm import entities as E
from desktop.views.customer360 import session  # noqa: F401 - registers the session
from desktop.views.customer360.charts import ChartsPanel
from desktop.views.customer360.figures import ContactPanel, CreditPanel, KpiPanel, LinksPanel
from desktop.views.customer360.timeline import TimelinePanel
from desktop.views.shell import registry

for _order, (_panel, _column) in enumerate([(ContactPanel, 0), (KpiPanel, 1), (CreditPanel, 0),
                                            (LinksPanel, 1), (ChartsPanel, 2),
                                            (TimelinePanel, 2)]):
    registry.add_panel(E.BusinessPartner, _panel.title_source, _panel, order=10 * _order,
                       column=_column)
