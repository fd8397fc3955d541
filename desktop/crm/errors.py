"""Domain errors.

Each error carries an English message template and its parameters separately, so the GUI can
translate the template (context "crm") before filling in the values. ``str(error)`` gives the
English sentence for logs and the command line.
"""

from __future__ import annotations

from typing import Any


class CrmError(Exception):
    """Base of every error the domain raises on purpose; its message is meant for the user."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate=None) -> str:
        """The sentence, its template passed through ``translate`` (identity by default)."""
        text = translate(self.template) if translate else self.template
        params = dict(self.params)
        if translate:
            # parameters named *_label are English words of ours (entity names, enum labels)
            params.update({k: translate(v) for k, v in params.items() if k.endswith("_label")})
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class ValidationError(CrmError):
    """Input that breaks a business rule; the message says what to fix."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotAllowedError(CrmError):
    """An action refused in the record's current state (e.g. a quotation for a Won opportunity)."""


class ConfirmationRequired(CrmError):
    """The change is allowed only once the user confirms it (reopening a closed opportunity);
    the message is the question to ask."""


class Declined(CrmError):
    """The user answered No to a ConfirmationRequired question: nothing was changed, and
    nothing more needs saying."""


class NotFoundError(CrmError):
    """A code or id that does not exist."""


class StaleRecordError(CrmError):
    """Someone else saved the record first; nothing was overwritten."""

    def __init__(self, template: str, record: str = "", changed_by: str = "", **params: Any):
        self.record = record
        self.changed_by = changed_by
        super().__init__(template, record=record, changed_by=changed_by, **params)


class NumberingError(CrmError):
    """A number series is missing or exhausted."""


class DatabaseOpenError(CrmError):
    """The database cannot be opened: unreachable, not a database, or newer than the app."""


class FileInUseError(CrmError):
    """A file to write cannot be replaced: another program holds it open (Excel or Word keep a
    workbook or a document locked while it is open: a sharing violation on Windows) or it is
    read-only. The work can be tried again once the user closed it; ``file`` names it."""
