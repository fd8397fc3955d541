"""Selections (tdsmi0170m000): expressions with completion, Compile and a live preview."""

from desktop.views.selections import sessions  # noqa: F401 - registers the sessions
