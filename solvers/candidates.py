"""Where an appointment may start: the step grid, free time and booking rules as index sets.

Every start time the solver can pick is a point of one sorted list, the *grid*: the
wall-clock times ``00:00, 00:00 + step, ...`` of each local day in the request's time
zone (so a 15-minute grid stays on the quarter hour across a DST change), kept only
inside the booking window ``[now + min_notice, now + horizon_days)``. Times are whole
minutes since `Grid.t0` (``now``, floored to the minute, in UTC). A start the message
names off the step ("at 10:20", "twenty to four", "12:05 on Friday" on a 15-minute grid)
joins the grid too (`Grid.build`'s `named`): the user asked for it, and it is a time
like any other to the calendar. So does ``now`` itself (to the next whole minute) when
there is no minimum notice: "can I come in now" at 11:20 can start at 11:20; and, for
"as late as possible", each start that ends the visit where a resource's free time ends
(`Instance.build`'s `closings`: 17:40 for 20 minutes before an 18:00 closing).

The solver's start variables are *indices* into that list. A free window, a constraint's
interval or a day then becomes a contiguous range of indices, so every set the model
needs is a short list of ranges (a `Domain` of a few dozen intervals) rather than one
value per candidate start: this is what keeps the CP-SAT model small and fast.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ortools.sat.python.cp_model import Domain
from slotwise.schemas import ScheduleRequest
from slotwise.schemas.intervals import merge
from slotwise.schemas.types import Relation
from slotwise.solvers.calendars import free_intervals

IndexRanges = list[list[int]]
"""Inclusive ``[first, last]`` index ranges into `Grid.times`, as `Domain` takes them."""


# Proposals on one day that start within this many minutes of each other count as
# "crowded": a later pick pays a small penalty (below any preference) to spread out.
NEAR_MINUTES = 60


def seconds_since(t0: datetime, when: datetime) -> int:
    """Whole seconds from `t0` to `when` (both aware)."""
    return int((when - t0).total_seconds() // 1)


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


@dataclass
class Grid:
    """Every start time on the step grid inside the booking window, in minutes since t0."""

    t0: datetime
    tz: ZoneInfo
    step: int
    times: list[int]
    uniform: bool  # times[i] == times[0] + step * i for every i: start is linear in the index
    now_first: bool = False  # times[0] is `now`, off the step, and times[1:] are uniform

    @classmethod
    def build(cls, request: ScheduleRequest, named: Iterable[datetime] = ()) -> Grid:
        """The grid of `request`, with the `named` starts (aware) that fall off it but
        inside the booking window added as points of their own, and the window's first
        minute (``now``) when no notice is asked."""
        tz = request.tz
        t0 = cls.origin(request)
        rules = request.rules
        lo = rules.min_notice_minutes + (1 if request.now.astimezone(UTC) > t0 else 0)
        hi = rules.horizon_days * 1440 + (1 if request.now.astimezone(UTC) > t0 else 0)
        step = rules.slot_step_minutes
        first_day = (t0 + timedelta(minutes=lo)).astimezone(tz).date() - timedelta(days=1)
        last_day = (t0 + timedelta(minutes=hi)).astimezone(tz).date() + timedelta(days=1)
        times: list[int] = []
        uniform = True
        day = first_day
        while day <= last_day:
            chunk, regular = _day_starts(day, tz, t0, step)
            day += timedelta(days=1)
            if not chunk or chunk[-1] < lo or chunk[0] >= hi:
                continue
            if chunk[0] < lo or chunk[-1] >= hi:
                chunk = chunk[bisect_left(chunk, lo) : bisect_left(chunk, hi)]
                if not chunk:
                    continue
            if times and chunk[0] - times[-1] != step:
                uniform = False
            uniform = uniform and regular
            times.extend(chunk)
        on_grid = set(times)
        extra = {
            m
            for when in named
            if lo <= (m := seconds_since(t0, when) // 60) < hi and m not in on_grid
        }
        at_now = rules.min_notice_minutes == 0 and lo not in on_grid
        # `now` the only start off a uniform step: the model keeps start linear in the index
        now_first = at_now and not extra and uniform and bool(on_grid)
        if at_now:
            extra.add(lo)  # "now" is a start: the customer can come in at once
        if extra:
            times = sorted(on_grid | extra)
            uniform = False
        return cls(t0=t0, tz=tz, step=step, times=times, uniform=uniform, now_first=now_first)

    @staticmethod
    def origin(request: ScheduleRequest) -> datetime:
        """`t0`: the request's `now` floored to the minute, in UTC."""
        return request.now.astimezone(UTC).replace(second=0, microsecond=0)

    def __len__(self) -> int:
        return len(self.times)

    @property
    def full(self) -> Domain:
        """Every index: the unrestricted calendar inside the booking window."""
        return Domain(0, len(self.times) - 1) if self.times else Domain.from_values([])

    def at(self, index: int, plus_minutes: int = 0) -> datetime:
        """Grid point `index` (plus some minutes of elapsed time), in the request's zone.

        The sum is taken in UTC: aware arithmetic in a ZoneInfo zone is wall-clock
        arithmetic, which is an hour off across a clock change."""
        return (self.t0 + timedelta(minutes=self.times[index] + plus_minutes)).astimezone(self.tz)

    def index_range(self, first_minute: int, last_minute: int) -> list[int] | None:
        """Indices of grid times in ``[first_minute, last_minute]``, or None if there are none."""
        lo = bisect_left(self.times, first_minute)
        hi = bisect_right(self.times, last_minute) - 1
        return [lo, hi] if lo <= hi else None

    def starts_inside(self, spans: list[tuple[int, int]], duration: int) -> IndexRanges:
        """Starts whose ``[s, s + duration)`` lies inside one span (seconds since t0)."""
        out: IndexRanges = []
        for a, b in spans:
            r = self.index_range(_ceil_div(a, 60), b // 60 - duration)
            if r:
                out.append(r)
        return out

    def starts_overlapping(self, spans: list[tuple[int, int]], duration: int) -> IndexRanges:
        """Starts whose ``[s, s + duration)`` overlaps some span (seconds since t0)."""
        out: IndexRanges = []
        for a, b in spans:
            r = self.index_range((a - 60 * duration) // 60 + 1, _ceil_div(b, 60) - 1)
            if r:
                out.append(r)
        return out

    def day_range(self, index: int) -> list[int]:
        """The indices that fall on the same local calendar day as grid point `index`."""
        local = self.at(index)
        midnight = datetime.combine(local.date(), time(0), self.tz)
        nxt = datetime.combine(local.date() + timedelta(days=1), time(0), self.tz)
        r = self.index_range(
            _ceil_div(seconds_since(self.t0, midnight), 60),
            _ceil_div(seconds_since(self.t0, nxt), 60) - 1,
        )
        return r or [index, index]

    def day_numbers(self) -> list[int]:
        """For each grid point, its local calendar day as an ordinal (same day, same number)."""
        return [self.at(i).date().toordinal() for i in range(len(self.times))]

    def near_range(self, index: int, minutes: int = NEAR_MINUTES) -> list[int]:
        """The indices that start less than `minutes` before or after grid point `index`."""
        t = self.times[index]
        return self.index_range(t - minutes + 1, t + minutes - 1) or [index, index]


def _day_starts(day: date, tz: ZoneInfo, t0: datetime, step: int) -> tuple[range | list[int], bool]:
    """Grid times (minutes since t0) of one local day, wall clock 00:00 + k * step, and
    whether they are evenly spaced (a day without a clock change)."""
    midnight = datetime.combine(day, time(0), tz)
    nxt = datetime.combine(day + timedelta(days=1), time(0), tz)
    m0 = seconds_since(t0, midnight) // 60
    m1 = seconds_since(t0, nxt) // 60
    regular = m1 - m0 == 1440 and midnight.utcoffset() == nxt.utcoffset()
    if regular and _round_trips(midnight, tz):
        return range(m0, m1, step), True
    # A day with a clock change: convert each wall time, keeping both readings of a
    # repeated hour and none of a skipped one.
    out: set[int] = set()
    naive_midnight = datetime.combine(day, time(0))
    for minute in range(0, 1440, step):
        wall = naive_midnight + timedelta(minutes=minute)
        for fold in (0, 1):
            aware = wall.replace(tzinfo=tz, fold=fold)
            if _round_trips(aware, tz):
                out.add(seconds_since(t0, aware) // 60)
    times = sorted(out)
    return times, all(b - a == step for a, b in itertools.pairwise(times))


def _round_trips(aware: datetime, tz: ZoneInfo) -> bool:
    back = aware.astimezone(UTC).astimezone(tz)
    return back.replace(tzinfo=None, fold=0) == aware.replace(tzinfo=None, fold=0)


@dataclass
class AppSpec:
    """One appointment to place: its length and, per need, the resource indices it may use."""

    id: str
    pos: int
    duration: int
    needs: list[list[int]]
    label: str | None = None


@dataclass
class ResourceInfo:
    id: str
    name: str
    index: int
    free: list[tuple[int, int]]  # merged free windows, seconds since t0


@dataclass
class Instance:
    """Everything about a request the model needs, with time as grid indices."""

    request: ScheduleRequest
    grid: Grid
    apps: list[AppSpec]
    resources: list[ResourceInfo]
    gaps: list[tuple[int, int, int, int | None]]  # (first pos, then pos, min minutes, max)
    same_resource: bool
    together: list[tuple[tuple[int, ...], Relation]] = field(default_factory=list)
    """(appointment positions, "same_start" | "same_day"): appointments placed together."""
    _free_cache: dict[tuple[int, int], IndexRanges] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        request: ScheduleRequest,
        duration_minutes: int | None = None,
        named: Iterable[datetime] = (),
        closings: bool = False,
    ) -> Instance:
        """`named`: starts off the step the grid offers all the same (`Grid.build`).
        `closings` ("as late as possible"): so is each start that ends an appointment
        where its resource's free time ends (17:40 for 20 minutes before 18:00)."""
        t0 = Grid.origin(request)
        rules = request.rules
        default = duration_minutes or request.duration_minutes
        by_id = {r.id: i for i, r in enumerate(request.resources)}
        everyone = list(range(len(request.resources)))
        apps = [
            AppSpec(
                id=a.id,
                pos=i,
                duration=a.duration_minutes or default,
                needs=[[by_id[r] for r in n.any_of] for n in a.needs] if a.needs else [everyone],
                label=a.label,
            )
            for i, a in enumerate(request.appointment_specs())
        ]
        longest = max(a.duration for a in apps)
        pad = timedelta(minutes=rules.buffer_before_minutes + rules.buffer_after_minutes + longest)
        window_lo = t0 - pad - timedelta(days=1)
        window_hi = t0 + timedelta(days=rules.horizon_days + 1) + pad
        resources = [
            ResourceInfo(
                id=r.id,
                name=r.name or r.id,
                index=i,
                free=merge(
                    [
                        (seconds_since(t0, s), seconds_since(t0, e))
                        for s, e in free_intervals(
                            r, window_lo, window_hi, request.timezone, field=f"resources[{i}].ical"
                        )
                    ]
                ),
            )
            for i, r in enumerate(request.resources)
        ]
        if closings:
            after = timedelta(minutes=rules.buffer_after_minutes)
            lengths = {a.duration for a in apps}
            named = [
                *named,
                *(
                    t0 + timedelta(seconds=b) - after - timedelta(minutes=d)
                    for r in resources
                    for _, b in r.free
                    for d in lengths
                ),
            ]
        grid = Grid.build(request, named)
        pos = {a.id: a.pos for a in apps}
        gaps = [
            (pos[g.first], pos[g.then], g.min_minutes, g.max_minutes)
            for g in request.appointment_gaps()
        ]
        same = bool(request.series and request.series.same_resource)
        together = [(tuple(pos[a] for a in t.appointments), t.relation) for t in request.together]
        return cls(request, grid, apps, resources, gaps, same, together)

    def free_starts(self, resource: int, duration: int) -> IndexRanges:
        """Starts at which `resource` is free for the buffered span of `duration` minutes."""
        key = (resource, duration)
        if key not in self._free_cache:
            rules = self.request.rules
            before, after = rules.buffer_before_minutes * 60, rules.buffer_after_minutes * 60
            spans = [(a + before, b - after) for a, b in self.resources[resource].free]
            self._free_cache[key] = self.grid.starts_inside(
                [(a, b) for a, b in spans if b > a], duration
            )
        return self._free_cache[key]

    def has_open_time(self) -> bool:
        """Whether any appointment has any start with any resource it may use."""
        return any(self.free_starts(r, a.duration) for a in self.apps for r in a.needs[0])


def domain(ranges: IndexRanges) -> Domain:
    """A CP-SAT `Domain` from inclusive index ranges (empty when there are none)."""
    return Domain.from_intervals(ranges) if ranges else Domain.from_values([])
