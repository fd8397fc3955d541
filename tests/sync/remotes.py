"""One face for both loopback servers, so that one suite runs the sync against EWS and against
Graph: what a mailbox holds, what Outlook does to it, what the client sent, and faults by
their meaning (a server error, a long or short throttling, a slow answer, a dropped one)."""

from __future__ import annotations

from tests.sync.face import Face, View, z
from tests.sync.remote_ews import EwsRemote
from tests.sync.remote_graph import GraphRemote

__all__ = ["EwsRemote", "Face", "GraphRemote", "View", "z"]
