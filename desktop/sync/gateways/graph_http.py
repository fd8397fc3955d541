"""Microsoft Graph over HTTPS: one pooled requests session (the HTTP client exchangelib already
brings, so no second stack to ship and patch), the bearer token, Retry-After honoured within a
bound, JSON $batch in groups of 20, page links followed, and every failure turned into a
SyncFault of its kind.

Every request, and every part of a $batch (the outer request's headers do not reach its
parts), asks for UTC, text bodies and immutable ids
(https://learn.microsoft.com/en-us/graph/api/event-get: "Prefer: outlook.body-content-type";
https://learn.microsoft.com/en-us/graph/outlook-immutable-id). Outlook serves at most four
requests at once per mailbox (https://learn.microsoft.com/en-us/graph/throttling-limits,
Outlook service limits), and a $batch runs its parts at once unless they depend on each other
(https://learn.microsoft.com/en-us/graph/json-batching, dependsOn): the parts run in four lanes,
each part after the one four places before it; a part whose lane failed answers 424 and is
sent again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import requests

from desktop.sync.contract import CredentialsRefused, FaultKind, SyncFault

BATCH_LIMIT = 20  # Graph's own limit of requests per $batch
LANES = 4  # Outlook's concurrent requests per mailbox
THROTTLED = (429, 503)
FAILED_DEPENDENCY = 424
READ_ATTEMPTS = 3
PREFER = 'outlook.timezone="UTC", outlook.body-content-type="text", IdType="ImmutableId"'
#: the answers that say a delta round is lost: start a new one at once, no retry helps
RESTART_CODES = {"syncstatenotfound", "resyncrequired", "syncstateinvalid"}


class GraphError(SyncFault):
    """An answer of Graph that is not a success, with its status and error code."""

    def __init__(self, template: str, status: int = 0, code: str = "", **kwargs) -> None:
        self.status, self.code = status, code
        super().__init__(template, **kwargs)

    @property
    def restart(self) -> bool:
        """A delta round the server no longer knows (410, syncStateNotFound)."""
        return self.status == 410 or self.code.lower() in RESTART_CODES


@dataclass
class Answer:
    """One answer of a $batch: the status, the JSON body and the headers."""
    status: int
    body: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def retry_after(headers: dict) -> float | None:
    value = {k.lower(): v for k, v in (headers or {}).items()}.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def error_of(status: int, body: dict, headers: dict) -> GraphError:
    """A short sentence for the status bar; Graph's code and message go to the log."""
    error = (body or {}).get("error") or {}
    code, text = error.get("code", ""), error.get("message", "")
    detail, wait = f"HTTP {status} {code}: {text}".strip(), retry_after(headers)
    if status == 0:  # not sent: an earlier part of the call failed
        return GraphError("Not sent: the server failed earlier in the same call.", status,
                          code, retry_after=wait or None, detail=text,
                          kind=FaultKind.TRANSIENT)
    if status in THROTTLED:
        return GraphError("Microsoft 365 is busy and asked to wait {seconds} s.", status, code,
                          retry_after=wait, detail=detail, kind=FaultKind.THROTTLED,
                          seconds=int(wait or 0))
    if status == 404:
        return GraphError("The item is no longer in the mailbox.", status, code, detail=detail,
                          kind=FaultKind.NOT_FOUND)
    if status == 403:
        return GraphError("Microsoft 365 refused access.", status, code, detail=detail,
                          kind=FaultKind.ACCESS_DENIED)
    return GraphError("Microsoft 365 answered with an error; it will be retried.", status,
                      code, detail=detail, kind=FaultKind.TRANSIENT)


class GraphHttp:
    """Calls Graph as one application or user. ``tokens`` gives the bearer token and forgets
    it when Graph refuses it (a token revoked early is fetched again once)."""

    def __init__(self, base_url: str, tokens, session: requests.Session, timeout: float,
                 max_wait: float) -> None:
        self.base_url, self.tokens, self.session = base_url.rstrip("/"), tokens, session
        self.timeout, self.max_wait = timeout, max_wait
        self.requests = 0  # HTTP requests sent (the benchmark reads it)
        self._pause = threading.Event()  # never set: waits without blocking other threads

    def url(self, path: str) -> str:
        return path if path.startswith("https://") or path.startswith("http://") \
            else f"{self.base_url}{path}"

    # -- one request -----------------------------------------------------------------------
    def call(self, method: str, path: str, body: dict | None = None,
             headers: dict | None = None) -> dict:
        """One request. A read that failed on the way (an error, a dropped connection) is
        tried again at once, twice at most: a delta round of several pages then survives a
        bad moment. A write is never sent twice here: the engine decides, after a pull."""
        for attempt in range(READ_ATTEMPTS if method == "GET" else 1):
            try:
                return self._call(method, path, body, headers)
            except SyncFault as fault:
                if fault.kind not in (FaultKind.TRANSIENT, FaultKind.UNREACHABLE) or \
                        getattr(fault, "restart", False) or attempt == READ_ATTEMPTS - 1 or \
                        method != "GET":
                    raise
        raise AssertionError("unreachable")

    def _call(self, method: str, path: str, body: dict | None,
              headers: dict | None) -> dict:
        waited, refreshed = 0.0, False
        while True:
            response = self._send(method, self.url(path), body, headers)
            if response.status_code == 401 and not refreshed:
                self.tokens.forget()
                refreshed = True
                continue
            answer = Answer(response.status_code, _json(response), dict(response.headers))
            if answer.ok:
                return answer.body
            waited = self._wait_or_raise(answer, waited)

    def _send(self, method: str, url: str, body: dict | None,
              headers: dict | None) -> requests.Response:
        all_headers = {"Authorization": f"Bearer {self.tokens.token()}",
                       "Prefer": f"{PREFER}, odata.maxpagesize=200", **(headers or {})}
        self.requests += 1
        try:
            return self.session.request(method, url, json=body, headers=all_headers,
                                        timeout=self.timeout)
        except requests.Timeout as error:
            raise SyncFault("Microsoft 365 did not answer in time.", detail=str(error),
                            kind=FaultKind.UNREACHABLE) from error
        except requests.RequestException as error:
            raise SyncFault("Microsoft 365 cannot be reached (connection refused or no "
                            "network).", detail=f"{type(error).__name__}: {error}",
                            kind=FaultKind.UNREACHABLE) from error

    def _wait_or_raise(self, answer: Answer, waited: float) -> float:
        """Wait out a 429 / 503 when its Retry-After fits in what is left of the bound;
        anything else, or a longer wait, is raised for the engine to schedule."""
        if answer.status == 401:
            raise CredentialsRefused("Microsoft 365 refused the sign-in: check the application "
                                     "id, its secret or certificate, and the tenant.",
                                     detail=error_of(401, answer.body, answer.headers).detail)
        wait = retry_after(answer.headers)
        if answer.status in THROTTLED and wait is not None and waited + wait <= self.max_wait:
            self._pause.wait(wait)
            return waited + wait
        raise error_of(answer.status, answer.body, answer.headers)

    # -- $batch ----------------------------------------------------------------------------
    def batch(self, calls: list[dict]) -> list[Answer]:
        """Answers in the order of ``calls`` (each {"method", "url", "body"?, "headers"?},
        the url relative to the version root), sent 20 to a request. Parts throttled are sent
        again after their Retry-After while the bound allows; their last answer is kept."""
        answers: list[Answer | None] = [None] * len(calls)
        for start in range(0, len(calls), BATCH_LIMIT):
            try:
                self._one_batch(calls, answers, list(range(start, min(start + BATCH_LIMIT,
                                                                       len(calls)))))
            except CredentialsRefused:
                raise
            except SyncFault as fault:
                if start == 0:
                    raise  # nothing was done: the whole call failed
                # what went through is kept; the rest waits, with the server's back-off
                unsent = Answer(0, {"error": {"code": fault.kind.value,
                                              "message": f"{fault} {fault.detail}".strip()}},
                                {"Retry-After": str(fault.retry_after or 0)})
                answers[start:] = [unsent] * (len(calls) - start)
                break
        return [a for a in answers if a is not None]

    def _one_batch(self, calls: list[dict], answers: list, pending: list[int]) -> None:
        waited = 0.0
        while pending:
            requests_ = [{"id": str(n), **_part(calls[n])} for n in pending]
            for lane, request in enumerate(requests_[LANES:]):
                request["dependsOn"] = [requests_[lane]["id"]]
            body = self.call("POST", "/$batch", {"requests": requests_})
            for n in pending:
                answers[n] = None
            for part in body.get("responses", []):
                n = int(part["id"])
                answers[n] = Answer(int(part.get("status", 500)), part.get("body") or {},
                                    part.get("headers") or {})
            for n in pending:
                if answers[n] is None:
                    answers[n] = Answer(500, {"error": {"code": "missingResponse"}})
            throttled = [n for n in pending if answers[n].status in THROTTLED]
            unsent = [n for n in pending if answers[n].status == FAILED_DEPENDENCY]
            waits = [retry_after(answers[n].headers) for n in throttled]
            wait = max((w for w in waits if w is not None), default=0.0 if not throttled
                       else None)
            if not (throttled or unsent) or wait is None or waited + wait > self.max_wait:
                return
            if wait:
                self._pause.wait(wait)
            waited += wait
            pending = sorted(throttled + unsent)

    # -- pages -----------------------------------------------------------------------------
    def pages(self, path: str) -> Iterator[dict]:
        """Each page of a collection or a delta round, following @odata.nextLink; the last
        page holds @odata.deltaLink when the round is a delta."""
        url: str | None = path
        while url:
            page = self.call("GET", url)
            yield page
            url = page.get("@odata.nextLink")


def _part(call: dict) -> dict:
    part: dict = {"method": call["method"], "url": call["url"]}
    headers = {"Prefer": PREFER, **(call.get("headers") or {})}
    if call.get("body") is not None:
        part["body"] = call["body"]
        headers["Content-Type"] = "application/json"
    part["headers"] = headers
    return part


def _json(response: requests.Response) -> dict:
    if not response.content:
        return {}
    try:
        value = response.json()
    except ValueError:
        return {"error": {"code": "notJson", "message": response.text[:200]}}
    return value if isinstance(value, dict) else {"value": value}
