"""A loopback Microsoft Graph server over TLS for the sync tests.

It answers the endpoints the Graph gateway uses (events with their extended properties and
transactionId, cancel, calendarView delta, To Do lists and tasks with linked resources and their
delta, translateExchangeIds, sendMail, JSON $batch), Entra's sign-in (graph_identity), keeps
mailboxes in memory (graph_mailbox says how Exchange Online treats them, with Microsoft's pages),
records every request, lets a test change items "from Outlook", and injects faults on demand:
429 and 503 with Retry-After, 500, slow answers, dropped connections, 401, expired delta links
answered with 410.

As Microsoft documents:
- Outlook serves four requests at once per mailbox and answers 429 with Retry-After beyond
  (https://learn.microsoft.com/en-us/graph/throttling-limits, Outlook service limits); the
  parts of a $batch run at once unless ``dependsOn`` orders them, and a part whose dependency
  failed answers 424 (https://learn.microsoft.com/en-us/graph/json-batching).
- A part's headers are its own: the $batch request's headers do not reach it (same page).
- An application limited to some mailboxes (an application access policy, or RBAC for
  Applications) is answered 403 for the others
  (https://learn.microsoft.com/en-us/graph/auth-limit-mailbox-access); so is one without the
  permission a folder needs.
- A calendar view delta round answers ``@removed`` for an event that left its dates as for one
  deleted (https://learn.microsoft.com/en-us/graph/api/event-delta), lists a series'
  occurrences as sparse rows (https://learn.microsoft.com/en-us/graph/delta-query-events), and a
  forgotten delta link answers 410 syncStateNotFound
  (https://learn.microsoft.com/en-us/graph/delta-query-overview).
"""

from __future__ import annotations

import copy
import itertools
import json
import random
import re
import threading
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from tests.sync.graph_calendar import Calendar
from tests.sync.graph_identity import TENANT, Identity
from tests.sync.graph_mailbox import CRM_KEY, GraphError, Mailbox, now_text
from tests.sync.loopback import LoopbackServer
from tests.sync.tls import server_certificate

__all__ = ["CRM_KEY", "GraphServer", "now_text"]
MAX_PAGE = 200  # the largest page asked by odata.maxpagesize that is granted
MAILBOX_CONCURRENCY = 4
APP_POLICY = "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly " \
             "AccessPolicy settings."


@dataclass
class Request:
    method: str
    path: str
    mailbox: str = ""
    body: dict = field(default_factory=dict)
    in_batch: bool = False
    prefer: str = ""

    @property
    def operation(self) -> str:
        """create / update / delete / cancel / delta / read / batch / token, by the path."""
        path = self.path.split("?")[0]
        if path.endswith("/$batch"):
            return "batch"
        if "/delta" in path:
            return "delta"
        if path.endswith("/cancel"):
            return "cancel"
        return {"POST": "create", "PATCH": "update", "DELETE": "delete"}.get(self.method, "read")

    @property
    def text_bodies(self) -> bool:
        return 'outlook.body-content-type="text"' in self.prefer

    @property
    def immutable_ids(self) -> bool:
        return 'IdType="ImmutableId"' in self.prefer


class Faults:
    """What the next requests answer instead of the truth. A fault is (kind, value, match):
    kinds http429 / http503 (value: Retry-After seconds), http500, slow (value: seconds, the
    work done, the answer late), drop (the work done, the connection closed unanswered),
    http401; match, when given, is a part of "METHOD path" the fault waits for."""

    def __init__(self) -> None:
        self.queue: list[tuple] = []
        self.rate = 0.0
        self.part_rate = 0.0  # 429 on single parts of a $batch
        self.random = random.Random(11)
        self.kinds = ("http429", "http503", "http500", "slow", "drop")
        self.slow_seconds = 2.5
        self.retry_after = 120
        self.served: list[tuple[str, str]] = []

    def next(self, line: str) -> tuple[str, float] | None:
        for n, fault in enumerate(self.queue):
            if len(fault) < 3 or fault[2] in line:
                return self.queue.pop(n)[:2]
        if self.rate and self.random.random() < self.rate:
            kind = self.random.choice(self.kinds)
            return kind, (self.slow_seconds if kind == "slow" else self.retry_after)
        return None

    def part(self) -> bool:
        return bool(self.part_rate) and self.random.random() < self.part_rate


class GraphServer(LoopbackServer, Calendar):
    def __init__(self, folder: Path) -> None:
        LoopbackServer.__init__(self)
        self.certificate, self.key = server_certificate(folder)
        self.tls = (str(self.certificate), str(self.key))
        self.identity = Identity()
        self.mailboxes: dict[str, Mailbox] = {}
        self.requests: list[Request] = []
        self.invitations: list[tuple[str, str]] = []  # (mailbox, event id) sent to attendees
        self.cancellations: list[tuple[str, str]] = []  # (mailbox, event id) cancelled to them
        #: (address, only she was told) of each attendee a PATCH took off
        self.removed: list[tuple[str, bool]] = []
        self.faults = Faults()
        self.expired_delta = False  # every delta link answers 410 once
        self.scope: set[str] | None = None  # the mailboxes the application may reach
        self.forbidden: set[str] = set()  # the folders ("todo", "events") it has no right to
        self.ews_ids: dict[str, str] = {}  # an EWS id -> this mailbox's id of the same item
        self.active: Counter = Counter()  # requests being answered, per mailbox
        self.throttled = 0  # requests and parts answered 429 for the mailbox concurrency
        self.body_writes: Counter = Counter()  # event id -> bodies the client wrote
        self.rounds: dict[tuple, tuple] = {}  # (mailbox, folder) -> the round being paged
        self.lock = threading.RLock()
        self.seq = itertools.count(1)
        self.ids = itertools.count(1)

    def started(self) -> None:
        self.identity.base = self.base

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def graph_url(self) -> str:
        return f"{self.base}/v1.0"

    def mailbox(self, address: str) -> Mailbox:
        with self.lock:
            box = self.mailboxes.get(address.lower())
            if box is None:
                box = self.mailboxes[address.lower()] = Mailbox(address,
                                                                list_id=f"L{next(self.ids)}")
            return box

    def count(self, operation: str | None = None, in_batch: bool | None = None) -> int:
        return sum(1 for r in list(self.requests) if operation in (None, r.operation)
                   and in_batch in (None, r.in_batch))

    # -- HTTP ------------------------------------------------------------------------------
    def _handle(self, http: BaseHTTPRequestHandler) -> None:
        length = int(http.headers.get("Content-Length", 0) or 0)
        raw = http.rfile.read(length) if length else b""
        path = http.path
        if path.startswith(f"/{TENANT}/"):
            return self._identity(http, path, raw)
        body = json.loads(raw) if raw else {}
        request = Request(http.command, path, _mailbox_of(path), copy.deepcopy(body),
                          prefer=http.headers.get("Prefer", "") or "")
        self.requests.append(request)
        for waiter in list(self.waiters):
            waiter()
        fault = self.faults.next(f"{http.command} {path}")
        grant = self.identity.grant(http.headers.get("Authorization", ""))
        if fault is not None and fault[0] == "http401":
            grant = None
        if grant is None:
            return self._json(http, 401, _error("InvalidAuthenticationToken",
                                                "Access token has expired or is not yet valid."))
        if fault is not None:
            self.faults.served.append((fault[0], request.operation))
            kind, value = fault
            if kind in ("http429", "http503"):
                return self._json(http, int(kind[4:]), _error("TooManyRequests" if kind ==
                                                              "http429" else "ServiceNotAvailable"),
                                  {"Retry-After": str(int(value))})
            if kind == "http500":
                return self._json(http, 500, _error("InternalServerError"))
        with self._in_flight(request.mailbox) as over:
            if over:
                status, answer, headers = 429, _error(
                    "ApplicationThrottled", "Application is over its MailboxConcurrency limit."), \
                    {"Retry-After": "1"}
            else:
                status, answer = self._route(http.command, path.removeprefix("/v1.0"), body,
                                             grant, request)
                headers = {}
        if fault is not None and fault[0] == "slow":
            threading.Event().wait(fault[1])  # the work is done; the answer comes too late
        if fault is not None and fault[0] == "drop":
            return self.drop(http)
        self._json(http, status, answer, headers)

    def _in_flight(self, mailbox: str):
        server = self

        class Slot:
            def __enter__(self) -> bool:
                with server.lock:
                    server.active[mailbox.lower()] += 1 if mailbox else 0
                    over = bool(mailbox) and server.active[mailbox.lower()] > MAILBOX_CONCURRENCY
                    server.throttled += over
                    return over

            def __exit__(self, *exc) -> None:
                with server.lock:
                    if mailbox:
                        server.active[mailbox.lower()] -= 1

        return Slot()

    def _identity(self, http, path: str, raw: bytes) -> None:
        parsed = urllib.parse.urlparse(path)
        if parsed.path.endswith("/.well-known/openid-configuration"):
            return self._json(http, 200, self.identity.openid_configuration())
        if parsed.path.endswith("/discovery/v2.0/keys"):
            return self._json(http, 200, self.identity.jwks())
        if parsed.path.endswith("/devicecode"):
            form = dict(urllib.parse.parse_qsl(raw.decode()))
            return self._json(http, *self.identity.device_code(form))
        if parsed.path.endswith("/authorize"):
            query = dict(urllib.parse.parse_qsl(parsed.query))
            if query.get("response_mode") == "form_post":
                page = self.identity.authorize_form(query).encode()
                http.send_response(200)
                http.send_header("Content-Type", "text/html")
                http.send_header("Content-Length", str(len(page)))
                http.end_headers()
                http.wfile.write(page)
                return None
            http.send_response(302)
            http.send_header("Location", self.identity.authorize(query))
            http.send_header("Content-Length", "0")
            http.end_headers()
            return None
        if parsed.path.endswith("/token"):
            return self._json(http, *self.identity.token(raw, f"{self.base}{parsed.path}"))
        return self._json(http, 404, {"error": "not_found"})

    @staticmethod
    def _json(http, status: int, body: dict | None, headers: dict | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        http.send_response(status)
        http.send_header("Content-Type", "application/json")
        http.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            http.send_header(key, value)
        http.end_headers()
        http.wfile.write(data)

    # -- routing ---------------------------------------------------------------------------
    def _route(self, method: str, path: str, body: dict, grant,
               request: Request) -> tuple[int, dict | None]:
        if path == "/$batch":
            return self._batch(body, grant)
        found = re.search(r"odata\.maxpagesize=(\d+)", request.prefer)
        try:
            with self.lock:
                self.page_size = min(int(found.group(1)), MAX_PAGE) if found else 10
                self.text_bodies = request.text_bodies
                return self._dispatch(method, path, copy.deepcopy(body), grant)
        except GraphError as error:
            return error.status, _error(error.code, error.message)

    def _batch(self, body: dict, grant) -> tuple[int, dict]:
        """The parts run in waves: a part waits for the one it depends on; within a wave, more
        than four parts for one mailbox (less what that mailbox already runs) answer 429."""
        parts = body.get("requests", [])
        if len(parts) > 20:
            return 400, _error("BadRequest", "A batch holds at most 20 requests.")
        wave: dict[str, int] = {}
        for part in parts:
            wave[part["id"]] = 1 + max((wave.get(d, 0) for d in part.get("dependsOn") or []),
                                       default=-1)
        answers: dict[str, dict] = {}
        running: Counter = Counter()
        for part in sorted(parts, key=lambda p: wave[p["id"]]):
            url = "/" + part["url"].lstrip("/")
            mailbox = _mailbox_of(url).lower()
            key = (wave[part["id"]], mailbox)
            running[key] += 1
            answers[part["id"]] = self._part(part, url, grant, answers, running[key] + max(
                0, self.active[mailbox] - 1))
        return 200, {"responses": [answers[p["id"]] for p in reversed(parts)]}  # any order

    def _part(self, part: dict, url: str, grant, answers: dict, concurrent: int) -> dict:
        prefer = (part.get("headers") or {}).get("Prefer", "")
        request = Request(part["method"], url, _mailbox_of(url),
                          copy.deepcopy(part.get("body") or {}), in_batch=True, prefer=prefer)
        self.requests.append(request)
        if any(answers[d]["status"] >= 400 for d in part.get("dependsOn") or []):
            return {"id": part["id"], "status": 424, "body": _error("FailedDependency")}
        if concurrent > MAILBOX_CONCURRENCY or self.faults.part():
            self.throttled += concurrent > MAILBOX_CONCURRENCY
            self.faults.served.append(("part429", part["method"]))
            return {"id": part["id"], "status": 429, "headers": {"Retry-After": "1"},
                    "body": _error("TooManyRequests")}
        status, answer = self._route(part["method"], url, part.get("body") or {}, grant,
                                     request)
        return {"id": part["id"], "status": status, "body": answer or {},
                "headers": {"Content-Type": "application/json"}}

    page_size = 50  # of the request being answered (odata.maxpagesize, at most MAX_PAGE)
    text_bodies = False  # whether the request being answered asked for text bodies

    def _dispatch(self, method: str, path: str, body: dict, grant) -> tuple[int, dict | None]:
        parsed = urllib.parse.urlparse(path)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        match = re.fullmatch(r"/users/([^/]+)(/.*)", parsed.path)
        if match is None:
            raise GraphError(400, "BadRequest", f"Unsupported path {path}")
        address = urllib.parse.unquote(match.group(1))
        if grant.user and grant.user.lower() != address.lower():
            raise GraphError(403, "ErrorAccessDenied", "Access is denied.")
        if not grant.user and self.scope is not None and address.lower() not in self.scope:
            raise GraphError(403, "ErrorAccessDenied", APP_POLICY)
        box, rest = self.mailbox(address), match.group(2)
        if rest.split("/")[1] in self.forbidden:
            raise GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials "
                                                       "and try again.")
        for verb, pattern, handler in self.routes():
            found = re.fullmatch(pattern, rest)
            if verb == method and found:
                return handler(box, body, query, *found.groups())
        raise GraphError(400, "BadRequest", f"Unsupported {method} {rest}")

    def routes(self) -> list:
        return [
            ("GET", r"/events", self._list_events), ("POST", r"/events", self._create_event),
            ("GET", r"/events/([^/]+)", self._get_event),
            ("PATCH", r"/events/([^/]+)", self._update_event),
            ("DELETE", r"/events/([^/]+)", self._delete_event),
            ("POST", r"/events/([^/]+)/cancel", self._cancel_event),
            ("GET", r"/calendarView/delta", self._event_delta),
            ("GET", r"/todo/lists", self._lists),
            ("POST", r"/todo/lists/([^/]+)/tasks", self._create_task),
            ("GET", r"/todo/lists/([^/]+)/tasks/delta", self._task_delta),
            ("GET", r"/todo/lists/([^/]+)/tasks/([^/]+)", self._get_task),
            ("PATCH", r"/todo/lists/([^/]+)/tasks/([^/]+)", self._update_task),
            ("DELETE", r"/todo/lists/([^/]+)/tasks/([^/]+)", self._delete_task),
            ("POST", r"/translateExchangeIds", self._translate_ids),
            ("POST", r"/sendMail", self._send_mail)]

    # -- delta rounds ----------------------------------------------------------------------
    def delta_page(self, box: Mailbox, folder: str, rows_of, query: dict,
                   base: str) -> tuple[int, dict]:
        """A page of a delta round: every row at first, then what the log says changed since
        the round's mark; rows_of(ids or None) gives the rows."""
        if "$deltatoken" in query and self.expired_delta:
            self.expired_delta = False
            raise GraphError(410, "syncStateNotFound", "The sync state generation is not "
                                                       "valid. Restart the synchronization.")
        since = int(query.get("$deltatoken", 0) or 0)
        skip = int(query.get("$skiptoken", 0) or 0)
        top = int(query.get("$top", 0) or 0) or self.page_size
        mark = query.get("$mark") or str(max((seq for seq, _ in box.log.get(folder, [])),
                                             default=0))
        # a round's rows as they stood when it began (its mark), its pages cut from them
        key = (mark, since, query.get("startDateTime"), query.get("endDateTime"))
        cached = self.rounds.get((box.address, folder))
        if skip and cached is not None and cached[0] == key:
            rows = cached[1]
        elif "$deltatoken" in query:
            rows = rows_of(list(dict.fromkeys(i for seq, i in box.log.get(folder, [])
                                              if seq > since)))
        else:
            rows = rows_of(None)
        self.rounds[(box.address, folder)] = (key, rows)
        page = rows[skip:skip + top]
        if skip + top < len(rows):
            link = {**query, "$skiptoken": str(skip + top), "$mark": mark}
            return 200, {"value": page, "@odata.nextLink":
                         f"{self.graph_url}{base}?{urllib.parse.urlencode(link)}"}
        after = {k: v for k, v in query.items() if k not in ("$skiptoken", "$mark",
                                                            "$deltatoken")}
        after["$deltatoken"] = mark
        return 200, {"value": page, "@odata.deltaLink":
                     f"{self.graph_url}{base}?{urllib.parse.urlencode(after)}"}

    def _translate_ids(self, box, body, query):
        """translateExchangeIds: EWS ids as this mailbox's REST ids
        (https://learn.microsoft.com/en-us/graph/api/user-translateexchangeids)."""
        return 200, {"value": [{"sourceId": i, "targetId": self.ews_ids[i]}
                               for i in body.get("inputIds", []) if i in self.ews_ids]}

    def _send_mail(self, box, body, query):
        box.sent.append(body.get("message", {}))
        return 202, None


def _mailbox_of(path: str) -> str:
    found = re.match(r"/(?:v1\.0/)?users/([^/?]+)", path)
    return urllib.parse.unquote(found.group(1)) if found else ""


def _error(code: str, message: str = "") -> dict:
    return {"error": {"code": code, "message": message or code}}
