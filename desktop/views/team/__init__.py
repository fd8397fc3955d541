"""The team server seen from a laptop: its settings (set up this laptop), the Conflicts
session, and the replica's sync in the status bar (worker.py)."""

from desktop.views.team import conflicts, settings  # noqa: F401 - registers the sessions
