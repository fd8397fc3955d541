"""Modal dialogs: run session, settings, errors, notes."""
