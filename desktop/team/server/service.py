"""What the team server does for a laptop, independent of HTTP: register a device, and sync
(push its units, answer a page of changes and the number blocks it runs low on) in one
request and one PostgreSQL transaction. The HTTP application (app.py) only carries bytes."""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from desktop.crm import clock, entities as E
from desktop.crm.audit import audit_device
from desktop.crm.db.database import Database
from desktop.team import versions
from desktop.team.server import numbers, pull
from desktop.team.server.context import RequestContext, RequestRefused
from desktop.team.server.push import push
from desktop.team.server.signin import SignedIn, employee_of

log = logging.getLogger(__name__)
#: a laptop's ids are device_no * 2**40 + n: room for a trillion records each
ID_BITS = 40
#: units a laptop sends in one request at most (it sends the rest in the next): as many as
#: the changes it sends at most (replica.CHANGES_PER_REQUEST), so that a request is applied
#: whole and none of its bytes are sent twice
UNITS_PER_REQUEST = 2_000


class TeamService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def register(self, body: dict, signed_in: SignedIn | None = None) -> dict:
        """A new laptop: its device number, id range and where its log reading starts.
        Signed in, the laptop works for the employee the sign-in names, whatever its body
        says."""
        self._check_revision(body)
        user = employee_of(self.db, signed_in) if signed_in is not None \
            else str(body.get("user", "")).strip()
        if not user:
            raise RequestRefused("Say which user the laptop works for.")
        with self.db.session(user) as s:
            number = (s.scalar(select(func.max(E.Device.device_no))) or 0) + 1
            device = E.Device(device_no=number, user_name=user, name=str(body.get("name", ""))[:80],
                              revision=body["revision"], last_seen_at=clock.now())
            s.add(device)
            s.flush()
            cursor = pull.start_cursor(s)
            s.commit()
            return dict(device=device.id, device_no=number, id_low=number << ID_BITS,
                        id_high=(number + 1) << ID_BITS, cursor=list(cursor),
                        revision=versions.current(), user=user)

    def sync(self, body: dict, signed_in: SignedIn | None = None) -> dict:
        self._check_revision(body)
        user = employee_of(self.db, signed_in) if signed_in is not None else None
        with self.db.session() as s:
            device = s.get(E.Device, int(body["device"]), with_for_update=True)
            if device is None or device.revoked:
                # "wipe" travels as a parameter of the refusal: the laptop acts on it
                raise RequestRefused("This laptop is not registered with the team server (or "
                                     "was revoked). Set it up again in Settings.", status=403,
                                     wipe="yes" if device is not None and device.wipe else "")
            if user is not None and user != device.user_name:
                raise RequestRefused("This laptop was set up for {owner}, not for you: sign in "
                                     "as {owner}, or set it up again.", status=403,
                                     owner=device.user_name)
            ctx = RequestContext(device.user_name, device.id, device.device_no, body["revision"])
            s.info["user"] = ctx.user  # the audit columns say who, as the server knows it
            audit_device(s, device.device_no)  # and the trail, from which laptop
            pull.undo_unacknowledged(s, device, int(body.get("ack", 0)))
            device.generation += 1
            answers = push(s, ctx, device, body.get("units", [])[:UNITS_PER_REQUEST])
            cursor = tuple(body.get("cursor") or (0, 0))
            page: dict = pull.page(s, ctx, device, cursor) if body.get("pull", True) else \
                dict(rows=[], cursor=list(cursor), more=False)
            if body.get("reference"):  # the first copy: the reference data first
                page["rows"] = pull.reference(s) + page["rows"]
            leases = numbers.leases(s, ctx, body.get("numbers", []))
            device.cursor_txid, device.cursor_id = cursor
            device.revision, device.last_seen_at = body["revision"], clock.now()
            generation = device.generation
            s.commit()
        return dict(answers=answers, leases=leases, generation=generation,
                    revision=versions.current(), **page)

    @staticmethod
    def _check_revision(body: dict) -> None:
        revision = str(body.get("revision", ""))
        if not versions.accepts(revision):
            raise RequestRefused(
                "This laptop's version of the CRM (schema {revision}) is too old for the team "
                "server (schema {server}). Install the current version; your changes were "
                "kept.", status=426, revision=revision, server=versions.current())
