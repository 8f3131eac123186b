"""Every error Slotwise reports, with a stable code.

One hierarchy, the same in Python, the CLI's error objects and the HTTP bodies::

    SlotwiseError                 code, field (a JSON path), message, input
    ├── RequestError              the input is invalid (CLI exit 2, HTTP 4xx)
    └── InternalError             a fault of ours (CLI exit 1, HTTP 500)

`field` is the JSON path of the offending value, such as ``resources[0].open[1].end``
(an empty string when the problem is the whole body). Codes never change meaning;
new ones may be added. The table `ERROR_CODES` is what the docs list.
"""

from __future__ import annotations

from typing import Any

ERROR_CODES: dict[str, str] = {
    "invalid_json": "The body is not valid JSON (or a JSONL line is not).",
    "invalid_body": "The body is valid JSON but not an object.",
    "missing_field": "A required field is absent.",
    "unknown_field": "A field that the schema does not define (a typo, most often).",
    "invalid_type": "A value has the wrong type (a string where a number belongs, say).",
    "invalid_value": "A value has the right type but is not allowed (an unknown enum word).",
    "invalid_timezone": "Not an IANA time zone name such as 'America/New_York'.",
    "invalid_datetime": "Not an ISO 8601 date-time.",
    "interval_reversed": "An interval whose start is not before its end.",
    "out_of_range": "A number outside its allowed range (durations, max_proposals, ...).",
    "too_many_items": "A list longer than its cap (resources, intervals, constraints).",
    "text_too_long": "A string longer than its cap (the message, an id).",
    "duplicate_id": "Two resources, constraints or appointments share an id.",
    "reserved_id": "A constraint id that a clarification uses for itself ('availability', 'booking_rules').",
    "unknown_reference": "A reference to a resource or appointment id the request does not define.",
    "conflicting_fields": "Fields that cannot be given together (series and appointments, say).",
    "invalid_calendar": "An iCalendar document that cannot be read.",
    "body_too_large": "The request body is over the size cap.",
    "horizon_too_long": "The availability or booking horizon is longer than the cap.",
    "not_found": "HTTP: no such path (the service serves /v1/schedule, /v1/interpret, /healthz).",
    "method_not_allowed": "HTTP: the path exists but not for this method (POST the requests).",
    "overloaded": "HTTP 503: every worker is busy and the queue is full; retry after `Retry-After` seconds.",
    "session_not_found": "No session with this id (never created, deleted or expired).",
    "empty_examples": "A taxonomy category with no examples (only out_of_scope may have none).",
    "empty_description": "A taxonomy category whose description is missing or blank.",
    "empty_urgency": "A taxonomy whose urgency list is empty (leave it out for the default scale).",
    "taxonomy_not_found": "HTTP: no taxonomy stored under this id (PUT /v1/taxonomies/{id} first).",
    "internal_error": "A fault inside Slotwise; please report it with the request.",
}


class SlotwiseError(Exception):
    """Base of every error Slotwise raises on purpose."""

    exit_code = 1
    http_status = 500

    def __init__(self, code: str, message: str, field: str = "", input: Any = None) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unregistered error code {code!r}")
        super().__init__(f"{code}: {field + ': ' if field else ''}{message}")
        self.code = code
        self.field = field
        self.message = message
        self.input = input

    def to_dict(self) -> dict[str, Any]:
        """The contract's error object: ``{"error": {"code", "field", "message"}}``."""
        return {"error": {"code": self.code, "field": self.field, "message": self.message}}


class RequestError(SlotwiseError):
    """The input is invalid. CLI exit code 2, HTTP 422 (or 400/404/405/413 by code)."""

    exit_code = 2
    http_status = 422

    def __init__(
        self,
        code: str,
        message: str,
        field: str = "",
        input: Any = None,
        errors: list[SlotwiseError] | None = None,
    ) -> None:
        super().__init__(code, message, field, input)
        self.errors = errors or [self]
        if code in {"invalid_json", "invalid_body"}:
            self.http_status = 400
        elif code == "body_too_large":
            self.http_status = 413
        elif code in {"session_not_found", "taxonomy_not_found"} or code == "not_found":
            self.http_status = 404
        elif code == "method_not_allowed":
            self.http_status = 405

    def to_dict(self) -> dict[str, Any]:
        body = super().to_dict()
        if len(self.errors) > 1:
            body["error"]["others"] = [
                {"code": e.code, "field": e.field, "message": e.message} for e in self.errors[1:]
            ]
        return body


class InternalError(SlotwiseError):
    """A fault of ours. CLI exit code 1, HTTP 500."""

    def __init__(self, message: str) -> None:
        super().__init__("internal_error", message)


# pydantic error types -> our codes. Custom validators raise PydanticCustomError with our
# code as its type, so they pass through unchanged.
_PYDANTIC_CODES: dict[str, str] = {
    "missing": "missing_field",
    "extra_forbidden": "unknown_field",
    "literal_error": "invalid_value",
    "enum": "invalid_value",
    "datetime_parsing": "invalid_datetime",
    "datetime_from_date_parsing": "invalid_datetime",
    "datetime_type": "invalid_datetime",
    "timezone_aware": "invalid_datetime",
    "finite_number": "out_of_range",
    "greater_than": "out_of_range",
    "greater_than_equal": "out_of_range",
    "less_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "too_long": "too_many_items",
    "string_too_long": "text_too_long",
    "string_too_short": "invalid_value",
    "too_short": "invalid_value",
    "model_type": "invalid_type",
    "model_attributes_type": "invalid_type",
    "dict_type": "invalid_type",
    "list_type": "invalid_type",
}


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("resources", 0, "open", 1, "end")`` -> ``resources[0].open[1].end``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif "[" in part or "," in part:  # pydantic's union/function tags: not a field
            continue
        else:
            out += f".{part}" if out else part
    return out


def from_validation_error(exc: Any, input: Any = None) -> RequestError:
    """Turn a pydantic ``ValidationError`` into one `RequestError` (first error leads)."""
    found: list[SlotwiseError] = []
    for err in exc.errors(include_url=False):
        etype = err.get("type", "")
        code = etype if etype in ERROR_CODES else _PYDANTIC_CODES.get(etype, "")
        if not code:
            code = (
                "invalid_type" if etype.endswith("_type") or "parsing" in etype else "invalid_value"
            )
        message = err.get("msg", "invalid")
        if code == "too_many_items" and etype == "too_long":
            message = f"too many items: {message}"
        path = json_path(tuple(err.get("loc", ())))
        ctx = err.get("ctx") or {}
        if isinstance(ctx.get("field"), str):  # model-level checks name the field themselves
            path = f"{path}.{ctx['field']}" if path else ctx["field"]
        found.append(SlotwiseError(code, message, path))
    if not found:
        return RequestError("invalid_value", str(exc), input=input)
    first = found[0]
    return RequestError(first.code, first.message, first.field, input=input, errors=found)
