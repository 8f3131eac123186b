"""What a booking system sends: `ScheduleRequest` and the models inside it.

Every input model forbids unknown fields, so a typo is an error that names the field
rather than a silently ignored wish. Date-times should carry an offset; a naive one is
read in the request's `timezone` and the result says so in `warnings`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from slotwise.schemas.intervals import merge
from slotwise.schemas.types import ConstraintKind, DateOrder, Relation, Strength, Weekday

# Caps that keep one request from taking the machine down. The docs list them.
MAX_MESSAGE_CHARS = 4000
MAX_RESOURCES = 100
MAX_OPEN_INTERVALS = 5000  # per resource
MAX_TOTAL_INTERVALS = 20000  # over the whole request
MAX_CONSTRAINTS = 100
MAX_CONSTRAINT_INTERVALS = 1000
MAX_APPOINTMENTS = 20
MAX_HORIZON_DAYS = 366
MAX_HISTORY = 20
MAX_CONVERSATION_CHARS = MAX_MESSAGE_CHARS
"""The message and its history together: reading grows faster than the text does
(4000 characters dense with times take about 0.8 s on 2 cores, 8000 about 2.7 s), and
no time budget can cut reading short, so the cap is what keeps it inside one."""
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,127}$"
RESERVED_IDS = frozenset({"availability", "booking_rules"})
"""Ids a clarification gives its own conflicts; a caller's constraint may not take them."""
# Every date-time lies this far inside what Python can represent, so that the booking
# window (notice, horizon, buffers, a day either side) never runs off the calendar.
_EARLIEST = datetime(1, 1, 10, tzinfo=UTC)
_LATEST = datetime(9999, 12, 20, tzinfo=UTC)

# While a request validates, its time zone and the warnings it collects.
_REQUEST_TZ: ContextVar[ZoneInfo | None] = ContextVar("_REQUEST_TZ", default=None)
_WARNINGS: ContextVar[list[str] | None] = ContextVar("_WARNINGS", default=None)


def zone(name: str) -> ZoneInfo:
    """The `ZoneInfo` for an IANA name, or a `PydanticCustomError` coded invalid_timezone."""
    if not isinstance(name, str) or not name or name != name.strip() or ".." in name:
        raise PydanticCustomError(
            "invalid_timezone", "not an IANA time zone name: '{name}'", {"name": name}
        )
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise PydanticCustomError(
            "invalid_timezone",
            "unknown time zone '{name}'; use an IANA name such as 'America/New_York'",
            {"name": name},
        ) from None


def _check_timezone(name: str) -> str:
    zone(name)
    return name


def _representable(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        utc = None
    if utc is None or not _EARLIEST <= utc <= _LATEST:
        raise PydanticCustomError(
            "out_of_range",
            "date-time {value} is too close to the end of the calendar (years 1 to 9999)",
            {"value": value.isoformat()},
        )
    return value


def _localize(value: datetime) -> datetime:
    if value.tzinfo is not None and value.utcoffset() is not None:
        return _representable(value)
    tz = _REQUEST_TZ.get()
    if tz is None:
        raise PydanticCustomError(
            "invalid_datetime",
            "date-time {value} has no UTC offset and there is no valid request timezone to read it in",
            {"value": value.isoformat()},
        )
    warnings = _WARNINGS.get()
    if warnings is not None:
        warnings.append(f"date-time {value.isoformat()} has no offset; read in {tz.key}")
    return _representable(value.replace(tzinfo=tz))


TimezoneName = Annotated[str, AfterValidator(_check_timezone)]
LocalDateTime = Annotated[datetime, AfterValidator(_localize)]
"""An offset-aware date-time; a naive one is read in the request's time zone."""

Id = Annotated[str, Field(pattern=_ID, max_length=128)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=False)


class Interval(_Input):
    """A half-open span of absolute time, ``[start, end)``."""

    start: LocalDateTime
    end: LocalDateTime

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.end <= self.start:
            raise PydanticCustomError(
                "interval_reversed",
                "interval end {end} is not after its start {start}",
                {"start": self.start.isoformat(), "end": self.end.isoformat()},
            )
        return self


def merge_intervals(intervals: list[Interval]) -> list[Interval]:
    """Sorted, with overlapping or touching intervals merged into one."""
    return [
        Interval.model_construct(start=s, end=e)
        for s, e in merge((i.start, i.end) for i in intervals)
    ]


class WeeklyHours(_Input):
    """One weekly working window in the resource's own time zone: ``mon 09:00-17:00``."""

    day: Weekday
    start: Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
    end: Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")]

    @model_validator(mode="after")
    def _ordered(self) -> WeeklyHours:
        if self.end <= self.start:
            raise PydanticCustomError(
                "interval_reversed",
                "working hours end {end} is not after start {start}",
                {"start": self.start, "end": self.end},
            )
        return self


class Resource(_Input):
    """A provider, room or person that can be booked.

    Availability is `open` (absolute free intervals) and/or `weekly_hours` (in the
    resource's `timezone`, default the request's) minus `busy` intervals, and/or an
    iCalendar document (`ical`: VFREEBUSY or VEVENTs are busy time). Overlapping open
    intervals are merged.
    """

    id: Id
    name: Annotated[str, Field(max_length=200)] | None = None
    open: Annotated[list[Interval], Field(max_length=MAX_OPEN_INTERVALS)] = []
    timezone: TimezoneName | None = None
    weekly_hours: Annotated[list[WeeklyHours], Field(max_length=200)] = []
    busy: Annotated[list[Interval], Field(max_length=MAX_OPEN_INTERVALS)] = []
    ical: Annotated[str, Field(max_length=2_000_000)] | None = None

    @field_validator("open")
    @classmethod
    def _merge(cls, value: list[Interval]) -> list[Interval]:
        return merge_intervals(value)


class StructuredConstraint(_Input):
    """A constraint a caller already has in structured form (a form field).

    `kind` says the direction (inside / not overlapping), `strength` whether it must or
    should hold: a hard `prefer` reads as `require`, a soft `require` as `prefer`.
    Exactly one of `intervals` and `resources` is given.
    """

    id: Id
    kind: ConstraintKind
    strength: Strength | None = None  # default: soft for prefer, hard otherwise
    intervals: Annotated[list[Interval], Field(max_length=MAX_CONSTRAINT_INTERVALS)] | None = None
    resources: Annotated[list[Id], Field(min_length=1, max_length=MAX_RESOURCES)] | None = None
    weight: Annotated[float, Field(gt=0, le=1000)] = 1.0
    label: Annotated[str, Field(max_length=200)] | None = None
    appointments: Annotated[list[Id], Field(min_length=1)] | None = None

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value in RESERVED_IDS:
            raise PydanticCustomError(
                "reserved_id",
                "constraint id '{id}' is what a clarification calls its own conflict; "
                "choose another",
                {"id": value},
            )
        return value

    @model_validator(mode="after")
    def _one_target(self) -> StructuredConstraint:
        if (self.intervals is None) == (self.resources is None):
            raise PydanticCustomError(
                "conflicting_fields", "give exactly one of 'intervals' and 'resources'"
            )
        if self.strength is None:
            self.strength = "soft" if self.kind == "prefer" else "hard"
        return self


class BookingRules(_Input):
    """Booking rules with sensible defaults; a request may override any of them."""

    slot_step_minutes: Annotated[int, Field(ge=5, le=240)] = 15
    min_notice_minutes: Annotated[int, Field(ge=0, le=60 * 24 * 90)] = 0
    buffer_before_minutes: Annotated[int, Field(ge=0, le=480)] = 0
    buffer_after_minutes: Annotated[int, Field(ge=0, le=480)] = 0
    horizon_days: Annotated[int, Field(ge=1, le=MAX_HORIZON_DAYS)] = 28


class ResourceNeed(_Input):
    """One resource the appointment needs, chosen from `any_of` (a doctor, a room)."""

    any_of: Annotated[list[Id], Field(min_length=1, max_length=MAX_RESOURCES)]


Duration = Annotated[int, Field(ge=5, le=1440)]


class Appointment(_Input):
    """One appointment of several (a bundle or a series). Unset fields take the request's."""

    id: Id
    duration_minutes: Duration | None = None
    needs: Annotated[list[ResourceNeed], Field(min_length=1, max_length=10)] | None = None
    label: Annotated[str, Field(max_length=200)] | None = None


class Gap(_Input):
    """`then` starts between `min_minutes` and `max_minutes` after `first` ends."""

    first: Id
    then: Id
    min_minutes: Annotated[int, Field(ge=0, le=60 * 24 * 366)] = 0
    max_minutes: Annotated[int, Field(ge=0, le=60 * 24 * 366)] | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Gap:
        if self.max_minutes is not None and self.max_minutes < self.min_minutes:
            raise PydanticCustomError(
                "interval_reversed",
                "max_minutes {max} is below min_minutes {min}",
                {"min": self.min_minutes, "max": self.max_minutes},
            )
        return self


class Together(_Input):
    """Appointments that go together: `same_start` ones begin at the same moment, each
    with its own resource ("me with Rivera and my friend with Castillo at the same
    time"); `same_day` ones fall on the same local day ("Brennan for the mare and Okafor
    for the calves, same day")."""

    appointments: Annotated[list[Id], Field(min_length=2, max_length=MAX_APPOINTMENTS)]
    relation: Relation = "same_start"


class Series(_Input):
    """Shorthand for `count` alike appointments in order, each `min_gap_minutes` (and at
    most `max_gap_minutes`) after the previous one ends: "three physio sessions, at
    least two days apart". `same_resource` keeps one provider for all of them."""

    count: Annotated[int, Field(ge=2, le=MAX_APPOINTMENTS)]
    min_gap_minutes: Annotated[int, Field(ge=0, le=60 * 24 * 366)] = 0
    max_gap_minutes: Annotated[int, Field(ge=0, le=60 * 24 * 366)] | None = None
    same_resource: bool = False


class ScheduleRequest(_Input):
    """One booking request: a message and/or structured constraints, plus availability."""

    message: Annotated[str, Field(max_length=MAX_MESSAGE_CHARS)] | None = None
    history: Annotated[
        list[Annotated[str, Field(max_length=MAX_MESSAGE_CHARS)]], Field(max_length=MAX_HISTORY)
    ] = []
    """Earlier messages of the same conversation, oldest first. What they asked for still
    holds unless `message` changes it ("actually, make it Thursday")."""
    now: LocalDateTime
    timezone: TimezoneName
    duration_minutes: Duration = 30
    resources: Annotated[list[Resource], Field(max_length=MAX_RESOURCES)] = []
    max_proposals: Annotated[int, Field(ge=1, le=50)] = 3
    constraints: Annotated[list[StructuredConstraint], Field(max_length=MAX_CONSTRAINTS)] = []
    rules: BookingRules = BookingRules()
    needs: Annotated[list[ResourceNeed], Field(min_length=1, max_length=10)] | None = None
    appointments: (
        Annotated[list[Appointment], Field(min_length=1, max_length=MAX_APPOINTMENTS)] | None
    ) = None
    gaps: Annotated[list[Gap], Field(max_length=MAX_APPOINTMENTS * 2)] = []
    together: Annotated[list[Together], Field(max_length=MAX_APPOINTMENTS)] = []
    series: Series | None = None
    date_order: DateOrder = "MDY"
    trace: bool = True
    """False leaves the trace out of the answer (a third of its size, or more)."""

    _warnings: list[str] = PrivateAttr(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """What validation noticed but accepted (naive date-times, merged intervals)."""
        return self._warnings

    @model_validator(mode="wrap")
    @classmethod
    def _in_request_zone(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        tz: ZoneInfo | None = None
        warnings: list[str] = []
        if isinstance(data, dict):
            try:
                tz = zone(data.get("timezone"))  # type: ignore[arg-type]
            except PydanticCustomError:
                # The timezone error is reported on its own; read naive values in UTC
                # rather than burying it under one error per date-time.
                tz = ZoneInfo("UTC")
        tz_token = _REQUEST_TZ.set(tz)
        warn_token = _WARNINGS.set(warnings)
        try:
            result = handler(data)
        finally:
            _REQUEST_TZ.reset(tz_token)
            _WARNINGS.reset(warn_token)
        if isinstance(result, ScheduleRequest):
            result._warnings = warnings + result._warnings
        return result

    @model_validator(mode="after")
    def _consistent(self) -> ScheduleRequest:
        said = len(self.message or "") + sum(len(h) + 1 for h in self.history)
        if self.history and said > MAX_CONVERSATION_CHARS:
            raise PydanticCustomError(
                "text_too_long",
                "the message and its history are {n} characters together; the cap is {cap}",
                {"n": said, "cap": MAX_CONVERSATION_CHARS, "field": "history"},
            )
        reach = timedelta(days=self.rules.horizon_days + 2)
        if self.now.astimezone(UTC) > _LATEST - reach:
            raise PydanticCustomError(
                "out_of_range",
                "the booking window ({days} days from now) runs past the year 9999",
                {"days": self.rules.horizon_days, "field": "now"},
            )
        _unique("resources", [r.id for r in self.resources])
        _unique("constraints", [c.id for c in self.constraints])
        if self.appointments:
            _unique("appointments", [a.id for a in self.appointments])
        if self.series is not None and self.appointments is not None:
            raise PydanticCustomError(
                "conflicting_fields",
                "give 'series' or 'appointments', not both",
                {"field": "series"},
            )
        if self.series is not None and self.gaps:
            raise PydanticCustomError(
                "conflicting_fields",
                "'gaps' go with 'appointments'; a series sets its own",
                {"field": "gaps"},
            )
        known = {r.id for r in self.resources}
        appointment_ids = {a.id for a in self.appointment_specs()}
        for i, c in enumerate(self.constraints):
            for rid in c.resources or []:
                _known(rid, known, f"constraints[{i}].resources", "resource")
            for aid in c.appointments or []:
                _known(aid, appointment_ids, f"constraints[{i}].appointments", "appointment")
        for need_list, where in self._need_lists():
            for j, need in enumerate(need_list):
                for rid in need.any_of:
                    _known(rid, known, f"{where}[{j}].any_of", "resource")
        for i, g in enumerate(self.gaps):
            _known(g.first, appointment_ids, f"gaps[{i}].first", "appointment")
            _known(g.then, appointment_ids, f"gaps[{i}].then", "appointment")
        for i, t in enumerate(self.together):
            for j, aid in enumerate(t.appointments):
                _known(aid, appointment_ids, f"together[{i}].appointments[{j}]", "appointment")
        total = sum(len(r.open) + len(r.busy) for r in self.resources)
        if total > MAX_TOTAL_INTERVALS:
            raise PydanticCustomError(
                "too_many_items",
                "{n} availability intervals in all; the cap is {cap}",
                {"n": total, "cap": MAX_TOTAL_INTERVALS, "field": "resources"},
            )
        # Open time that ends past the longest booking window is no use to anyone, and
        # reading the message would ground "every Monday" out to it (years, at a cost).
        now = self.now.astimezone(UTC)
        open_until = now + min(timedelta(days=MAX_HORIZON_DAYS + 1), _LATEST - now)
        for i, r in enumerate(self.resources):
            if r.open and r.open[-1].end > open_until:
                raise PydanticCustomError(
                    "horizon_too_long",
                    "open time ends {end}, more than {cap} days after now",
                    {
                        "end": r.open[-1].end.isoformat(),
                        "cap": MAX_HORIZON_DAYS,
                        "field": f"resources[{i}].open",
                    },
                )
        starts = [iv.start for r in self.resources for iv in r.open]
        ends = [iv.end for r in self.resources for iv in r.open]
        if starts and max(ends) - min(starts) > timedelta(days=MAX_HORIZON_DAYS):
            raise PydanticCustomError(
                "horizon_too_long",
                "availability spans more than {cap} days",
                {"cap": MAX_HORIZON_DAYS, "field": "resources"},
            )
        return self

    def _need_lists(self) -> Iterator[tuple[list[ResourceNeed], str]]:
        if self.needs:
            yield self.needs, "needs"
        for i, a in enumerate(self.appointments or []):
            if a.needs:
                yield a.needs, f"appointments[{i}].needs"

    def appointment_specs(self) -> list[Appointment]:
        """The appointments to book: the explicit list, the series expanded, or one."""
        if self.appointments:
            return list(self.appointments)
        count = self.series.count if self.series else 1
        ids = [f"s{i + 1}" for i in range(count)] if self.series else ["a1"]
        return [Appointment(id=i, duration_minutes=None, needs=self.needs) for i in ids]

    def appointment_gaps(self) -> list[Gap]:
        """The gaps between appointments, the series' chain included."""
        if self.series is None:
            return list(self.gaps)
        s = self.series
        return [
            Gap(
                first=f"s{i}",
                then=f"s{i + 1}",
                min_minutes=s.min_gap_minutes,
                max_minutes=s.max_gap_minutes,
            )
            for i in range(1, s.count)
        ]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _unique(field: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for n, i in enumerate(ids):
        if i in seen:
            raise PydanticCustomError(
                "duplicate_id",
                "id '{id}' appears twice in {list}",
                {"field": f"{field}[{n}].id", "id": i, "list": field},
            )
        seen.add(i)


def _known(ref: str, known: set[str], where: str, what: str) -> None:
    if ref not in known:
        raise PydanticCustomError(
            "unknown_reference",
            "no {what} with id '{ref}'",
            {"field": where, "what": what, "ref": ref},
        )
