"""Property tests of the contract's validation: whatever JSON arrives, the answer is a
valid request or a coded error that names the field; valid requests round-trip."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slotwise.schemas import ERROR_CODES, RequestError, ScheduleRequest

from slotwise import Engine

ENGINE = Engine(interpreter="rules", time_limit_s=0.5)
WHOLE_BODY = {"invalid_json", "invalid_body", "body_too_large"}
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["", "2026-02-30T10:00:00Z", "9999-12-31T23:59:59-05:00", "YMD", "hard"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)

VALID: dict[str, Any] = {
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [
        {
            "id": "dr-smith",
            "name": "Dr. Smith",
            "open": [{"start": "2026-11-24T09:00:00-05:00", "end": "2026-11-24T17:00:00-05:00"}],
            "weekly_hours": [{"day": "wed", "start": "09:00", "end": "12:00"}],
        }
    ],
    "constraints": [
        {"id": "f1", "kind": "prefer", "weight": 2, "resources": ["dr-smith"]},
        {
            "id": "f2",
            "kind": "exclude",
            "intervals": [
                {"start": "2026-11-24T12:00:00-05:00", "end": "2026-11-24T13:00:00-05:00"}
            ],
        },
    ],
    "rules": {"slot_step_minutes": 30, "horizon_days": 7},
    "max_proposals": 3,
}


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here] if here else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*here, i))
    return out


PATHS = _paths(VALID)


def _coded_or_valid(payload: Any) -> ScheduleRequest | None:
    try:
        return Engine.parse(payload)
    except RequestError as exc:
        assert exc.code in ERROR_CODES
        assert exc.field or exc.code in WHOLE_BODY, exc.to_dict()
        json.dumps(exc.to_dict())  # the error object is itself plain JSON
        return None


@SETTINGS
@given(json_values)
def test_schemas_any_json_is_a_request_or_a_coded_error(value: Any) -> None:
    _coded_or_valid(json.dumps(value))
    _coded_or_valid(value)


@SETTINGS
@given(st.sampled_from(PATHS), json_values, st.booleans())
def test_schemas_a_valid_request_broken_anywhere_gets_a_coded_error_naming_a_field(
    path: tuple[Any, ...], value: Any, delete: bool
) -> None:
    body = copy.deepcopy(VALID)
    target: Any = body
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    _coded_or_valid(json.dumps(body))


@SETTINGS
@given(st.datetimes(timezones=st.timezones(), allow_imaginary=False), st.integers(1, 366))
def test_schemas_any_now_is_accepted_or_out_of_range_never_a_fault(
    now: datetime, horizon: int
) -> None:
    body = {**VALID, "now": now.isoformat(), "rules": {"horizon_days": horizon}}
    body["resources"] = [{"id": "r", "open": []}]
    body["constraints"] = []
    req = _coded_or_valid(json.dumps(body))
    if req is None:
        return
    result = ENGINE.schedule(req)
    # Nobody is open: asked, not crashed (or, on a busy machine, out of time and saying so).
    assert result.outcome == "clarification" or (result.timed_out and not result.proposals)


@SETTINGS
@given(
    st.integers(5, 240),
    st.integers(0, 366),
    st.sampled_from(["UTC", "America/New_York", "Europe/London", "Asia/Kolkata"]),
    st.sampled_from(["MDY", "DMY"]),
)
def test_schemas_valid_requests_round_trip(duration: int, days: int, zone: str, order: str) -> None:
    body = {**copy.deepcopy(VALID), "duration_minutes": duration, "timezone": zone}
    body["date_order"] = order
    body["now"] = (datetime.fromisoformat(VALID["now"]) + timedelta(days=days)).isoformat()
    req = ScheduleRequest.model_validate(body)
    again = ScheduleRequest.model_validate(req.model_dump(mode="json", exclude_none=True))
    assert again == req
