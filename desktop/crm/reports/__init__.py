"""User-defined reports (E28/E29, BR-REP-01..06): their columns, the rows of one query with
subtotals, totals and page breaks, and the outputs that need no Qt (XLSX, CSV)."""
