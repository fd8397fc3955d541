"""Single-record parameter sessions: a detail on the one row of a parameter table."""

from __future__ import annotations

from desktop.views.shapes import ops as shapes_ops
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.window import SessionWindow


class ParameterSession(DetailSession):
    """A detail session on the one row of a parameter table, created on first use (the
    ``loader`` creates it, in an operation, when the window opens)."""

    loader = None
    offers_new = False  # there is one row

    def __init__(self, ctx, parent=None, **params) -> None:
        params.setdefault("record_id", None)
        super().__init__(ctx, parent, **params)

    def load(self) -> None:
        if self.record_id is not None:
            super().load()
            return
        self.form.setEnabled(False)
        self.op(shapes_ops.parameter_row, type(self).loader).success(self._found).run()

    def _found(self, record_id: int) -> None:
        self.params["record_id"] = record_id
        super().load()

    @classmethod
    def key_for(cls, **params) -> str:
        return cls.session_code

    def window_title(self) -> str:
        return SessionWindow.window_title(self) + (" *" if self.dirty else "")
