"""The Microsoft Graph gateway, for Exchange Online: calendar events and To Do tasks of each
sync user, pushed in JSON $batch requests of 20, changes pulled with delta queries (the delta
link of each user and folder is the sync state), the CRM key on every item so that nothing is
created twice. Graph's vocabulary stays in graph_items; the engine sees the contract only."""

from __future__ import annotations

import base64
import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import requests

from desktop.crm import clock
from desktop.sync.contract import Change, FaultKind, RemoteItem, Written
from desktop.sync.gateways import graph_items as G
from desktop.sync.gateways.graph_auth import (
    AppTokens,
    DelegatedTokens,
    EncryptedTokenCache,
    certificate_credential,
)
from desktop.sync.gateways.graph_http import Answer, GraphError, GraphHttp, access_refused, error_of

GRAPH_URL = "https://graph.microsoft.com/v1.0"
TASK = "task|"  # a task's item id carries its list: "task|<list id>|<task id>"
EXPAND_TASK = "linkedResources"


@dataclass(frozen=True)
class GraphSettings:
    tenant: str
    client_id: str
    sign_in: str = "APP_SECRET"  # APP_SECRET APP_CERTIFICATE DELEGATED
    secret: str = ""  # the client secret, or the certificate's passphrase
    certificate_path: str = ""
    graph_url: str = GRAPH_URL
    authority_url: str = ""  # empty: Microsoft's
    timeout_seconds: int = 30
    max_wait_seconds: int = 60  # the longest Retry-After waited out within one run
    ca_file: str = ""  # a company CA in front of Microsoft (TLS inspection); empty: the system's
    token_cache: str = ""  # delegated sign-in: the encrypted cache file
    window_days: int = 400  # how far ahead the calendar is followed

    @property
    def scope_root(self) -> str:
        """The resource the token is for: Graph's root, without the version."""
        return self.graph_url.rstrip("/").rsplit("/", 1)[0]


class _Session(requests.Session):
    """The session's CA file holds even when REQUESTS_CA_BUNDLE is set: requests lets the
    environment override a session's verify unless each request names it."""

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("verify", self.verify)
        return super().request(method, url, *args, **kwargs)


def http_session(settings: GraphSettings) -> requests.Session:
    session = _Session()
    session.verify = settings.ca_file or True
    adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=8)
    session.mount("https://", adapter)
    return session


def make_tokens(settings: GraphSettings, session: requests.Session):
    if settings.sign_in == "DELEGATED":
        return DelegatedTokens(settings.client_id, settings.tenant,
                               EncryptedTokenCache(Path(settings.token_cache)), session,
                               settings.authority_url, settings.scope_root)
    credential = certificate_credential(settings.certificate_path, settings.secret) \
        if settings.sign_in == "APP_CERTIFICATE" else settings.secret
    return AppTokens(settings.client_id, settings.tenant, credential, session,
                     settings.authority_url, settings.scope_root)


class GraphGateway:
    def __init__(self, settings: GraphSettings, tokens=None) -> None:
        self.settings = settings
        self.session = http_session(settings)
        self.tokens = tokens if tokens is not None else make_tokens(settings, self.session)
        self.http = GraphHttp(settings.graph_url, self.tokens, self.session,
                              settings.timeout_seconds, settings.max_wait_seconds)
        self._lists: dict[str, str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _user(mailbox: str) -> str:
        return f"/users/{quote(mailbox)}"

    def serves(self, mailbox: str) -> bool:
        return self.tokens.serves(mailbox)

    def test_connection(self, mailbox: str) -> int:
        """How many events the mailbox's calendar holds; raises when it cannot be read."""
        page = self.http.call("GET", f"{self._user(mailbox)}/events?$select=id&$top=1"
                                     "&$count=true")
        return int(page.get("@odata.count", len(page.get("value", []))))

    def _task_list(self, mailbox: str) -> str:
        """The user's default To Do list ("Tasks"), asked once per mailbox."""
        with self._lock:
            if mailbox not in self._lists:
                for page in self.http.pages(f"{self._user(mailbox)}/todo/lists"):
                    for task_list in page.get("value", []):
                        if task_list.get("wellknownListName") == "defaultList":
                            self._lists[mailbox] = task_list["id"]
                if mailbox not in self._lists:
                    raise GraphError("The mailbox {mailbox} has no default task list.",
                                     kind=FaultKind.TRANSIENT, mailbox=mailbox)
            return self._lists[mailbox]

    def _task_path(self, mailbox: str, item_id: str) -> str:
        _, list_id, task_id = item_id.split("|", 2)
        return f"{self._user(mailbox)}/todo/lists/{list_id}/tasks/{task_id}"

    # -- writes ----------------------------------------------------------------------------
    def create(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        if not items:
            return []
        if items[0].kind == "task":
            list_id = self._task_list(mailbox)
            calls = [{"method": "POST", "url": f"{self._user(mailbox)}/todo/lists/{list_id}"
                      "/tasks", "body": G.new_task(item)} for item in items]
            return [self._written(a, list_id) for a in self.http.batch(calls)]
        calls = [{"method": "POST", "url": f"{self._user(mailbox)}/events",
                  "body": G.new_event(item, invite)} for item in items]
        return [self._written(a) for a in self.http.batch(calls)]

    def update(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        calls = []
        for item in items:
            if item.kind == "task":
                calls.append({"method": "PATCH", "url": self._task_path(mailbox, item.item_id),
                              "body": G.task_body(item)})
            else:
                calls.append({"method": "PATCH",
                              "url": f"{self._user(mailbox)}/events/{item.item_id}",
                              "body": G.event_body(item, invite)})
        answers = self.http.batch(calls)
        return [self._written(a, i.item_id.split("|")[1] if i.kind == "task" else "")
                for a, i in zip(answers, items)]

    def delete(self, mailbox: str, item_ids: list[str], cancel: bool) -> list[Written]:
        """A cancelled meeting of a syncing organizer is cancelled (attendees get the
        cancellation); anything else is deleted. An item already gone counts as deleted."""
        calls: list[dict] = []
        for item_id in item_ids:
            if item_id.startswith(TASK):
                calls.append({"method": "DELETE", "url": self._task_path(mailbox, item_id)})
            elif cancel:
                calls.append({"method": "POST",
                              "url": f"{self._user(mailbox)}/events/{item_id}/cancel",
                              "body": {"comment": ""}})
            else:
                calls.append({"method": "DELETE",
                              "url": f"{self._user(mailbox)}/events/{item_id}"})
        written = []
        for item_id, answer in zip(item_ids, self.http.batch(calls)):
            result = self._written(answer)
            gone = result.fault is FaultKind.NOT_FOUND
            written.append(Written(item_id) if answer.ok or gone else result)
        return written

    def _written(self, answer: Answer, list_id: str = "") -> Written:
        if answer.status in (401, 403):
            raise access_refused(answer)
        if not answer.ok:
            error = error_of(answer.status, answer.body, answer.headers)
            return Written(error=error.detail, fault=error.kind, retry_after=error.retry_after)
        body = answer.body
        if not body:  # 202 / 204: a cancel or a delete
            return Written()
        if list_id:
            return Written(f"{TASK}{list_id}|{body['id']}", body.get("@odata.etag") or
                           body.get("lastModifiedDateTime", ""))
        return Written(body["id"], body.get("changeKey", ""))

    # -- pull ------------------------------------------------------------------------------
    def changes(self, mailbox: str, kind: str, state: str) -> tuple[list[Change], str]:
        """Everything that changed since the delta link ``state`` (all of it when empty or
        when Graph answers that the link expired, 410: the engine then finds its items again
        by their CRM key, so a full round doubles nothing)."""
        start = self._delta_start(mailbox, kind)
        link = state if state.startswith(("https://", "http://")) else ""
        try:
            rows, new_state = self._delta(link or start)
        except GraphError as error:
            if error.status != 410 or not link:
                raise
            rows, new_state = self._delta(start)
        return self._read(mailbox, kind, rows), new_state

    def _delta_start(self, mailbox: str, kind: str) -> str:
        if kind == "task":
            return f"{self._user(mailbox)}/todo/lists/{self._task_list(mailbox)}/tasks/delta"
        now = clock.now().replace(microsecond=0, tzinfo=None)
        since = (now - dt.timedelta(days=1)).isoformat() + "Z"
        until = (now + dt.timedelta(days=self.settings.window_days)).isoformat() + "Z"
        return f"{self._user(mailbox)}/calendarView/delta?startDateTime={since}" \
               f"&endDateTime={until}"

    def _delta(self, url: str) -> tuple[list[dict], str]:
        rows, delta_link = [], ""
        for page in self.http.pages(url):
            rows.extend(page.get("value", []))
            delta_link = page.get("@odata.deltaLink", delta_link)
        return rows, delta_link

    def _read(self, mailbox: str, kind: str, rows: list[dict]) -> list[Change]:
        """Delta rows as changes. A delta page cannot expand the CRM key: an event without
        our transactionId (made in Outlook, or over EWS before the switch) and every task are
        read again, 20 to a request, with it."""
        list_id = self._task_list(mailbox) if kind == "task" else ""
        changes, reread = [], []
        for row in rows:
            item_id = f"{TASK}{list_id}|{row['id']}" if list_id else row["id"]
            if "@removed" in row:
                changes.append(Change("delete", item_id))
            elif kind == "event" and G.key_of_transaction(row.get("transactionId")):
                changes.append(Change("update", item_id, G.from_event(row)))
            else:
                reread.append(item_id)
        paths = [self._task_path(mailbox, i) + f"?$expand={EXPAND_TASK}" if list_id else
                 f"{self._user(mailbox)}/events/{i}?$expand={G.EXPAND_KEY}" for i in reread]
        answers = self.http.batch([{"method": "GET", "url": p} for p in paths])
        for item_id, answer in zip(reread, answers):
            if answer.status == 404:
                continue  # deleted since: the next round says so
            if not answer.ok:
                raise error_of(answer.status, answer.body, answer.headers)
            item = G.from_task(answer.body, item_id) if list_id else G.from_event(answer.body)
            changes.append(Change("update", item_id, item))
        return changes

    # -- mail ------------------------------------------------------------------------------
    def send_email(self, email) -> None:
        """Send an OutgoingEmail from its sender's mailbox, a copy kept in Sent Items."""
        def recipients(addresses):
            return [{"emailAddress": {"address": a}} for a in addresses or []]

        message = {
            "subject": email.subject, "body": {"contentType": "HTML", "content": email.html},
            "toRecipients": recipients(email.to), "ccRecipients": recipients(email.cc),
            "bccRecipients": recipients(email.bcc),
            "attachments": [{"@odata.type": "#microsoft.graph.fileAttachment", "name": name,
                             "contentBytes": base64.b64encode(path.read_bytes()).decode()}
                            for name, path in email.attachments]}
        self.http.call("POST", f"{self._user(email.mailbox)}/sendMail",
                       {"message": message, "saveToSentItems": True})
