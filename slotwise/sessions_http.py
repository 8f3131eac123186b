"""The `/v1/sessions` endpoints, added to the service's app by `add_session_routes`.

    POST   /v1/sessions             settings (a request without message/now) -> 201
    POST   /v1/sessions/{id}/turns  {"message", "now", "shown"?, ...} -> 200 a turn result
    GET    /v1/sessions/{id}        200 the settings and every turn with its result
    DELETE /v1/sessions/{id}        204

An unknown, deleted or expired id is a 404 ``session_not_found``. Every call runs in a
worker thread (the store and the reader block); turns to one session are serialised by
the lock in the store, so several processes or replicas can serve one session.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from slotwise.schemas import ErrorBody, InternalError, RequestError, SlotwiseError
from slotwise.schemas.session import SessionCreated, SessionView, TurnResult
from slotwise.sessions import Session

_404: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such session (`session_not_found`)."}
}
_422: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "The body breaks the schema."}
}


def _json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestError("invalid_json", f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RequestError("invalid_body", f"a JSON object, not {type(data).__name__}")
    return data


def add_session_routes(
    app: FastAPI,
    engine: Callable[[], Awaitable[Any]],
    read_body: Callable[[Request], Awaitable[bytes]],
    error_response: Callable[[SlotwiseError, str], JSONResponse],
    new_request_id: Callable[[], str],
    limiter: anyio.CapacityLimiter,
) -> None:
    """Adds the session endpoints. `engine`: awaits the process's engine; the rest are
    the service's own body reader, error response and request ids, so errors look
    the same on every endpoint."""

    async def call(fn: Callable[..., Response], request: Request, *args: Any) -> Response:
        request_id = new_request_id()
        try:
            eng = await engine()
            return await anyio.to_thread.run_sync(fn, eng, *args, limiter=limiter)
        except SlotwiseError as exc:
            if not isinstance(exc, RequestError):
                exc = InternalError(f"an internal error occurred; reference {request_id}")
            return error_response(exc, request_id)

    @app.post(
        "/v1/sessions",
        status_code=201,
        summary="Start a conversation",
        response_model=SessionCreated,
        responses={**_422},
    )
    async def create(request: Request) -> Response:
        body = await read_body(request)

        def run(eng: Any) -> Response:
            session = eng.session(**_json(body))
            out = SessionCreated(session_id=session.id, expires_at=session.expires_at)
            return Response(out.model_dump_json(), status_code=201, media_type="application/json")

        return await call(run, request)

    @app.post(
        "/v1/sessions/{session_id}/turns",
        summary="Send one customer turn",
        response_model=TurnResult,
        responses={**_404, **_422},
    )
    async def turn(session_id: str, request: Request) -> Response:
        body = await read_body(request)

        def run(eng: Any) -> Response:
            data = _json(body)
            session = Session(eng, eng.store, session_id)
            result = session.send(data)
            return Response(result.model_dump_json(), media_type="application/json")

        return await call(run, request)

    @app.get(
        "/v1/sessions/{session_id}",
        summary="A conversation: settings and every turn with its result",
        response_model=SessionView,
        responses={**_404},
    )
    async def view(session_id: str, request: Request) -> Response:
        def run(eng: Any) -> Response:
            out = Session(eng, eng.store, session_id).view()
            return Response(out.model_dump_json(), media_type="application/json")

        return await call(run, request)

    @app.delete(
        "/v1/sessions/{session_id}",
        status_code=204,
        summary="End a conversation",
        responses={**_404},
    )
    async def delete(session_id: str, request: Request) -> Response:
        def run(eng: Any) -> Response:
            Session(eng, eng.store, session_id).delete()
            return Response(status_code=204)

        return await call(run, request)
