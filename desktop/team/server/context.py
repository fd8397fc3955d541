"""Who asks: every request is served for a user and a device, which the handlers take from
here and never from the request's body. Today the device says who it is when it registers
(its user is the one it registered for); issue 35 verifies both (Entra ID tokens or server
accounts) and fills the same context, with the user's rights."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.crm.errors import CrmError


class RequestRefused(CrmError):
    """A request the server does not serve (unknown or revoked device, unsupported
    revision); ``status`` is the HTTP status to answer with."""

    def __init__(self, template: str, status: int = 400, **params) -> None:
        self.status = status
        super().__init__(template, **params)


@dataclass(frozen=True)
class RequestContext:
    user: str
    device_id: int
    device_no: int
    revision: str

    @property
    def origin(self) -> str:
        """What the change log notes for the rows this device's pushes write."""
        return str(self.device_id)
