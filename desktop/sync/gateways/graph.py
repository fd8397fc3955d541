"""The Microsoft Graph gateway, for Exchange Online: calendar events and To Do tasks of each
sync user, pushed in JSON $batch requests of 20, changes pulled with delta queries
(graph_delta: the delta link of each user and folder, with its window, is the sync state), the
CRM key on every item so that nothing is created twice. Graph's vocabulary stays in
graph_items; the engine sees the contract only.

A 403 concerns one mailbox or folder: an application access policy or RBAC for Applications
keeps the application out of it, or a permission is missing
(https://learn.microsoft.com/en-us/graph/auth-limit-mailbox-access,
https://learn.microsoft.com/en-us/exchange/permissions-exo/application-rbac). It stops that
mailbox or folder with the permission to grant, by name; the others go on."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import requests

from desktop.sync.contract import Change, CredentialsRefused, FaultKind, MailboxRefused, RemoteItem, Written
from desktop.sync.gateways import graph_items as G
from desktop.sync.gateways.bodies import online_block
from desktop.sync.gateways.graph_auth import (
    AppTokens,
    DelegatedTokens,
    EncryptedTokenCache,
    certificate_credential,
)
from desktop.sync.gateways.graph_delta import GraphReader
from desktop.sync.gateways.graph_http import Answer, GraphError, GraphHttp, error_of

GRAPH_URL = "https://graph.microsoft.com/v1.0"
TASK = G.TASK
#: the body as Outlook holds it (HTML, the online meeting's join block with it)
HTML_BODY = {"Prefer": 'outlook.timezone="UTC", IdType="ImmutableId"'}


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
        self.reader = GraphReader(self)
        self._lists: dict[str, str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def user_path(mailbox: str) -> str:
        return f"/users/{quote(mailbox)}"

    def serves(self, mailbox: str) -> bool:
        return self.tokens.serves(mailbox)

    def test_connection(self, mailbox: str) -> int:
        """How many events the mailbox's calendar holds; raises when it cannot be read."""
        with self._scoped(mailbox, "event"):
            page = self.http.call("GET", f"{self.user_path(mailbox)}/events?$select=id&$top=1"
                                         "&$count=true")
        return int(page.get("@odata.count", len(page.get("value", []))))

    def task_list(self, mailbox: str) -> str:
        """The user's default To Do list ("Tasks"), asked once per mailbox."""
        with self._lock:
            if mailbox not in self._lists:
                for page in self.http.pages(f"{self.user_path(mailbox)}/todo/lists"):
                    for task_list in page.get("value", []):
                        if task_list.get("wellknownListName") == "defaultList":
                            self._lists[mailbox] = task_list["id"]
                if mailbox not in self._lists:
                    raise GraphError("The mailbox {mailbox} has no default task list.",
                                     kind=FaultKind.TRANSIENT, mailbox=mailbox)
            return self._lists[mailbox]

    def task_list_path(self, mailbox: str) -> str:
        return f"{self.user_path(mailbox)}/todo/lists/{self.task_list(mailbox)}"

    def task_path(self, mailbox: str, item_id: str) -> str:
        _, list_id, task_id = item_id.split("|", 2)
        return f"{self.user_path(mailbox)}/todo/lists/{list_id}/tasks/{task_id}"

    # -- faults of one mailbox -------------------------------------------------------------
    @contextmanager
    def _scoped(self, mailbox: str, folder: str) -> Iterator[None]:
        """A 403 inside becomes the sentence that names what to grant for this folder."""
        try:
            yield
        except GraphError as error:
            if error.kind is not FaultKind.ACCESS_DENIED:
                raise
            raise self.refused(mailbox, folder, error.detail) from error

    def refused(self, mailbox: str, folder: str, detail: str) -> MailboxRefused:
        delegated = self.settings.sign_in == "DELEGATED"
        if folder == "task" and delegated:
            return MailboxRefused("Microsoft 365 refused access to the tasks of {mailbox}: the "
                                  "sign-in needs the delegated permission {permission}, with "
                                  "consent.", mailbox, folder, permission="Tasks.ReadWrite",
                                  detail=detail)
        if folder == "task":
            return MailboxRefused("Microsoft 365 refused the application the tasks of "
                                  "{mailbox}: grant it the application permission {permission} "
                                  "with admin consent, or synchronize calendars only.", mailbox,
                                  folder, permission="Tasks.ReadWrite.All", detail=detail)
        if folder == "mail" and delegated:
            return MailboxRefused("Microsoft 365 refused to send mail as {mailbox}: the sign-in "
                                  "needs the delegated permission {permission}, with consent.",
                                  mailbox, "", permission="Mail.Send", detail=detail)
        if folder == "mail":
            return MailboxRefused("Microsoft 365 refused the application to send mail as "
                                  "{mailbox}: grant it the application permission {permission} "
                                  "with admin consent.", mailbox, "", permission="Mail.Send",
                                  detail=detail)
        if delegated:
            return MailboxRefused("Microsoft 365 refused access to the calendar of {mailbox}: "
                                  "the sign-in needs the delegated permission {permission}, "
                                  "with consent.", mailbox, folder,
                                  permission="Calendars.ReadWrite", detail=detail)
        return MailboxRefused("Microsoft 365 refused the application the calendar of {mailbox}: "
                              "grant it the application permission {permission} with admin "
                              "consent, and let it reach this mailbox (application access "
                              "policy or RBAC for Applications).", mailbox, folder,
                              permission="Calendars.ReadWrite", detail=detail)

    # -- writes ----------------------------------------------------------------------------
    def create(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        if not items:
            return []
        kind = items[0].kind
        with self._scoped(mailbox, kind):
            if kind == "task":
                list_path = self.task_list_path(mailbox)
                calls = [{"method": "POST", "url": f"{list_path}/tasks",
                          "body": G.new_task(item)} for item in items]
                list_id = self.task_list(mailbox)
                return [self._written(a, mailbox, kind, list_id) for a in self.http.batch(calls)]
            calls = [{"method": "POST", "url": f"{self.user_path(mailbox)}/events",
                      "body": G.new_event(item, invite)} for item in items]
            return [self._written(a, mailbox, kind) for a in self.http.batch(calls)]

    def update(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        """A PATCH of the groups each item says the CRM changed; a body written over an
        online meeting keeps its join block (the body is read as Outlook holds it first)."""
        if not items:
            return []
        kind = items[0].kind
        with self._scoped(mailbox, kind):
            foreign = {i.item_id for i in items if kind == "task" and
                       not i.item_id.startswith(TASK)}
            sendable = [i for i in items if i.item_id not in foreign]
            blocks = self._online_blocks(mailbox, sendable) if kind == "event" else {}
            calls = [{"method": "PATCH", "url": self.task_path(mailbox, i.item_id),
                      "body": G.task_body(i)} if kind == "task" else
                     {"method": "PATCH", "url": f"{self.user_path(mailbox)}/events/{i.item_id}",
                      "body": G.event_body(i, invite, blocks.get(i.item_id, ""))}
                     for i in sendable]
            erased = [i for i in sendable if kind == "event" and i.erased and not invite
                      and G.writes(i, "attendees")]
            main = iter(self.http.batch(calls))
            # after the first batch: Graph may run the parts of one batch in any order
            last = dict(zip([i.item_id for i in erased], self.http.batch([
                {"method": "PATCH", "url": f"{self.user_path(mailbox)}/events/{i.item_id}",
                 "body": G.without_erased(i)} for i in erased]) if erased else [], strict=True))
            return [_foreign(i.item_id) if i.item_id in foreign else self._written(
                last.get(i.item_id, next(main)), mailbox, kind,
                i.item_id.split("|")[1] if kind == "task" else "") for i in items]

    def _online_blocks(self, mailbox: str, items: list[RemoteItem]) -> dict[str, str]:
        """The join block of each event whose body is written, from its HTML body."""
        ids = [i.item_id for i in items if G.writes(i, "body")]
        answers = self.http.batch([{"method": "GET", "headers": HTML_BODY,
                                    "url": f"{self.user_path(mailbox)}/events/{i}?$select=body"}
                                   for i in ids])
        return {i: online_block((a.body.get("body") or {}).get("content") or "")
                for i, a in zip(ids, answers, strict=True) if a.ok}

    def delete(self, mailbox: str, item_ids: list[str], cancel: bool) -> list[Written]:
        """With ``cancel`` (the user's own Cancel), a meeting is cancelled: the attendees are
        told. Otherwise the item is deleted, which tells them too when the mailbox organizes
        a meeting with attendees (https://learn.microsoft.com/en-us/graph/api/event-delete):
        the engine releases such an item instead. An item already gone counts as deleted."""
        calls: list[dict] = []
        for item_id in item_ids:
            if item_id.startswith(TASK):
                calls.append({"method": "DELETE", "url": self.task_path(mailbox, item_id)})
            elif cancel:
                calls.append({"method": "POST",
                              "url": f"{self.user_path(mailbox)}/events/{item_id}/cancel",
                              "body": {"comment": ""}})
            else:
                calls.append({"method": "DELETE",
                              "url": f"{self.user_path(mailbox)}/events/{item_id}"})
        written = []
        with self._scoped(mailbox, "task" if item_ids and item_ids[0].startswith(TASK)
                          else "event"):
            for item_id, answer in zip(item_ids, self.http.batch(calls), strict=True):
                result = self._written(answer, mailbox, "")
                gone = result.fault is FaultKind.NOT_FOUND
                written.append(Written(item_id) if answer.ok or gone else result)
        return written

    def _written(self, answer: Answer, mailbox: str, kind: str, list_id: str = "") -> Written:
        if answer.status == 401:
            raise CredentialsRefused("Microsoft 365 refused the sign-in: check the application "
                                     "id, its secret or certificate, and the tenant.")
        if answer.status == 403:
            raise self.refused(mailbox, kind, error_of(403, answer.body, answer.headers).detail)
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
    def changes(self, mailbox: str, kind: str, state: str,
                horizon=None) -> tuple[list[Change], str]:
        """Everything that changed since ``state`` (graph_delta)."""
        with self._scoped(mailbox, kind):
            if kind == "task":
                return self.reader.tasks(mailbox, state)
            return self.reader.events(mailbox, state, horizon)

    def rekey(self, mailbox: str, kind: str, items: list[tuple[str, str]]) -> dict[str, str]:
        """Items EWS wrote, by this gateway's ids: an event by the CRM key EWS wrote in its
        extended property (https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get,
        filtered by its value), a task, which To Do shows no extended property of, by
        translating its EWS id (https://learn.microsoft.com/en-us/graph/api/user-translateexchangeids)."""
        with self._scoped(mailbox, kind):
            if kind == "task":
                return self._rekey_tasks(mailbox, [old for old, _ in items])
            calls = [{"method": "GET", "url": f"{self.user_path(mailbox)}/events?$select=id"
                      f"&$filter=singleValueExtendedProperties/Any(ep: ep/id eq "
                      f"'{G.CRM_KEY_PROPERTY}' and ep/value eq '{key}')"} for _, key in items]
            found = {}
            for (old, _key), answer in zip(items, self.http.batch(calls), strict=True):
                if not answer.ok:
                    raise error_of(answer.status, answer.body, answer.headers)
                if answer.body.get("value"):
                    found[old] = answer.body["value"][0]["id"]
            return found

    def _rekey_tasks(self, mailbox: str, ews_ids: list[str]) -> dict[str, str]:
        list_id, found = self.task_list(mailbox), {}
        for start in range(0, len(ews_ids), 1000):  # the most one request translates
            answer = self.http.call("POST", f"{self.user_path(mailbox)}/translateExchangeIds", {
                "inputIds": ews_ids[start:start + 1000], "sourceIdType": "ewsId",
                "targetIdType": "restImmutableEntryId"})
            found.update({pair["sourceId"]: f"{TASK}{list_id}|{pair['targetId']}"
                          for pair in answer.get("value", []) if pair.get("targetId")})
        return found

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
        with self._scoped(email.mailbox, "mail"):
            self.http.call("POST", f"{self.user_path(email.mailbox)}/sendMail",
                           {"message": message, "saveToSentItems": True})


def _foreign(item_id: str) -> Written:
    """An id this protocol never wrote (EWS's, before the switch): not sent; the engine finds
    the item again first."""
    return Written(item_id, error="The item was written by the other protocol: it is found "
                                  "again before it is changed.", fault=FaultKind.FOREIGN_ID)
