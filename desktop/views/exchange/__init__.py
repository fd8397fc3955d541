"""Microsoft Exchange synchronization: settings with Test connection, and the sync users."""

from desktop.views.exchange import sessions  # noqa: F401 - registers the sessions
