"""A loopback Microsoft Graph server over TLS for the sync tests.

It answers the endpoints the Graph gateway uses (events with their extended properties and
transactionId, cancel, calendarView delta, To Do lists and tasks with linked resources and their
delta, sendMail, JSON $batch), Entra's sign-in (graph_identity), keeps mailboxes in memory,
records every request, lets a test change items "from Outlook", and injects faults on demand:
429 and 503 with Retry-After, 500, slow answers, dropped connections, 401, and expired delta
links answered with 410.
"""

from __future__ import annotations

import copy
import itertools
import json
import random
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from desktop.crm import clock as app_clock
from tests.sync.graph_identity import TENANT, Identity
from tests.sync.loopback import LoopbackServer
from tests.sync.tls import server_certificate

CRM_KEY = "String {00020329-0000-0000-C000-000000000046} Name CrmActivityKey".lower()
MAX_PAGE = 200  # the largest page asked by odata.maxpagesize that is granted


def now_text() -> str:
    return app_clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Mailbox:
    address: str
    events: dict[str, dict] = field(default_factory=dict)
    properties: dict[str, dict[str, str]] = field(default_factory=dict)  # event -> id -> value
    tasks: dict[str, dict] = field(default_factory=dict)
    log: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # folder -> (seq, id)
    sent: list[dict] = field(default_factory=list)
    list_id: str = ""


@dataclass
class Request:
    method: str
    path: str
    mailbox: str = ""
    body: dict = field(default_factory=dict)
    in_batch: bool = False

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


class GraphError(Exception):
    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class GraphServer(LoopbackServer):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.certificate, self.key = server_certificate(folder)
        self.tls = (str(self.certificate), str(self.key))
        self.identity = Identity()
        self.mailboxes: dict[str, Mailbox] = {}
        self.requests: list[Request] = []
        self.invitations: list[tuple[str, str]] = []  # (mailbox, event id) sent to attendees
        self.cancellations: list[tuple[str, str]] = []
        self.faults = Faults()
        self.expired_delta = False  # every delta link answers 410 once
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

    # -- "from Outlook" --------------------------------------------------------------------
    def _touch(self, box: Mailbox, folder: str, item: dict) -> None:
        item["lastModifiedDateTime"] = now_text()
        version = int(item.get("changeKey", "ck0")[2:]) + 1
        item["changeKey"] = f"ck{version}"
        item["@odata.etag"] = f'W/"{item["id"]}-{version}"'
        box.log.setdefault(folder, []).append((next(self.seq), item["id"]))

    def edit(self, address: str, item_id: str, **values) -> None:
        with self.lock:
            box = self.mailbox(address)
            folder = "tasks" if item_id in box.tasks else "events"
            item = (box.tasks if folder == "tasks" else box.events)[item_id]
            item.update(values)
            self._touch(box, folder, item)

    def respond(self, address: str, item_id: str, attendee: str, response: str) -> None:
        with self.lock:
            box = self.mailbox(address)
            item = box.events[item_id]
            for party in item.get("attendees", []):
                if party["emailAddress"]["address"] == attendee:
                    party["status"] = {"response": response, "time": now_text()}
            self._touch(box, "events", item)

    def create(self, address: str, **values) -> str:
        with self.lock:
            box = self.mailbox(address)
            item = {"id": f"AAMkAG{next(self.ids):06}", "iCalUId": f"ical-{next(self.ids)}",
                    "subject": "", "isAllDay": False, "showAs": "busy", "categories": [],
                    "attendees": [], **values}
            box.events[item["id"]] = item
            self._touch(box, "events", item)
            return item["id"]

    def delete(self, address: str, item_id: str) -> None:
        with self.lock:
            box = self.mailbox(address)
            folder = "tasks" if item_id in box.tasks else "events"
            (box.tasks if folder == "tasks" else box.events).pop(item_id)
            box.properties.pop(item_id, None)
            box.log.setdefault(folder, []).append((next(self.seq), item_id))

    def crm_key(self, address: str, item_id: str) -> str:
        box = self.mailbox(address)
        if item_id in box.tasks:
            return next((r["externalId"] for r in box.tasks[item_id].get("linkedResources", [])),
                        "")
        return box.properties.get(item_id, {}).get(CRM_KEY, "")

    # -- HTTP ------------------------------------------------------------------------------
    def _handle(self, http: BaseHTTPRequestHandler) -> None:
        length = int(http.headers.get("Content-Length", 0) or 0)
        raw = http.rfile.read(length) if length else b""
        path = http.path
        if path.startswith(f"/{TENANT}/"):
            return self._identity(http, path, raw)
        body = json.loads(raw) if raw else {}
        request = Request(http.command, path, _mailbox_of(path), copy.deepcopy(body))
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
        status, answer = self._route(http.command, path.removeprefix("/v1.0"), body, grant,
                                     http.headers)
        if fault is not None and fault[0] == "slow":
            threading.Event().wait(fault[1])  # the work is done; the answer comes too late
        if fault is not None and fault[0] == "drop":
            return self.drop(http)
        self._json(http, status, answer)

    def _identity(self, http, path: str, raw: bytes) -> None:
        parsed = urllib.parse.urlparse(path)
        if parsed.path.endswith("/.well-known/openid-configuration"):
            return self._json(http, 200, self.identity.openid_configuration())
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
    def _route(self, method: str, path: str, body: dict, grant, headers) -> tuple[int, dict | None]:
        if path == "/$batch":
            return self._batch(body, grant, headers)
        found = re.search(r"odata\.maxpagesize=(\d+)", headers.get("Prefer", "") or "")
        try:
            with self.lock:
                self.page_size = min(int(found.group(1)), MAX_PAGE) if found else 10
                return self._dispatch(method, path, body, grant)
        except GraphError as error:
            return error.status, _error(error.code, error.message)

    def _batch(self, body: dict, grant, headers) -> tuple[int, dict]:
        parts = body.get("requests", [])
        if len(parts) > 20:
            return 400, _error("BadRequest", "A batch holds at most 20 requests.")
        answers = []
        for part in parts:
            url = "/" + part["url"].lstrip("/")
            self.requests.append(Request(part["method"], url, _mailbox_of(url),
                                         copy.deepcopy(part.get("body") or {}), in_batch=True))
            if self.faults.part():
                self.faults.served.append(("part429", part["method"]))
                answers.append({"id": part["id"], "status": 429,
                                "headers": {"Retry-After": "1"},
                                "body": _error("TooManyRequests")})
                continue
            status, answer = self._route(part["method"], url, part.get("body") or {}, grant,
                                         headers)
            answers.append({"id": part["id"], "status": status, "body": answer or {},
                            "headers": {"Content-Type": "application/json"}})
        answers.reverse()  # Graph answers in any order: the client matches by id
        return 200, {"responses": answers}

    page_size = 50  # of the request being answered (odata.maxpagesize, at most MAX_PAGE)

    def _dispatch(self, method: str, path: str, body: dict, grant) -> tuple[int, dict | None]:
        parsed = urllib.parse.urlparse(path)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        match = re.fullmatch(r"/users/([^/]+)(/.*)", parsed.path)
        if match is None:
            raise GraphError(400, "BadRequest", f"Unsupported path {path}")
        address = urllib.parse.unquote(match.group(1))
        if grant.user and grant.user.lower() != address.lower():
            raise GraphError(403, "ErrorAccessDenied", "Access is denied.")
        box, rest = self.mailbox(address), match.group(2)
        routes = [
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
            ("POST", r"/sendMail", self._send_mail)]
        for verb, pattern, handler in routes:
            found = re.fullmatch(pattern, rest)
            if verb == method and found:
                return handler(box, body, query, *found.groups())
        raise GraphError(400, "BadRequest", f"Unsupported {method} {rest}")

    # -- events ----------------------------------------------------------------------------
    def _event_view(self, box: Mailbox, item: dict, query: dict) -> dict:
        view = copy.deepcopy(item)
        if "singleValueExtendedProperties" in query.get("$expand", ""):
            view["singleValueExtendedProperties"] = [
                {"id": key, "value": value} for key, value in box.properties.get(item["id"],
                                                                              {}).items()]
        return view

    def _event(self, box: Mailbox, item_id: str) -> dict:
        if item_id not in box.events:
            raise GraphError(404, "ErrorItemNotFound", "The specified object was not found "
                                                       "in the store.")
        return box.events[item_id]

    def _list_events(self, box, body, query):
        values = [{"id": i} for i in box.events]
        return 200, {"@odata.count": len(values), "value": values[:int(query.get("$top", 10))]}

    def _store(self, box: Mailbox, item: dict, body: dict) -> None:
        for prop in body.pop("singleValueExtendedProperties", None) or []:
            box.properties.setdefault(item["id"], {})[prop["id"].lower()] = prop["value"]
        if "attendees" in body:
            known = {a["emailAddress"]["address"]: a.get("status") for a in
                     item.get("attendees", [])}
            for attendee in body["attendees"]:
                attendee["status"] = known.get(attendee["emailAddress"]["address"]) or \
                    {"response": "none", "time": "0001-01-01T00:00:00Z"}
            if body["attendees"]:
                self.invitations.append((box.address, item["id"]))
        item.update(body)

    def _create_event(self, box, body, query):
        transaction = body.get("transactionId")
        for item in box.events.values():
            if transaction and item.get("transactionId") == transaction:
                return 201, self._event_view(box, item, query)  # a retried create
        item = {"id": f"AAMkAG{next(self.ids):06}", "iCalUId": f"ical-{next(self.ids)}",
                "organizer": {"emailAddress": {"address": box.address}}, "attendees": []}
        self._store(box, item, body)
        box.events[item["id"]] = item
        self._touch(box, "events", item)
        return 201, copy.deepcopy(item)

    def _get_event(self, box, body, query, item_id):
        return 200, self._event_view(box, self._event(box, item_id), query)

    def _update_event(self, box, body, query, item_id):
        item = self._event(box, item_id)
        self._store(box, item, body)
        self._touch(box, "events", item)
        return 200, copy.deepcopy(item)

    def _delete_event(self, box, body, query, item_id):
        self._event(box, item_id)
        self.delete(box.address, item_id)
        return 204, None

    def _cancel_event(self, box, body, query, item_id):
        item = self._event(box, item_id)
        if (item.get("organizer") or {}).get("emailAddress", {}).get("address") != box.address:
            raise GraphError(400, "ErrorInvalidRequest", "Your request can't be completed. "
                                                         "You need to be an organizer to cancel "
                                                         "a meeting.")
        self.cancellations.append((box.address, item_id))
        self.delete(box.address, item_id)
        return 202, None

    # -- delta -----------------------------------------------------------------------------
    def _delta(self, box: Mailbox, folder: str, items: dict, query: dict, base: str,
               visible) -> tuple[int, dict]:
        if "$deltatoken" in query and self.expired_delta:
            self.expired_delta = False
            raise GraphError(410, "SyncStateNotFound", "The sync state generation is not "
                                                       "valid. Restart the synchronization.")
        since = int(query.get("$deltatoken", 0) or 0)
        skip = int(query.get("$skiptoken", 0) or 0)
        top = int(query.get("$top", 0) or 0) or self.page_size
        if "$deltatoken" in query:
            changed = dict.fromkeys(i for seq, i in box.log.get(folder, []) if seq > since)
            rows = [_row(items[i]) if i in items and visible(items[i]) else
                    {"id": i, "@removed": {"reason": "deleted"}} for i in changed]
        else:
            rows = [_row(item) for item in items.values() if visible(item)]
        page = rows[skip:skip + top]
        mark = query.get("$mark") or str(max((seq for seq, _ in box.log.get(folder, [])),
                                             default=0))
        if skip + top < len(rows):
            link = {**query, "$skiptoken": str(skip + top), "$mark": mark}
            return 200, {"value": page, "@odata.nextLink":
                         f"{self.graph_url}{base}?{urllib.parse.urlencode(link)}"}
        after = {k: v for k, v in query.items() if k not in ("$skiptoken", "$mark",
                                                            "$deltatoken")}
        after["$deltatoken"] = mark
        return 200, {"value": page, "@odata.deltaLink":
                     f"{self.graph_url}{base}?{urllib.parse.urlencode(after)}"}

    def _event_delta(self, box, body, query):
        start, end = query.get("startDateTime", ""), query.get("endDateTime", "9999")

        def visible(item: dict) -> bool:
            when = (item.get("end") or item.get("start") or {}).get("dateTime", "")
            return not when or start[:19] <= when[:19] <= end[:19]

        return self._delta(box, "events", box.events, query,
                           f"/users/{urllib.parse.quote(box.address)}/calendarView/delta",
                           visible)

    # -- To Do -----------------------------------------------------------------------------
    def _lists(self, box, body, query):
        return 200, {"value": [{"id": box.list_id, "displayName": "Tasks",
                                "wellknownListName": "defaultList"},
                               {"id": "Lother", "displayName": "Groceries",
                                "wellknownListName": "none"}]}

    def _task(self, box: Mailbox, list_id: str, task_id: str) -> dict:
        if list_id != box.list_id or task_id not in box.tasks:
            raise GraphError(404, "ErrorItemNotFound", "The specified object was not found.")
        return box.tasks[task_id]

    def _create_task(self, box, body, query, list_id):
        if list_id != box.list_id:
            raise GraphError(404, "ErrorItemNotFound", "No such list.")
        item = {"id": f"AQMkAD{next(self.ids):06}", **body}
        box.tasks[item["id"]] = item
        self._touch(box, "tasks", item)
        return 201, copy.deepcopy(item)

    def _get_task(self, box, body, query, list_id, task_id):
        view = copy.deepcopy(self._task(box, list_id, task_id))
        if "linkedResources" not in query.get("$expand", ""):
            view.pop("linkedResources", None)
        return 200, view

    def _update_task(self, box, body, query, list_id, task_id):
        item = self._task(box, list_id, task_id)
        item.update(body)
        self._touch(box, "tasks", item)
        view = copy.deepcopy(item)
        view.pop("linkedResources", None)
        return 200, view

    def _delete_task(self, box, body, query, list_id, task_id):
        self._task(box, list_id, task_id)
        self.delete(box.address, task_id)
        return 204, None

    def _task_delta(self, box, body, query, list_id):
        if list_id != box.list_id:
            raise GraphError(404, "ErrorItemNotFound", "No such list.")
        return self._delta(box, "tasks", box.tasks, query,
                           f"/users/{urllib.parse.quote(box.address)}/todo/lists/{list_id}"
                           "/tasks/delta", lambda item: True)

    def _send_mail(self, box, body, query):
        box.sent.append(body.get("message", {}))
        return 202, None


def _row(item: dict) -> dict:
    """A delta row: the item without what delta cannot expand."""
    row = copy.deepcopy(item)
    row.pop("linkedResources", None)
    return row


def _mailbox_of(path: str) -> str:
    found = re.match(r"/(?:v1\.0/)?users/([^/?]+)", path)
    return urllib.parse.unquote(found.group(1)) if found else ""


def _error(code: str, message: str = "") -> dict:
    return {"error": {"code": code, "message": message or code}}
