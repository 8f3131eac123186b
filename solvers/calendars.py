"""A resource's free time as absolute intervals, from whichever sources it gives.

Sources, in the order they are applied::

    free  = open                       absolute free intervals
          ∪ weekly_hours               wall-clock windows in the resource's time zone,
                                       expanded day by day so DST changes land right
          (or, when neither is given, the FREE periods of `ical`)
    busy  = busy                       absolute busy intervals
          ∪ ical                       VFREEBUSY BUSY* periods, opaque VEVENTs with their
                                       RRULE/RDATE/EXDATE/RECURRENCE-ID expanded
    result = (free ∩ [start, end)) − busy

Wall-clock rules (weekly hours, floating and all-day iCalendar values):

- A window is "everything the clock shows from `start` to `end`": 09:00 local stays
  09:00 local across a DST switch.
- A window edge that falls in a DST gap (a wall time that does not exist) moves to the
  end of the gap, the first instant that does exist: ``01:00-02:30`` on a
  spring-forward night at 02:00 covers 01:00 to 03:00 new time; a window wholly inside
  the gap is empty.
- A window edge that falls in a fold (a wall time that happens twice) takes the earlier
  instant for a start and the later one for an end, so the repeated hour is inside the
  window: ``00:00-24:00`` on a fall-back day lasts 25 hours.
- iCalendar event times follow RFC 5545 instead (a gap time is read with the offset
  before the gap, a fold time is its first occurrence); that is what zoneinfo does.

A calendar that cannot be read raises `CalendarError`, a `RequestError` coded
``invalid_calendar`` (and a `ValueError`), whose `field` is what the caller passed as
``field`` (the solver passes ``resources[i].ical``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from slotwise.schemas import RequestError, Resource
from slotwise.schemas.intervals import clip, merge, subtract
from slotwise.schemas.types import WEEKDAYS

Window = tuple[datetime, datetime]

MAX_OCCURRENCES = 20_000
"""Occurrences of all recurring events of one calendar inside one window, at most."""

_UTC = UTC
_BUSY_TYPES = {"BUSY", "BUSY-UNAVAILABLE", "BUSY-TENTATIVE"}
# Properties whose parse errors make a calendar unreadable for us; others (GEO, ...)
# do not bear on busy time and are ignored.
_TIME_PROPS = {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"}


class CalendarError(RequestError, ValueError):
    """An iCalendar document that cannot be read: code ``invalid_calendar``."""

    def __init__(self, message: str, field: str = "ical", input: Any = None) -> None:
        super().__init__("invalid_calendar", message, field, input)


class _Invalid(Exception):
    """Raised while reading a calendar; `free_intervals` adds the field."""


# ---------------------------------------------------------------------------------------
# Windows in UTC and in a zone (the arithmetic itself: slotwise.schemas.intervals)


def _utc(window: Window) -> Window:
    # Everything is compared in UTC: Python compares two datetimes of one ZoneInfo by
    # their wall clocks, which is wrong inside a DST fold.
    return (window[0].astimezone(_UTC), window[1].astimezone(_UTC))


def _local(window: Window, tz: tzinfo) -> Window:
    """A UTC window shown in `tz` with fixed offsets (which compare safely)."""
    out = []
    for instant in window:
        wall = instant.astimezone(tz)
        out.append(wall.replace(tzinfo=timezone(wall.utcoffset() or timedelta(0))))
    return (out[0], out[1])


# ---------------------------------------------------------------------------------------
# Wall-clock time in a zone


def _exists(wall: datetime, tz: tzinfo) -> bool:
    aware = wall.replace(tzinfo=tz, fold=0)
    return aware.astimezone(_UTC).astimezone(tz).replace(tzinfo=None, fold=0) == wall


def _gap_end(wall: datetime, tz: tzinfo) -> datetime:
    """The first instant after the DST gap that swallows `wall` (to the second)."""
    early = wall.replace(tzinfo=tz, fold=1).astimezone(_UTC)  # read with the offset after
    late = wall.replace(tzinfo=tz, fold=0).astimezone(_UTC)  # read with the offset before
    lo, hi = min(early, late), max(early, late)
    before = lo.astimezone(tz).utcoffset()
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) // 2
        if mid.astimezone(tz).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return hi.astimezone(tz)


def wall_instant(wall: datetime, tz: tzinfo, *, edge: str = "start") -> datetime:
    """The absolute instant of a naive wall time in `tz`, by the window rules above:
    a gap time moves to the gap's end; a fold time is the earlier instant for
    ``edge="start"`` and the later one for ``edge="end"``."""
    wall = wall.replace(tzinfo=None, fold=0)
    if not _exists(wall, tz):
        return _gap_end(wall, tz)
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset() and edge == "end":
        return second  # a fold: the later of the two instants
    return first


def _weekly_windows(resource: Resource, tz: tzinfo, start: datetime, end: datetime) -> list[Window]:
    """`weekly_hours` expanded over the local days that touch ``[start, end)``."""
    if not resource.weekly_hours:
        return []
    first_day = start.astimezone(tz).date() - timedelta(days=1)
    last_day = end.astimezone(tz).date() + timedelta(days=1)
    by_day: dict[int, list[tuple[time, time | None]]] = {}
    for wh in resource.weekly_hours:
        wh_start = time.fromisoformat(wh.start)
        wh_end = None if wh.end == "24:00" else time.fromisoformat(wh.end)
        by_day.setdefault(WEEKDAYS.index(wh.day), []).append((wh_start, wh_end))
    out: list[Window] = []
    day = first_day
    while day <= last_day:
        for wh_start, wh_end in by_day.get(day.weekday(), []):
            wall_start = datetime.combine(day, wh_start)
            wall_end = (
                datetime.combine(day + timedelta(days=1), time(0))
                if wh_end is None
                else datetime.combine(day, wh_end)
            )
            s = wall_instant(wall_start, tz, edge="start")
            e = wall_instant(wall_end, tz, edge="end")
            if e > s:
                out.append((s, e))
        day += timedelta(days=1)
    return out


# ---------------------------------------------------------------------------------------
# iCalendar

DateValue = date | datetime  # a date (all-day), a naive (floating) or an aware datetime


@dataclass(frozen=True)
class _Event:
    uid: str
    start: DateValue
    duration: timedelta
    rrule: str | None = None
    rdates: tuple[tuple[DateValue, timedelta | None], ...] = ()
    exdates: tuple[DateValue, ...] = ()
    recurrence_id: DateValue | None = None
    blocks: bool = True  # False: transparent or cancelled (an override may still cancel)


@dataclass(frozen=True)
class ParsedCalendar:
    """What of an iCalendar document bears on availability, zone-free where it can be."""

    busy: tuple[tuple[DateValue, DateValue], ...]
    free: tuple[tuple[DateValue, DateValue], ...]
    events: tuple[_Event, ...]


def _value(component: Any, name: str) -> Any:
    prop = component.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        raise _Invalid(f"{component.name} has {name} more than once")
    value = prop.dt
    _check_tzid(prop, value, name)
    return value


def _check_tzid(prop: Any, value: Any, name: str) -> None:
    tzid = getattr(prop, "params", {}).get("TZID")
    values = value if isinstance(value, tuple) else (value,)
    for v in values:
        if tzid and isinstance(v, datetime) and v.tzinfo is None:
            raise _Invalid(f"{name} names TZID '{tzid}', which is neither IANA nor defined")


def _as_list(prop: Any) -> list[Any]:
    if prop is None:
        return []
    return prop if isinstance(prop, list) else [prop]


def _date_list(component: Any, name: str) -> list[Any]:
    """The values of a multi-valued date property (EXDATE, RDATE), over every line."""
    out: list[Any] = []
    for line in _as_list(component.get(name)):
        for item in line.dts:
            _check_tzid(line, item.dt, name)
            out.append(item.dt)
    return out


def _read_event(ev: Any) -> _Event:
    errors = [f"{name}: {msg}" for name, msg in getattr(ev, "errors", []) if name in _TIME_PROPS]
    if errors:
        raise _Invalid("VEVENT " + "; ".join(errors))
    start = _value(ev, "DTSTART")
    if not isinstance(start, date):
        raise _Invalid("a VEVENT has no DTSTART")
    end = _value(ev, "DTEND")
    duration = _value(ev, "DURATION")
    if end is not None:
        if isinstance(start, datetime) != isinstance(end, datetime):
            raise _Invalid(f"DTSTART {start} and DTEND {end} are not both dates or date-times")
        if isinstance(start, datetime) and (start.tzinfo is None) != (end.tzinfo is None):
            raise _Invalid(f"DTSTART {start} and DTEND {end} mix floating and zoned time")
        if isinstance(start, datetime) and start.tzinfo is not None:
            span = end.astimezone(_UTC) - start.astimezone(_UTC)  # exact, across DST
        else:
            span = end - start
    elif isinstance(duration, timedelta):
        span = duration
    elif isinstance(start, datetime):
        span = timedelta(0)  # RFC 5545: ends when it starts; takes no time
    else:
        span = timedelta(days=1)  # an all-day event without an end lasts the day
    if span < timedelta(0):
        raise _Invalid(f"VEVENT ends before it starts ({start})")
    rrule = ev.get("RRULE")
    if isinstance(rrule, list):
        raise _Invalid("a VEVENT with more than one RRULE")
    rdates: list[tuple[DateValue, timedelta | None]] = []
    for value in _date_list(ev, "RDATE"):
        if isinstance(value, tuple):  # a PERIOD: (start, end | duration)
            p_start, p_end = value
            rdates.append((p_start, p_end if isinstance(p_end, timedelta) else p_end - p_start))
        else:
            rdates.append((value, None))
    transp = str(ev.get("TRANSP", "OPAQUE")).upper()
    status = str(ev.get("STATUS", "CONFIRMED")).upper()
    return _Event(
        uid=str(ev.get("UID", "")),
        start=start,
        duration=span,
        rrule=rrule.to_ical().decode() if rrule is not None else None,
        rdates=tuple(rdates),
        exdates=tuple(_date_list(ev, "EXDATE")),
        recurrence_id=_value(ev, "RECURRENCE-ID"),
        blocks=transp != "TRANSPARENT" and status != "CANCELLED",
    )


def _read_freebusy(fb: Any) -> tuple[list[Any], list[Any]]:
    errors = [msg for name, msg in getattr(fb, "errors", []) if name == "FREEBUSY"]
    if errors:
        raise _Invalid("FREEBUSY: " + "; ".join(errors))
    busy: list[Any] = []
    free: list[Any] = []
    for line in _as_list(fb.get("FREEBUSY")):
        fbtype = str(line.params.get("FBTYPE", "BUSY")).upper()
        periods = line if isinstance(line, list) else [line]
        for period in periods:
            p_start, p_end = period.dt
            if isinstance(p_end, timedelta):
                p_end = p_start + p_end
            if not isinstance(p_start, datetime) or p_end <= p_start:
                raise _Invalid(f"FREEBUSY period {period.to_ical().decode()} is not a period")
            if fbtype in _BUSY_TYPES:
                busy.append((p_start, p_end))
            elif fbtype == "FREE":
                free.append((p_start, p_end))
            # other FBTYPEs (x-names) do not bear on availability
    return busy, free


@lru_cache(maxsize=64)
def _parse_cached(digest: str, text: str) -> ParsedCalendar:
    del digest  # part of the key only: cheap equality for long texts
    import icalendar  # a core dependency; imported here so the solver loads fast

    try:
        cal = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise _Invalid(f"not an iCalendar document: {exc}") from None
    if getattr(cal, "name", None) != "VCALENDAR":
        raise _Invalid(f"the document is a {getattr(cal, 'name', '?')}, not a VCALENDAR")
    busy: list[Any] = []
    free: list[Any] = []
    events: list[_Event] = []
    try:
        for component in cal.walk():
            if component.name == "VEVENT":
                events.append(_read_event(component))
            elif component.name == "VFREEBUSY":
                b, f = _read_freebusy(component)
                busy += b
                free += f
    except _Invalid:
        raise
    except Exception as exc:  # icalendar's own errors on broken values
        raise _Invalid(f"{type(exc).__name__}: {exc}") from None
    return ParsedCalendar(busy=tuple(busy), free=tuple(free), events=tuple(events))


def parse_calendar(text: str) -> ParsedCalendar:
    """The parts of an iCalendar text that bear on availability (cached by content).

    Raises `CalendarError` (field ``ical``) when the text cannot be read."""
    try:
        return _parse_cached(hashlib.sha256(text.encode()).hexdigest(), text)
    except _Invalid as exc:
        raise CalendarError(str(exc)) from None


def check_calendar(text: str, field: str = "ical") -> None:
    """Raise `CalendarError` naming `field` if `text` is not a readable calendar."""
    try:
        _parse_cached(hashlib.sha256(text.encode()).hexdigest(), text)
    except _Invalid as exc:
        raise CalendarError(str(exc), field=field) from None


def _absolute(value: DateValue, tz: tzinfo, edge: str = "start") -> datetime:
    """A calendar value as an instant: dates at local midnight, floating times in `tz`."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value
        return value.replace(tzinfo=tz)  # RFC 5545 reading (zoneinfo: fold=0)
    return wall_instant(datetime.combine(value, time(0)), tz, edge=edge)


def _occurrence_key(value: DateValue, tz: tzinfo) -> datetime:
    return _absolute(value, tz).astimezone(_UTC)


def _until_fixed(rule: str, start: DateValue, tz: tzinfo) -> str:
    """The RRULE text with UNTIL made the same kind as DTSTART, as dateutil needs."""
    parts = []
    for part in rule.split(";"):
        key, _, raw = part.partition("=")
        if key.upper() == "UNTIL":
            aware_start = isinstance(start, datetime) and start.tzinfo is not None
            until_aware = raw.upper().endswith("Z")
            if len(raw) == 8:  # a DATE: through the end of that day
                day = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
                wall = datetime.combine(day, time(23, 59, 59))
                if aware_start:
                    raw = _absolute(wall, tz).astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")
                else:
                    raw = wall.strftime("%Y%m%dT%H%M%S")
            elif aware_start and not until_aware:
                wall = datetime.strptime(raw, "%Y%m%dT%H%M%S")
                raw = _absolute(wall, tz).astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")
            elif not aware_start and until_aware:
                instant = datetime.strptime(raw[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=_UTC)
                raw = instant.astimezone(tz).replace(tzinfo=None).strftime("%Y%m%dT%H%M%S")
        parts.append(f"{key}={raw}")
    return ";".join(parts)


def _occurrences(
    ev: _Event, tz: tzinfo, lo: datetime, hi: datetime, budget: list[int]
) -> list[tuple[DateValue, timedelta]]:
    """Occurrence starts (as the calendar writes them) and lengths that may touch
    ``[lo, hi)``; the budget counts occurrences so a dense rule cannot run away."""
    starts: list[tuple[DateValue, timedelta]] = [(ev.start, ev.duration)]
    if ev.rrule:
        from dateutil.rrule import rrulestr

        aware = isinstance(ev.start, datetime) and ev.start.tzinfo is not None
        dtstart = (
            ev.start
            if isinstance(ev.start, datetime)
            else datetime.combine(ev.start, time(0))  # all-day: iterate naive midnights
        )
        try:
            rule = rrulestr(_until_fixed(ev.rrule, ev.start, tz), dtstart=dtstart)
        except (ValueError, TypeError, OverflowError) as exc:
            raise _Invalid(f"RRULE {ev.rrule!r}: {exc}") from None
        since = lo - ev.duration - timedelta(days=1)
        since_key = since if aware else since.astimezone(tz).replace(tzinfo=None)
        starts = []
        for occ in rule.xafter(since_key, inc=True):
            budget[0] -= 1
            if budget[0] < 0:
                raise _Invalid(f"more than {MAX_OCCURRENCES} occurrences in the window")
            value: DateValue = occ if isinstance(ev.start, datetime) else occ.date()
            if _absolute(value, tz) >= hi:
                break
            starts.append((value, ev.duration))
    starts += [(d, length if length is not None else ev.duration) for d, length in ev.rdates]
    excluded = {_occurrence_key(d, tz) for d in ev.exdates}
    return [(s, length) for s, length in starts if _occurrence_key(s, tz) not in excluded]


def calendar_windows(
    parsed: ParsedCalendar, tz: tzinfo, start: datetime, end: datetime
) -> tuple[list[Window], list[Window]]:
    """(busy, free) windows of a parsed calendar inside ``[start, end)``, merged."""
    busy = [_utc((_absolute(s, tz), _absolute(e, tz, "end"))) for s, e in parsed.busy]
    free = [_utc((_absolute(s, tz), _absolute(e, tz, "end"))) for s, e in parsed.free]
    overridden = {
        (ev.uid, _occurrence_key(ev.recurrence_id, tz))
        for ev in parsed.events
        if ev.recurrence_id is not None
    }
    budget = [MAX_OCCURRENCES]
    for ev in parsed.events:
        if not ev.blocks and ev.recurrence_id is None:
            continue
        for occ_start, length in _occurrences(ev, tz, start, end, budget):
            if ev.recurrence_id is None and (ev.uid, _occurrence_key(occ_start, tz)) in overridden:
                continue  # this instance was moved or cancelled by an override
            if not ev.blocks:
                continue
            s = _absolute(occ_start, tz).astimezone(_UTC)
            if isinstance(occ_start, datetime):
                e = s + length  # an exact duration (RFC 5545 3.8.5.3)
            else:  # all-day: to local midnight of the last day, whatever DST does
                e = _absolute(occ_start + length, tz, "end")
            busy.append(_utc((s, e)))
    return merge(clip(busy, start, end)), merge(clip(free, start, end))


# ---------------------------------------------------------------------------------------
# The entry point


def free_intervals(
    resource: Resource,
    start: datetime,
    end: datetime,
    default_tz: str,
    *,
    field: str | None = None,
) -> list[Window]:
    """The resource's free time inside ``[start, end)``, sorted and disjoint.

    `default_tz` is the zone of `weekly_hours` and floating calendar times when the
    resource names none. A bad `ical` raises `CalendarError` (``invalid_calendar``)
    whose field is `field` (pass ``f"resources[{i}].ical"``), ``ical`` if not given.
    """
    tz = ZoneInfo(resource.timezone or default_tz)
    start, end = _utc((start, end))
    free = [_utc((iv.start, iv.end)) for iv in resource.open]
    free += [_utc(w) for w in _weekly_windows(resource, tz, start, end)]
    busy = [_utc((iv.start, iv.end)) for iv in resource.busy]
    if resource.ical:
        try:
            parsed = _parse_cached(
                hashlib.sha256(resource.ical.encode()).hexdigest(), resource.ical
            )
            cal_busy, cal_free = calendar_windows(parsed, tz, start, end)
        except _Invalid as exc:
            raise CalendarError(str(exc), field=field or "ical") from None
        busy += cal_busy
        if not resource.open and not resource.weekly_hours:
            free += cal_free
    windows = subtract(merge(clip(free, start, end)), merge(busy))
    return [_local(w, tz) for w in windows]
