"""The team server seen from a laptop: its settings (set up this laptop), the Conflicts
session, the audit trail tab of the business records, and the replica's sync in the status
bar (worker.py)."""

from desktop.views.team import audit, conflicts, devices, settings  # noqa: F401 - registers them
