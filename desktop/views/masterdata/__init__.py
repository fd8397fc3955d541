"""Master data: employees, items, sales offices, code tables, sales processes and phases,
number series, and the CRM, COM and quotation parameters."""

from desktop.views.masterdata import parameters, processes, sessions, units  # noqa: F401
