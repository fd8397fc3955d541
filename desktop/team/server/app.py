"""The team server's HTTP face: Starlette (ASGI) served by uvicorn, over TLS.

Bodies are gzipped JSON both ways. Database work runs on Starlette's thread pool, one
request a transaction (service.py); the event loop only carries bytes."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.crm.errors import CrmError
from desktop.team import versions, wire
from desktop.team.server import shape
from desktop.team.server.context import RequestRefused
from desktop.team.server.limits import DeviceLimits
from desktop.team.server.service import TeamService
from desktop.team.server.signin import AccountVerifier, EntraVerifier

log = logging.getLogger(__name__)
PACKED = "application/vnd.crm-team+json+gzip"


UNREADABLE = "The request could not be read."
TOO_LARGE = "The request is too large for the team server: send fewer changes at a time."


def make_app(service: TeamService,
             verifier: EntraVerifier | AccountVerifier | None = None,
             limits: DeviceLimits | None = None) -> Starlette:
    """Without a verifier the server trusts the user a laptop registers for, without limits
    it serves every request: a trial, or a test of something else."""

    async def call(request: Request, handler, path: str) -> Response:
        try:
            body = wire.unpack(await _body(request), shape.MAX_UNPACKED)
            shape.check(path, body)
        except wire.TooLarge:
            return JSONResponse({"error": TOO_LARGE}, status_code=413)
        except (ValueError, OSError, EOFError):  # not gzipped JSON, or not a request
            return JSONResponse({"error": UNREADABLE}, status_code=400)
        try:
            # before the sign-in is checked: a laptop guessing passwords is slowed down too
            if limits is not None:
                limits.take(body.get("device") or (request.client and request.client.host))
            signed_in = None if verifier is None else await run_in_threadpool(
                verifier.verify, request.headers.get("authorization", ""))
            result = await run_in_threadpool(handler, body, signed_in)
        except RequestRefused as refused:
            return _refusal(refused, refused.status)
        except CrmError as error:
            return _refusal(error, 400)
        except Exception:  # logged; the laptop tries again later
            log.exception("the request failed")
            return JSONResponse({"error": "The team server failed; try again later."},
                                status_code=500)
        return Response(wire.pack(result), media_type=PACKED)

    async def register(request: Request) -> Response:
        return await call(request, service.register, "register")

    async def sync(request: Request) -> Response:
        return await call(request, service.sync, "sync")

    async def health(_request: Request) -> Response:
        return JSONResponse({"revision": versions.current(),
                             "accepts": sorted(versions.accepted())})

    return Starlette(routes=[Route("/v1/register", register, methods=["POST"]),
                             Route("/v1/sync", sync, methods=["POST"]),
                             Route("/v1/health", health, methods=["GET"])])


async def _body(request: Request) -> bytes:
    """The body, read no further than the limit: a client that says, or sends, more is
    refused before the server holds it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > shape.MAX_PACKED:
        raise wire.TooLarge(int(declared))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > shape.MAX_PACKED:
            raise wire.TooLarge(size)
        chunks.append(chunk)
    return b"".join(chunks)


def _refusal(error: CrmError, status: int) -> Response:
    return JSONResponse({"error": error.message(), "template": error.template,
                         "params": {k: str(v) for k, v in error.params.items()}},
                        status_code=status)
