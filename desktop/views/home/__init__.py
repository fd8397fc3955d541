"""The home page, "My day": the window opens on it."""

from desktop.views.home import page  # noqa: F401 - registers the session
