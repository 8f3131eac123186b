"""The HTTP service: the engine behind FastAPI, started by ``slotwise serve``.

    POST /v1/schedule    a request -> 200 and a `ScheduleResult`
    POST /v1/interpret   a request -> 200 and an `InterpretResult` (intent, constraints)
    GET  /healthz        200 {"status": "ok"} once the engine is loaded, 503 before
    GET  /openapi.json   the OpenAPI document (request, results and the error body)
    GET  /metrics        Prometheus text format (`slotwise.metrics`)

The body is read here, counted against ``max_body_bytes`` (the Content-Length header
first, then the bytes as they arrive), and validated by `Engine.parse`, so every
invalid input is answered with our error object and code: 400 ``invalid_json`` /
``invalid_body``, 413 ``body_too_large``, 422 for a body that breaks the schema. A
fault of ours is a 500 ``internal_error`` whose body carries the request id and no
traceback; the traceback goes to the server log.

The engine loads once per process, in a worker thread, while the server already
answers `/healthz` (503 until it is ready; requests that come earlier wait for it).
Parsing, solving, serialising and the audit write run in a pool of worker threads,
``threads`` of them (default: one per usable core), so the event loop never blocks; the
engine is safe to share. At most ``queue`` more requests wait for a worker, and only
while the expected wait is at most ``max_wait_s``; one more than that is refused at
once with 503 ``overloaded`` and a ``Retry-After`` estimate
(`Admission`), so that overload is shed rather than queued without bound: the
requests taken keep their latency and throughput stays what the cores give.

Every setting is an argument of `create_app`/`run` and an environment variable
(`ServiceConfig.from_env`): SLOTWISE_HOST, SLOTWISE_PORT, SLOTWISE_AUDIT_LOG,
SLOTWISE_REDACT, SLOTWISE_AUDIT_FSYNC, SLOTWISE_MAX_BODY_BYTES, SLOTWISE_WORKERS,
SLOTWISE_THREADS, SLOTWISE_QUEUE, SLOTWISE_MAX_WAIT, SLOTWISE_TIME_LIMIT, SLOTWISE_STORE,
SLOTWISE_SESSION_TTL, SLOTWISE_INTERPRETER, SLOTWISE_LOG_LEVEL, SLOTWISE_LOG_FORMAT,
SLOTWISE_MIN_NOTICE_MINUTES, read by pydantic-settings (`slotwise.settings`). Each answer
is counted in `/metrics` and logged as one structured line with its request id
(`slotwise.logs`). See docs/service.md and docs/operations.md.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from slotwise.admission import Admission, EngineSlot
from slotwise.audit import AuditLog, new_request_id
from slotwise.metrics import Metrics
from slotwise.schemas import (
    ErrorBody,
    InternalError,
    InterpretResult,
    RequestError,
    ScheduleRequest,
    ScheduleResult,
    SlotwiseError,
)
from slotwise.service_config import (
    DEFAULT_MAX_BODY_BYTES,
    ENV_VARS,
    QUEUE_PER_THREAD,
    ServiceConfig,
    check_interpreter,
    usable_cores,
)

log = logging.getLogger("slotwise.service")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def _error_response(exc: SlotwiseError, request_id: str) -> JSONResponse:
    status = exc.http_status if isinstance(exc, RequestError) else 500
    return JSONResponse(exc.to_dict(), status_code=status, headers={"X-Request-ID": request_id})


def _overloaded(admission: Admission, request_id: str) -> JSONResponse:
    """503 ``overloaded`` with ``Retry-After``: refused before any work is done."""
    retry = admission.retry_after()
    err = {
        "error": {
            "code": "overloaded",
            "field": "",
            "message": f"every worker is busy and {max(0, admission.inside - admission.threads)} "
            f"requests are waiting; retry after {retry} s",
        }
    }
    headers = {"Retry-After": str(retry), "X-Request-ID": request_id}
    return JSONResponse(err, status_code=503, headers=headers)


def _internal(request_id: str) -> InternalError:
    return InternalError(f"an internal error occurred; reference request id {request_id}")


async def _read_body(request: Request, cap: int) -> bytes:
    """The body, refusing more than `cap` bytes by header or by count."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise RequestError(
                "invalid_body", f"Content-Length {declared!r} is not a number"
            ) from None
        if size > cap:
            raise RequestError("body_too_large", f"the body is {size} bytes; the cap is {cap}")
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > cap:
            raise RequestError("body_too_large", f"the body is over the cap of {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {
        "model": ErrorBody,
        "description": "Not JSON (`invalid_json`) or not an object (`invalid_body`).",
    },
    413: {"model": ErrorBody, "description": "The body is over the size cap (`body_too_large`)."},
    422: {
        "model": ErrorBody,
        "description": "The body breaks the request schema; `field` is the JSON path.",
    },
    500: {
        "model": ErrorBody,
        "description": "A fault of ours (`internal_error`), with the request id.",
    },
    503: {
        "model": ErrorBody,
        "description": "Every worker is busy and the queue is full (`overloaded`); "
        "retry after the `Retry-After` header's seconds.",
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": {"type": "integer", "minimum": 1},
            }
        },
    },
}
_REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ScheduleRequest"}}
        },
    }
}


def create_app(
    engine: Any = None,
    *,
    audit_path: str | os.PathLike[str] | None = None,
    redact: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    threads: int = 0,
    interpreter: str = "auto",
    audit_fsync: str = "never",
    audit: AuditLog | None = None,
    queue: int = -1,
    time_limit_s: float = 10.0,
    work_limit: float = 1.0,
    max_wait_s: float = 0.5,
    store: str | None = None,
    session_ttl_s: int | None = None,
    min_notice_minutes: int = 0,
    metrics: Metrics | None = None,
) -> FastAPI:
    """The FastAPI app. `engine`: an `Engine` to serve (else one is loaded at startup
    with `interpreter`, `time_limit_s` and `work_limit`); `audit_path`: append a JSON line per request
    there (or pass an `AuditLog` as `audit`); `redact`: keep message text out of that
    log; `threads`: worker threads (0: one per usable core); `queue`: requests that may
    wait for a worker before the next is refused with 503 (-1: 8 per thread);
    `max_wait_s`: a request whose expected wait for a worker is longer is refused too."""
    if engine is None:
        check_interpreter(interpreter)
    slot = EngineSlot(
        engine,
        interpreter,
        time_limit_s=time_limit_s,
        work_limit=work_limit,
        store=store,
        session_ttl_s=session_ttl_s,
        min_notice_minutes=min_notice_minutes,
    )
    audit_log = audit or (
        AuditLog(audit_path, redact=redact, fsync=audit_fsync) if audit_path else None
    )
    threads = threads or usable_cores()
    queue = QUEUE_PER_THREAD * threads if queue < 0 else queue
    limiter = anyio.CapacityLimiter(threads)
    admission = Admission(threads, queue, max_wait_s)
    meter = metrics or Metrics()
    meter.watch(
        waiting=lambda: limiter.statistics().tasks_waiting,
        busy=lambda: limiter.borrowed_tokens,
        loaded=lambda: float(slot.ready),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        slot.start()
        yield
        if audit_log is not None and audit is None:
            audit_log.close()

    app = FastAPI(
        title="Slotwise",
        version=_version(),
        summary="Turns booking messages into bookings.",
        description="Send a request (a message and/or structured constraints, plus "
        "availability); get ranked proposals or a clarifying question. Errors are "
        '`{"error": {"code", "field", "message"}}` with the codes in docs/errors.md.',
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.slot = slot
    app.state.audit = audit_log
    app.state.admission = admission
    app.state.metrics = meter

    def _run(kind: str, body: bytes, request_id: str, t0: float, eng: Any) -> Response:
        """In a worker thread: parse, answer, serialise, audit."""
        started = time.perf_counter()
        request: ScheduleRequest | None = None
        result: InterpretResult | None = None
        error: SlotwiseError | None = None
        try:
            try:
                request = eng.parse(body)
            except RecursionError:  # json's own limit on nesting
                raise RequestError("invalid_json", "the JSON is nested too deeply") from None
            result = eng.schedule(request) if kind == "schedule" else eng.interpret(request)
            response: Response = Response(
                result.model_dump_json(),
                media_type="application/json",
                headers={"X-Request-ID": request_id},
            )
        except SlotwiseError as exc:
            error = exc
            if not isinstance(exc, RequestError):
                log.error("request %s failed: %s", request_id, exc, exc_info=exc.__cause__ or exc)
                error = _internal(request_id)
            response = _error_response(error, request_id)
        except Exception:
            log.exception("request %s failed", request_id)
            error = _internal(request_id)
            response = _error_response(error, request_id)
        _audit(kind, request, result, error, t0, request_id)
        admission.served(time.perf_counter() - started)
        return response

    def _audit(
        kind: str,
        request: ScheduleRequest | None,
        result: InterpretResult | None,
        error: SlotwiseError | None,
        t0: float,
        request_id: str,
    ) -> None:
        _observe(kind, result, error, t0, request_id)
        if audit_log is None:
            return
        try:
            audit_log.log(
                endpoint=kind,
                request=request,
                result=result,
                error=error,
                total_ms=round((time.perf_counter() - t0) * 1000, 3),
                request_id=request_id,
            )
        except Exception:  # the audit trail must not take the answer down with it
            log.exception("audit write failed for request %s", request_id)

    def _observe(
        kind: str,
        result: InterpretResult | None,
        error: SlotwiseError | None,
        t0: float,
        request_id: str,
    ) -> None:
        """Every answer, once: counted in /metrics and logged as one structured line."""
        seconds = time.perf_counter() - t0
        meter.observe(kind, result, error, seconds)
        outcome = getattr(result, "outcome", "interpreted") if error is None else "error"
        log.info(
            "answered",
            extra={
                "request_id": request_id,
                "endpoint": kind,
                "outcome": outcome,
                "code": error.code if error is not None else "",
                "ms": round(seconds * 1000, 3),
            },
        )

    async def _answer(kind: str, request: Request) -> Response:
        t0 = time.perf_counter()
        given = request.headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else new_request_id()
        if not admission.enter():
            return _overloaded(admission, request_id)
        try:
            try:
                body = await _read_body(request, max_body_bytes)
                eng = await slot.get()
            except SlotwiseError as exc:
                error = exc if isinstance(exc, RequestError) else _internal(request_id)
                await anyio.to_thread.run_sync(
                    _audit, kind, None, None, error, t0, request_id, limiter=limiter
                )
                return _error_response(error, request_id)
            return await anyio.to_thread.run_sync(
                _run, kind, body, request_id, t0, eng, limiter=limiter
            )
        finally:
            admission.leave()

    @app.post(
        "/v1/schedule",
        summary="Schedule: ranked proposals or a clarification",
        response_model=None,
        responses={
            200: {"model": ScheduleResult, "description": "The result."},
            **_ERROR_RESPONSES,
        },
        openapi_extra=_REQUEST_BODY,
    )
    async def schedule(request: Request) -> Response:
        return await _answer("schedule", request)

    @app.post(
        "/v1/interpret",
        summary="Interpret: the intent and grounded constraints, without solving",
        response_model=None,
        responses={
            200: {"model": InterpretResult, "description": "The reading."},
            **_ERROR_RESPONSES,
        },
        openapi_extra=_REQUEST_BODY,
    )
    async def interpret(request: Request) -> Response:
        return await _answer("interpret", request)

    from slotwise.route_service import add_routing

    def _routing_error(exc: SlotwiseError) -> Response:
        rid = new_request_id()
        if not isinstance(exc, RequestError):
            log.error("routing request %s failed: %s", rid, exc, exc_info=exc.__cause__ or exc)
            exc = _internal(rid)
        return _error_response(exc, rid)

    add_routing(app, slot.get, lambda r: _read_body(r, max_body_bytes), _routing_error, limiter)

    @app.get(
        "/healthz",
        summary="Health: ok once the engine is loaded",
        responses={503: {"description": "Still loading, or the engine failed to load."}},
    )
    async def healthz() -> JSONResponse:
        if slot.ready:
            return JSONResponse({"status": "ok"})
        status = "error" if slot.error is not None else "loading"
        return JSONResponse({"status": status}, status_code=503)

    @app.get(
        "/metrics",
        summary="Metrics in the Prometheus text format",
        response_class=PlainTextResponse,
        responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text."}},
    )
    async def metrics_route() -> Response:
        body, content_type = meter.render()
        return Response(body, media_type=content_type)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # 404 and 405 in our error format too, with stable codes.
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_body")
        message = f"{request.method} {request.url.path}: {exc.detail}"
        err = RequestError(code, message, field="")
        err.http_status = exc.status_code
        meter.count_error("other", err)
        response = _error_response(err, new_request_id())
        response.headers.update(exc.headers or {})  # 405's Allow (RFC 9110)
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = new_request_id()
        log.error("unhandled error (%s)", request_id, exc_info=exc)
        return _error_response(_internal(request_id), request_id)

    from slotwise.sessions_http import add_session_routes

    add_session_routes(
        app,
        slot.get,
        lambda r: _read_body(r, max_body_bytes),
        _error_response,
        new_request_id,
        limiter,
    )
    app.openapi = _openapi_with_request_schema(app)  # type: ignore[method-assign]
    return app


def _openapi_with_request_schema(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI's document plus the request schema that the raw-body routes refer to."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        doc = original()
        schema = ScheduleRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components = doc.setdefault("components", {}).setdefault("schemas", {})
        for name, sub in schema.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components["ScheduleRequest"] = schema
        app.openapi_schema = doc
        return doc

    return openapi


def _version() -> str:
    from slotwise import __version__

    return __version__


def app_from_env() -> FastAPI:
    """The app configured by the environment alone (uvicorn's ``--factory`` target;
    used for ``workers > 1``)."""
    config = ServiceConfig.from_env()
    return create_app(
        audit_path=config.audit_path,
        redact=config.redact,
        max_body_bytes=config.max_body_bytes,
        threads=config.threads,
        interpreter=config.interpreter,
        audit_fsync=config.audit_fsync,
        queue=config.queue,
        time_limit_s=config.time_limit_s,
        work_limit=config.work_limit,
        max_wait_s=config.max_wait_s,
        store=config.store,
        session_ttl_s=config.session_ttl_s,
        min_notice_minutes=config.min_notice_minutes,
    )


def run(
    host: str | None = None,
    port: int | None = None,
    *,
    audit_path: str | None = None,
    redact: bool | None = None,
    **config: Any,
) -> None:
    """Serve until interrupted (``slotwise serve``). Arguments left out (or None) come
    from the environment, then the defaults of `ServiceConfig`; keys that are not
    `ServiceConfig` fields go to ``uvicorn.run`` (``timeout_keep_alive``, ...)."""
    import uvicorn

    cfg = ServiceConfig.from_env(
        host=host, port=port, audit_path=audit_path, redact=redact, **config
    )
    from slotwise import logs

    logs.configure(cfg.log_level, cfg.log_format)
    common: dict[str, Any] = {
        "host": cfg.host,
        "port": cfg.port,
        "log_level": cfg.log_level,
        "log_config": None,  # uvicorn's records go through `logs.configure` too
        **cfg.extra,
    }
    if cfg.workers > 1:
        # Worker processes build their own app (and engine) from the environment.
        for name, var in ENV_VARS.items():
            value = getattr(cfg, name)
            if value is not None:
                os.environ[var] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        uvicorn.run("slotwise.service:app_from_env", factory=True, workers=cfg.workers, **common)
        return
    app = create_app(
        audit_path=cfg.audit_path,
        redact=cfg.redact,
        max_body_bytes=cfg.max_body_bytes,
        threads=cfg.threads,
        interpreter=cfg.interpreter,
        audit_fsync=cfg.audit_fsync,
        queue=cfg.queue,
        time_limit_s=cfg.time_limit_s,
        work_limit=cfg.work_limit,
        max_wait_s=cfg.max_wait_s,
        store=cfg.store,
        session_ttl_s=cfg.session_ttl_s,
        min_notice_minutes=cfg.min_notice_minutes,
    )
    uvicorn.run(app, **common)


if __name__ == "__main__":  # python -m slotwise.service
    run()
