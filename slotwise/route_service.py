"""The service's routing endpoints, added to the app by `service.create_app`.

| method, path | body | answer |
| --- | --- | --- |
| `PUT /v1/taxonomies/{id}` | a taxonomy | 201 (new) or 200 (replaced) `{"taxonomy_id", "fingerprint", "categories", "register_ms"}` |
| `GET /v1/taxonomies/{id}` | | 200 the taxonomy; 404 `taxonomy_not_found` |
| `POST /v1/route` | `{"text", "taxonomy"}` or `{"text", "taxonomy_id"}` | 200 a `RouteResult` |

Stored taxonomies live in `TaxonomyStore`, in the process: there is no session store on
this branch yet to share, so a restart forgets them (the caller PUTs them again; the
learned routers are cached by fingerprint either way).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from slotwise.schemas import (
    ErrorBody,
    RequestError,
    RouteRequest,
    RouteResult,
    SlotwiseError,
    Taxonomy,
    from_validation_error,
)
from slotwise.schemas.routing import ID_PATTERN

_ID_RE = re.compile(ID_PATTERN)
# A taxonomy id that names nothing stored: a 404 in our error format.
_404: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such taxonomy (`taxonomy_not_found`)."}
}
_422: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Not JSON (`invalid_json`) or not an object."},
    413: {"model": ErrorBody, "description": "The body is over the size cap (`body_too_large`)."},
    422: {"model": ErrorBody, "description": "The body breaks the schema (coded, with its field)."},
    503: {"model": ErrorBody, "description": "Overloaded or still loading (`Retry-After`)."},
}


class TaxonomyStore:
    """Taxonomies by id, in this process (thread-safe)."""

    def __init__(self) -> None:
        self._items: dict[str, Taxonomy] = {}
        self._lock = threading.Lock()

    def put(self, taxonomy_id: str, taxonomy: Taxonomy) -> bool:
        """Store; True when the id was new."""
        with self._lock:
            new = taxonomy_id not in self._items
            self._items[taxonomy_id] = taxonomy
            return new

    def get(self, taxonomy_id: str) -> Taxonomy:
        with self._lock:
            found = self._items.get(taxonomy_id)
        if found is None:
            raise RequestError(
                "taxonomy_not_found",
                f"no taxonomy stored under {taxonomy_id!r}; PUT /v1/taxonomies/{taxonomy_id} first",
                "taxonomy_id",
            )
        return found


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """A model's JSON Schema with its `$defs` written in place (none of these models is
    recursive), so that the OpenAPI document has no dangling `#/$defs/...` refs."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return walk(dict(defs[ref.rsplit("/", 1)[1]]))
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    out: dict[str, Any] = walk(schema)
    return out


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestError("invalid_json", f"not valid JSON: {exc}") from None
    except RecursionError:
        raise RequestError("invalid_json", "JSON nested too deeply") from None


def add_routing(
    app: FastAPI,
    get_engine: Callable[[], Awaitable[Any]],
    read_body: Callable[[Request], Awaitable[bytes]],
    error_response: Callable[[SlotwiseError], Response],
    limiter: anyio.CapacityLimiter,
    store: TaxonomyStore | None = None,
) -> TaxonomyStore:
    taxonomies = store or TaxonomyStore()
    app.state.taxonomies = taxonomies

    def _put(engine: Any, taxonomy_id: str, body: bytes) -> Response:
        if not _ID_RE.match(taxonomy_id):
            raise RequestError("invalid_value", "not a valid taxonomy id", "taxonomy_id")
        t0 = time.perf_counter()
        taxonomy = engine.parse_taxonomy(_json(body))
        router = engine.router(taxonomy)  # learn now, so that the first route is quick
        new = taxonomies.put(taxonomy_id, taxonomy)
        return JSONResponse(
            {
                "taxonomy_id": taxonomy_id,
                "fingerprint": router.fingerprint,
                "categories": len(taxonomy.categories),
                "register_ms": round((time.perf_counter() - t0) * 1000, 1),
            },
            status_code=201 if new else 200,
        )

    def _route(engine: Any, body: bytes) -> Response:
        data = _json(body)
        if not isinstance(data, dict):
            raise RequestError("invalid_body", "the body is a JSON object")
        try:
            req = RouteRequest.model_validate(data)
        except ValidationError as exc:
            raise from_validation_error(exc, input=data) from None
        taxonomy = req.taxonomy or taxonomies.get(req.taxonomy_id or "")
        result = engine.router(taxonomy).route(req.text)
        return Response(result.model_dump_json(), media_type="application/json")

    async def _call(fn: Callable[..., Response], request: Request, *args: Any) -> Response:
        try:
            body = await read_body(request)
            engine = await get_engine()
            return await anyio.to_thread.run_sync(lambda: fn(engine, *args, body), limiter=limiter)
        except SlotwiseError as exc:
            return error_response(exc)

    @app.put(
        "/v1/taxonomies/{taxonomy_id}",
        summary="Store a taxonomy under an id, and learn it",
        response_model=None,
        responses={**_422},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _inline(Taxonomy.model_json_schema())}},
            }
        },
    )
    async def put_taxonomy(taxonomy_id: str, request: Request) -> Response:
        return await _call(_put, request, taxonomy_id)

    @app.get(
        "/v1/taxonomies/{taxonomy_id}",
        summary="A stored taxonomy",
        response_model=None,
        responses={**_404},
    )
    async def get_taxonomy(taxonomy_id: str) -> Response:
        try:
            found = taxonomies.get(taxonomy_id)
        except SlotwiseError as exc:
            return error_response(exc)
        return Response(found.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/route",
        summary="Route a support message into a taxonomy",
        response_model=None,
        responses={200: {"model": RouteResult, "description": "The routing."}, **_404, **_422},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": _inline(RouteRequest.model_json_schema())}
                },
            }
        },
    )
    async def route(request: Request) -> Response:
        return await _call(_route, request)

    return taxonomies
