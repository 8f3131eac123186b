"""Each validation rule of the request, and the error code and field it reports."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError
from slotwise.schemas import (
    ERROR_CODES,
    RequestError,
    ScheduleRequest,
    ScheduleResult,
    from_validation_error,
)
from slotwise.schemas.errors import json_path


def _error(data: dict[str, Any]) -> RequestError:
    with pytest.raises(ValidationError) as info:
        ScheduleRequest.model_validate(data)
    return from_validation_error(info.value)


def test_schemas_valid_request_parses(base_request: dict[str, Any]) -> None:
    req = ScheduleRequest.model_validate(base_request)
    assert req.duration_minutes == 30
    assert req.now.utcoffset() is not None
    assert req.warnings == []
    assert len(req.appointment_specs()) == 1


def test_schemas_naive_datetimes_read_in_request_zone_with_warning(
    base_request: dict[str, Any],
) -> None:
    base_request["now"] = "2026-11-23T09:00:00"
    req = ScheduleRequest.model_validate(base_request)
    assert req.now.isoformat() == "2026-11-23T09:00:00-05:00"
    assert any("2026-11-23T09:00:00" in w and "America/New_York" in w for w in req.warnings)


def test_schemas_naive_datetime_across_dst_gets_the_right_offset(
    base_request: dict[str, Any],
) -> None:
    base_request["resources"][0]["open"] = [
        {"start": "2026-10-30T09:00:00", "end": "2026-11-02T17:00:00"}
    ]
    req = ScheduleRequest.model_validate(base_request)
    iv = req.resources[0].open[0]
    assert iv.start.utcoffset().total_seconds() == -4 * 3600  # EDT
    assert iv.end.utcoffset().total_seconds() == -5 * 3600  # EST


@pytest.mark.parametrize(
    ("mutate", "code", "field"),
    [
        (lambda d: d.update(timezone="Mars/Olympus"), "invalid_timezone", "timezone"),
        (lambda d: d.update(timezone="EST5EDT "), "invalid_timezone", "timezone"),
        (lambda d: d.update(timezone=""), "invalid_timezone", "timezone"),
        (lambda d: d.pop("timezone"), "missing_field", "timezone"),
        (lambda d: d.pop("now"), "missing_field", "now"),
        (lambda d: d.update(now="next tuesday"), "invalid_datetime", "now"),
        (lambda d: d.update(colour="blue"), "unknown_field", "colour"),
        (lambda d: d["resources"][0].update(opne=[]), "unknown_field", "resources[0].opne"),
        (lambda d: d.update(max_proposals=0), "out_of_range", "max_proposals"),
        (lambda d: d.update(max_proposals=51), "out_of_range", "max_proposals"),
        (lambda d: d.update(duration_minutes=4), "out_of_range", "duration_minutes"),
        (lambda d: d.update(duration_minutes=1441), "out_of_range", "duration_minutes"),
        (lambda d: d.update(duration_minutes="long"), "invalid_type", "duration_minutes"),
        (lambda d: d.update(message="x" * 4001), "text_too_long", "message"),
        (
            lambda d: d.update(resources=[{"id": f"r{i}"} for i in range(101)]),
            "too_many_items",
            "resources",
        ),
        (lambda d: d["resources"][1].update(id="dr-smith"), "duplicate_id", "resources[1].id"),
        (lambda d: d["resources"][0].update(id="has space"), "invalid_value", "resources[0].id"),
        (
            lambda d: d["resources"][0]["open"][2].update(end="2026-11-26T08:00:00-05:00"),
            "interval_reversed",
            "resources[0].open[2]",
        ),
        (
            lambda d: d["resources"][0]["open"][0].update(
                end=d["resources"][0]["open"][0]["start"]
            ),
            "interval_reversed",
            "resources[0].open[0]",
        ),
        (
            lambda d: d.update(
                constraints=[{"id": "f1", "kind": "require", "resources": ["dr-who"]}]
            ),
            "unknown_reference",
            "constraints[0].resources",
        ),
        (
            lambda d: d.update(
                constraints=[{"id": "f1", "kind": "maybe", "resources": ["dr-smith"]}]
            ),
            "invalid_value",
            "constraints[0].kind",
        ),
        (
            lambda d: d.update(constraints=[{"id": "f1", "kind": "require"}]),
            "conflicting_fields",
            "constraints[0]",
        ),
        (
            lambda d: d.update(
                constraints=[{"id": "f1", "kind": "prefer", "weight": 0, "resources": ["dr-smith"]}]
            ),
            "out_of_range",
            "constraints[0].weight",
        ),
        (
            lambda d: d.update(
                constraints=[
                    {"id": "f", "kind": "exclude", "resources": ["dr-smith"]},
                    {"id": "f", "kind": "exclude", "resources": ["dr-patel"]},
                ]
            ),
            "duplicate_id",
            "constraints[1].id",
        ),
        (
            lambda d: d.update(series={"count": 3}, appointments=[{"id": "a"}]),
            "conflicting_fields",
            "series",
        ),
        (lambda d: d.update(series={"count": 1}), "out_of_range", "series.count"),
        (
            lambda d: d.update(appointments=[{"id": "a"}], gaps=[{"first": "a", "then": "b"}]),
            "unknown_reference",
            "gaps[0].then",
        ),
        (
            lambda d: d.update(needs=[{"any_of": ["room-9"]}]),
            "unknown_reference",
            "needs[0].any_of",
        ),
        (
            lambda d: d.update(rules={"slot_step_minutes": 1}),
            "out_of_range",
            "rules.slot_step_minutes",
        ),
        (lambda d: d.update(rules={"horizon_days": 400}), "out_of_range", "rules.horizon_days"),
        (
            lambda d: d["resources"][0].update(
                open=[{"start": "2026-01-01T09:00:00-05:00", "end": "2027-06-01T09:00:00-05:00"}]
            ),
            "horizon_too_long",
            "resources",
        ),
        (
            lambda d: d["resources"][0].update(
                weekly_hours=[{"day": "mon", "start": "17:00", "end": "09:00"}]
            ),
            "interval_reversed",
            "resources[0].weekly_hours[0]",
        ),
        (
            lambda d: d["resources"][0].update(
                weekly_hours=[{"day": "monday", "start": "09:00", "end": "17:00"}]
            ),
            "invalid_value",
            "resources[0].weekly_hours[0].day",
        ),
        (lambda d: d.update(date_order="DDMM"), "invalid_value", "date_order"),
        (lambda d: d.update(date_order="YMD"), "invalid_value", "date_order"),
        (lambda d: d.update(now="9999-12-31T23:00:00-05:00"), "out_of_range", "now"),
        (lambda d: d.update(now="9999-12-10T09:00:00Z"), "out_of_range", "now"),
        (lambda d: d.update(now="0001-01-01T00:30:00+05:00"), "out_of_range", "now"),
        (
            lambda d: d["resources"][0]["open"].__setitem__(
                0, {"start": "9999-12-31T09:00:00-05:00", "end": "9999-12-31T23:00:00-05:00"}
            ),
            "out_of_range",
            "resources[0].open[0].start",
        ),
        (
            lambda d: d.update(
                constraints=[{"id": "availability", "kind": "exclude", "resources": ["dr-smith"]}]
            ),
            "reserved_id",
            "constraints[0].id",
        ),
        (
            lambda d: d.update(message="and Friday " * 200, history=["next Tuesday " * 200]),
            "text_too_long",
            "history",
        ),
        (
            lambda d: d["resources"][0]["open"].append(
                {"start": "9000-01-01T09:00:00Z", "end": "9000-01-01T17:00:00Z"}
            ),
            "horizon_too_long",
            "resources[0].open",
        ),
    ],
)
def test_schemas_invalid_request_names_code_and_field(
    base_request: dict[str, Any], mutate: Any, code: str, field: str
) -> None:
    mutate(base_request)
    err = _error(base_request)
    assert err.code == code, err.to_dict()
    assert err.field == field, err.to_dict()
    assert err.code in ERROR_CODES
    assert err.exit_code == 2
    assert set(err.to_dict()["error"]) >= {"code", "field", "message"}


def test_schemas_bad_timezone_is_one_error_not_one_per_datetime(
    base_request: dict[str, Any],
) -> None:
    base_request["timezone"] = "Nowhere/Atlantis"
    base_request["now"] = "2026-11-23T09:00:00"
    err = _error(base_request)
    assert [e.code for e in err.errors] == ["invalid_timezone"]


def test_schemas_overlapping_open_intervals_are_merged(base_request: dict[str, Any]) -> None:
    base_request["resources"][0]["open"] = [
        {"start": "2026-11-24T13:00:00-05:00", "end": "2026-11-24T17:00:00-05:00"},
        {"start": "2026-11-24T09:00:00-05:00", "end": "2026-11-24T12:00:00-05:00"},
        {"start": "2026-11-24T11:00:00-05:00", "end": "2026-11-24T13:00:00-05:00"},
        {"start": "2026-11-25T09:00:00-05:00", "end": "2026-11-25T10:00:00-05:00"},
    ]
    req = ScheduleRequest.model_validate(base_request)
    spans = [(iv.start.hour, iv.end.hour, iv.start.day) for iv in req.resources[0].open]
    assert spans == [(9, 17, 24), (9, 10, 25)]


def test_schemas_constraint_strength_defaults_by_kind(base_request: dict[str, Any]) -> None:
    base_request["constraints"] = [
        {"id": "a", "kind": "prefer", "resources": ["dr-smith"]},
        {"id": "b", "kind": "exclude", "resources": ["dr-patel"]},
        {"id": "c", "kind": "require", "strength": "soft", "resources": ["dr-patel"]},
    ]
    req = ScheduleRequest.model_validate(base_request)
    assert [c.strength for c in req.constraints] == ["soft", "hard", "soft"]


def test_schemas_series_expands_to_chained_gaps(base_request: dict[str, Any]) -> None:
    base_request["series"] = {"count": 3, "min_gap_minutes": 2880}
    req = ScheduleRequest.model_validate(base_request)
    assert [a.id for a in req.appointment_specs()] == ["s1", "s2", "s3"]
    assert [(g.first, g.then, g.min_minutes) for g in req.appointment_gaps()] == [
        ("s1", "s2", 2880),
        ("s2", "s3", 2880),
    ]


def test_schemas_json_path_skips_pydantic_tags() -> None:
    assert (
        json_path(("resources", 0, "open", 1, "function-after[_ordered(), Interval]"))
        == "resources[0].open[1]"
    )


def test_schemas_result_schema_has_contract_fields() -> None:
    props = ScheduleResult.model_json_schema(mode="serialization")["properties"]
    assert {"outcome", "intent", "constraints", "proposals", "clarification"} <= set(props)


def test_schemas_every_error_code_is_documented_once() -> None:
    assert len(ERROR_CODES) == len(set(ERROR_CODES))
    assert all(text.endswith(".") for text in ERROR_CODES.values())


def test_schemas_date_orders_are_exactly_what_grounding_accepts() -> None:
    from typing import get_args

    from slotwise.extractor.grounding import DATE_ORDERS
    from slotwise.schemas.types import DateOrder

    assert set(get_args(DateOrder)) == set(DATE_ORDERS)


@pytest.mark.parametrize("sign", ["", "-"])
def test_schemas_integer_too_long_to_convert_is_out_of_range_on_its_field(
    base_request: dict[str, Any], sign: str
) -> None:
    from slotwise import Engine

    text = json.dumps(base_request).replace(
        '"max_proposals": 3', f'"max_proposals": {sign}{"9" * 5000}'
    )
    with pytest.raises(RequestError) as caught:
        Engine.parse(text)
    assert (caught.value.code, caught.value.field) == ("out_of_range", "max_proposals")


def test_schemas_nan_weight_is_a_coded_error(base_request: dict[str, Any]) -> None:
    from slotwise import Engine

    base_request["constraints"] = [{"id": "w", "kind": "prefer", "resources": ["dr-smith"]}]
    text = json.dumps(base_request).replace('"kind": "prefer"', '"kind": "prefer", "weight": NaN')
    with pytest.raises(RequestError) as caught:
        Engine.parse(text)
    assert caught.value.field == "constraints[0].weight"
    assert caught.value.code in ERROR_CODES
