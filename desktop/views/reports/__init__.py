"""Reports (tdsmi0180m000) with their layout lines (tdsmi0181s000), Flexible Printing
(tdsmi2410m100) to the preview, the printer, PDF, Excel or CSV."""

from desktop.crm import entities as E
from desktop.views.reports import printing_session, sessions  # noqa: F401 - they register
from desktop.views.shell import registry

registry.register_record(E.Report, "tdsmi0180s000")
