"""Grounding: a `Sym` plus a reference time and zone becomes concrete intervals.

Nothing reads the clock: `now`, the zone and the horizon are arguments. Local wall
times are built per calendar day and given the zone's tzinfo, so a part of the day on
a DST change day is still its wall-clock window (12:00-17:00 stays 12:00-17:00).

A reading is built from *day options* (which days: best first, then alternatives)
crossed with *time-of-day options* (which hours of those days).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from slotwise.extractor.grounding.lexicon import (
    MONTH_NAMES,
    PARTS_OF_DAY,
    SECOND_MEAL_READING,
    WEEKDAY_NAMES,
)
from slotwise.extractor.grounding.mention import Interval, Reading
from slotwise.extractor.grounding.prayer_times import (
    SUN_TIMES,
    approximate,
    prayer_end,
    prayer_window,
)
from slotwise.extractor.grounding.resolve_calendar import (
    Context,
    DayRange,
    Days,
    add_months,
    day_dates,
    span_ranges,
)
from slotwise.extractor.grounding.symbolic import Sym, TodSpec
from slotwise.schemas.intervals import clip

__all__ = ["Context", "DayRange", "Days", "add_months", "day_dates", "resolve", "span_ranges"]


@dataclass(frozen=True)
class TodOption:
    """A window of the day in minutes from midnight (end may pass 24:00)."""

    start: int
    end: int
    grain: str
    clock: bool  # a clock time: bounds use its start on both sides
    approx: bool = False  # "around 2": a bound after it starts at the clock itself
    edge: str = ""  # "open" / "close", "_wide" when ruled out or hedged: see `_edge_span`


def resolve(sym: Sym, ctx: Context) -> list[Reading]:
    """Readings of a symbolic time, best first; [] when it has none (a duration)."""
    if sym.is_length:
        return []
    if sym.until is not None:
        from slotwise.extractor.grounding.resolve_range import resolve_until

        return resolve_until(sym, ctx)
    if sym.soonest:  # "asap": from now to the horizon; the wish is for the earliest
        return [Reading(((ctx.now, ctx.horizon),), "minute", "as soon as possible, from now")]
    if sym.latest:  # "as late as possible": the same span; the wish is for the latest
        return [Reading(((ctx.now, ctx.horizon),), "minute", "as late as possible")]
    if sym.rel_minutes is not None:
        t = ctx.now + timedelta(minutes=sym.rel_minutes)
        grain = "hour" if sym.rel_minutes % 60 == 0 else "minute"
        if sym.rel_end is not None:  # "the next 3 hours", "the last 30 minutes"
            end = ctx.now + timedelta(minutes=sym.rel_end)
            return [Reading(((t, end),), grain, f"{_label_dt(t)} - {_label_dt(end)}")]
        end = t + (timedelta(hours=1) if grain == "hour" else timedelta(minutes=1))
        return [Reading(((t, end),), grain, _label_dt(t))]
    day_opts, to_horizon = _day_options(sym, ctx)
    if sym.tod is not None and sym.tod.praying and day_opts:  # "after Maghrib" on that day
        sym = _at_prayer(sym, day_opts[0], ctx)
    tod_opts: list[TodOption | None] = (
        list(_tod_options(sym.tod, ctx.open_hours, ruled_out=sym.negated)) if sym.tod else [None]
    )
    if sym.bound:
        to_horizon = sym.tod is not None  # a day bound keeps its edge (see `_bounded`)
    if not day_opts:  # "sat to tmrw 2": a range that ends before it starts has no day
        return []
    combos = [(d, tod_opts[0]) for d in day_opts] + [(day_opts[0], t) for t in tod_opts[1:]]
    readings: list[Reading] = []
    for days, tod in combos:
        iv = _bounded(sym, days, tod, ctx) if sym.bound else _intervals(days, tod, ctx)
        if to_horizon:
            # "first thing" said at 07:50 at a garage open at 7 is tomorrow's first
            # thing: a window already begun at `now` is dropped, not cut
            iv = clip(iv, ctx.now, ctx.horizon, whole=_first_thing(sym))
        if not iv:
            continue
        grain = _grain(sym, tod)
        label = _label(sym, iv, tod)
        if sym.tod is not None and sym.tod.praying:  # "after 18:45 on Mon 15 Mar (prayer times)"
            said = "sun" if _sun_time(sym.tod) else "prayer"
            label += f" ({said} times{', approx.' if approximate(ctx.tz.key) else ''})"
        reading = Reading(tuple(sorted(iv)), grain, label)
        if reading not in readings:
            readings.append(reading)
    same_weekday = sym.day is not None and sym.day.kind == "wd" and sym.day.mod in ("", "this")
    if same_weekday and len(readings) > 1 and _passed(readings[0], ctx):
        readings.insert(0, readings.pop(1))  # today's weekday, window passed: next week's
    return readings


def _at_prayer(sym: Sym, days: Days, ctx: Context) -> Sym:
    """The prayer's time on the first day named (from today, for a set of days): a prayer
    moves by a minute or two a day, so over the days of one mention it is read at the
    first one's time; either end of a range may be one ("between Asr and Maghrib")."""
    assert sym.tod is not None
    first = max(days[0][0], ctx.today)

    def at(t: TodSpec | None, end: bool = False) -> TodSpec | None:
        if t is None or not t.prayer:
            return t
        minutes = prayer_window(t.prayer, first, ctx.tz.key)[end]
        return replace(t, h=minutes // 60, m=minutes % 60, h24=True, bare=False, ap="")

    tod = at(sym.tod)
    if tod is not None and tod.kind == "range":  # "between Asr and Maghrib": after the one
        tod = replace(tod, a=at(tod.a, end=True), b=at(tod.b))  # ... until the other's call
    # "not before Dhuhr" is after it, as "after Dhuhr" is: nobody comes during the prayer
    return replace(sym, tod=tod, incl=sym.incl and sym.bound != "after")


def _sun_time(t: TodSpec) -> bool:
    """A clock said by the sun ("before sunset"), not by a prayer (`prayer_times`)."""
    return any(x is not None and x.prayer in SUN_TIMES for x in (t, t.a, t.b))


def _passed(reading: Reading, ctx: Context) -> bool:
    """Today's reading of today's weekday is over: its window ended, or it lies in today
    and the business closed for the day ("Monday after 1", "book gutters for mon" said on
    a Monday at 19:20, after the last closing: next Monday, not the hours left tonight)."""
    if reading.intervals[-1][1] <= ctx.now:
        return True
    if reading.intervals[0][0].date() != ctx.today:
        return False
    if ctx.day_hours is not None and ctx.day_hours.get(ctx.today):
        closing = max(b for _a, b in ctx.day_hours[ctx.today])
    elif ctx.open_hours is not None:
        closing = ctx.open_hours[1]
    else:
        return False
    return ctx.now.hour * 60 + ctx.now.minute >= closing


def _day_options(sym: Sym, ctx: Context) -> tuple[list[Days], bool]:
    """Day options (best first) and whether intervals are clipped to [now, horizon)."""
    if sym.day is not None:
        days = [[(d, d + timedelta(1))] for d in day_dates(sym.day, ctx)]
        return days or [[(ctx.today, ctx.today)]], False
    if sym.span is not None and sym.recur is not None:  # "mornings next week"
        lo, hi = span_ranges(sym.span, ctx)[0]
        days_in = [lo + timedelta(i) for i in range((hi - lo).days)]
        return [[(d, d + timedelta(1)) for d in days_in if d.weekday() in sym.recur]], True
    if sym.span is not None:
        return [[r] for r in span_ranges(sym.span, ctx)], False
    if sym.recur is not None:
        every = [r for r in ctx.every_day() if r[0].weekday() in sym.recur]
        return [every], True
    if ctx.anchor_days and ctx.anchor_alt_days:
        return [ctx.anchor_days, ctx.anchor_alt_days, ctx.every_day()], True
    if ctx.anchor_days:
        return [ctx.anchor_days, ctx.every_day()], True
    every = ctx.every_day()
    return [every, every[:1], every[1:2]], True


# ---------------------------------------------------------------- times of day
def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def hour_readings(t: TodSpec) -> list[int]:
    """Hour readings of a clock, best first (business hours for a bare hour)."""
    if t.h24:
        return [t.h]
    if t.ap == "am":
        return [0 if t.h == 12 else t.h]
    if t.ap == "pm":
        return [12 if t.h == 12 else t.h + 12]
    if t.h == 12:
        return [12, 0]
    if 1 <= t.h <= 6:
        return [t.h + 12, t.h]
    return [t.h, t.h + 12]


def _open_half(hours: list[int], t: TodSpec, open_hours: tuple[int, int] | None) -> list[int]:
    """A bare hour's two readings, the one inside the open hours first: "7ish" at a
    restaurant open 12:00-23:00 is 19:00; at a garage open 07:00-17:00 it stays 07:00."""
    if open_hours is None or len(hours) != 2:
        return hours
    lo, hi = open_hours

    def inside(h: int) -> bool:
        return lo <= h * 60 + t.m < hi

    return hours[::-1] if not inside(hours[0]) and inside(hours[1]) else hours


# The day's edges said of the business's own day: with its hours known, "end of the day"
# is the last hour open (a salon closing at 21:00: 20:00-21:00, not a fixed 16:00-18:00)
# and "first thing" starts at the opening (`_first_thing_end`); per day where the caller
# gives each day's hours (`Context.day_hours`, see `_edge_windows`).
# A business that opens before the usual morning (08:00) but not before this has its
# morning from the opening; so has "before work" (07:00-09:00) at a gym open from 6.
EARLIEST_MORNING = 6 * 60
FROM_EARLY_OPENING = ("morning", "before_work")


def _tod_options(
    t: TodSpec, open_hours: tuple[int, int] | None = None, ruled_out: bool = False
) -> list[TodOption]:
    if t.kind == "pod":
        start, end, _ = PARTS_OF_DAY[t.pod]
        if open_hours is not None and t.pod in ("first_thing", "end_of_day"):
            wide = ruled_out or t.approx  # "not first thing", "first thing if poss"
            edge = ("open" if t.pod == "first_thing" else "close") + ("_wide" if wide else "")
            return [TodOption(*_edge_span(edge, *open_hours), "part_of_day", False, edge=edge)]
        lo = _minutes(start)
        early = open_hours[0] if open_hours is not None else None
        if early is not None and t.pod in FROM_EARLY_OPENING and EARLIEST_MORNING <= early < lo:
            lo = early  # a garage open from 7: its morning starts at 7; a gym's "before work" at 6
        if (
            t.pod in SECOND_MEAL_READING
        ):  # a British "dinner time": the evening meal is the other reading
            e0, e1, _ = PARTS_OF_DAY[SECOND_MEAL_READING[t.pod]]
            return [
                TodOption(lo, _minutes(end), "part_of_day", False),
                TodOption(_minutes(e0), _minutes(e1), "part_of_day", False),
            ]
        return [TodOption(lo, _minutes(end), "part_of_day", False)]
    if t.kind == "clock" and t.prayer:  # from the call to the end of the congregation's prayer
        call = t.h * 60 + t.m  # ... or a sun time, a moment: bounds at it on both sides
        if t.approx and t.prayer in SUN_TIMES:  # "around sunset": the hour about it (G48)
            return [TodOption(call - 30, call + 30, "minute", False, approx=True)]
        return [TodOption(call, prayer_end(t.prayer, call), "minute", t.prayer in SUN_TIMES)]
    if t.kind == "clock":
        out = []
        step = 60 if t.grain == "hour" else 1
        for h in _open_half(hour_readings(t), t, open_hours):
            m = h * 60 + t.m
            if t.approx:
                out.append(TodOption(m - 30, m + 30, t.grain, False, approx=True))
            else:
                out.append(TodOption(m, m + step, t.grain, True))
        return out
    assert t.a is not None and t.b is not None
    a_opts = [h * 60 + t.a.m for h in hour_readings(t.a)]
    b_opts = [h * 60 + t.b.m for h in hour_readings(t.b)]
    a_fixed = t.a.h24 or bool(t.a.ap)
    b_fixed = t.b.h24 or bool(t.b.ap)
    grain = "minute" if (t.a.m or t.b.m) else "hour"
    if b_fixed and not a_fixed:
        b = b_opts[0]
        below = [a for a in (a_opts[0] % 720, a_opts[0] % 720 + 720) if a < b]
        a = max(below) if below else a_opts[0]
        return [TodOption(a, b, grain, False)]
    out = []
    for a in a_opts:
        if b_fixed:
            b = b_opts[0]
        else:
            base = t.b.h % 12 * 60 + t.b.m
            b = next(x for x in (base, base + 720, base + 1440, base + 2160) if x > a)
        if b <= a:
            b += 1440
        out.append(TodOption(a, b, grain, False))
    return _open_range(out, open_hours) if not (a_fixed or b_fixed) else out


def _open_range(options: list[TodOption], open_hours: tuple[int, int] | None) -> list[TodOption]:
    """A range of bare hours, the half of the day the business keeps open first: "8 till
    11" at a studio open 12:00-23:00 is 20:00-23:00; at a garage open 07:00-17:00 it stays
    08:00-11:00. The reading that overlaps the open hours most leads (ties keep the order)."""
    if open_hours is None or len(options) < 2:
        return options
    lo, hi = open_hours

    def overlap(o: TodOption) -> int:
        return max(0, min(o.end, hi) - max(o.start, lo))

    return sorted(options, key=lambda o: -overlap(o))


# ---------------------------------------------------------------- intervals
def _at(d: date, minutes: int, tz: ZoneInfo) -> datetime:
    d = d + timedelta(minutes // 1440)
    m = minutes % 1440
    return datetime.combine(d, time(m // 60, m % 60), tzinfo=tz)


def _days_of(days: Days) -> list[date]:
    return [d0 + timedelta(i) for d0, d1 in days for i in range((d1 - d0).days)]


def _intervals(days: Days, tod: TodOption | None, ctx: Context) -> list[Interval]:
    if tod is None:
        return [(_at(d0, 0, ctx.tz), _at(d1, 0, ctx.tz)) for d0, d1 in days if d1 > d0]
    out = []
    for d in _days_of(days):
        start, end = _at(d, tod.start, ctx.tz), _at(d, tod.end, ctx.tz)
        if tod.edge and ctx.day_hours and d in ctx.day_hours:
            out.extend(_edge_windows(d, tod.edge, ctx.day_hours[d], ctx))
            continue
        if tod.start == 0 and tod.end == 1440 and d == ctx.today:
            start = max(start, ctx.now)  # "later today"
        out.append((start, end))
    return out


# "First thing" / "last thing", "end of the day" with the hours known are the opening /
# closing slot: the visit starts at the opening, or ends at the closing, or within this
# many minutes of it (a 20-minute check: 08:00 or 08:10; a visit of half an hour or
# more: 08:00 only, as `windows._holding` grows the window to hold it). Writers mean
# the day's first / last appointment (was the first hour and a half, the last hour).
EDGE_SLOT_MINUTES = 30


def _edge_span(edge: str, opening: int, closing: int) -> tuple[int, int]:
    """The window of a day's edge (`TodOption.edge`) for a day open `opening`-`closing`.
    Ruled out ("not first thing", "any time but the end of the day") or hedged ("first
    thing if poss", "the 29th, first thing?": `_wide`), an edge is the early / late part
    of the day: the first hour and a half (not past the usual first-thing window's end,
    11:00, unless the opening is late: then its first hour) / the last hour ("not first
    thing" at a pharmacy open at 9 leaves 10:30 on)."""
    if edge == "open":
        return opening, opening + EDGE_SLOT_MINUTES
    if edge == "close":
        return closing - EDGE_SLOT_MINUTES, closing
    if edge == "close_wide":
        return closing - 60, closing
    usual_end = _minutes(PARTS_OF_DAY["first_thing"][1])
    return opening, max(opening + 60, min(opening + 90, usual_end))


def _edge_windows(
    d: date, edge: str, hours: Sequence[tuple[int, int]], ctx: Context
) -> list[Interval]:
    """A day's edge on day `d` from the hours each resource keeps that day: "end of the
    day" is the last slot before the last closing; "first thing" the first slot after
    each opening within the hour after the first (the dentist at 8, the hygienist at 9:
    either's first slot)."""
    if edge.startswith("close"):
        lo, hi = _edge_span(edge, 0, max(b for _, b in hours))
        return [(_at(d, lo, ctx.tz), _at(d, hi, ctx.tz))]
    first, *later = sorted({a for a, _ in hours})
    spans = [_edge_span(edge, a, 0) for a in [first, *later] if a <= first + 60]
    return [(_at(d, a, ctx.tz), _at(d, b, ctx.tz)) for a, b in spans]


def _until(edge: datetime, ctx: Context) -> list[Interval]:
    """From now to `edge`; an `edge` already past keeps an open bound's width before it."""
    return [(ctx.now if edge > ctx.now else edge - OPEN_BOUND, edge)]


def _bounded(sym: Sym, days: Days, tod: TodOption | None, ctx: Context) -> list[Interval]:
    if tod is not None and sym.by_end and sym.bound == "before" and not tod.edge:
        if sym.day is None:  # "lunchtime at the latest": before each day's lunch ends
            return [(_at(d, 0, ctx.tz), _at(d, tod.end, ctx.tz)) for d in _days_of(days)]
        # "tomorrow morning at the latest": from now to the end of that morning
        edge = _at(max(_days_of(days)), tod.end, ctx.tz)
        return _until(edge, ctx)
    if tod is not None and sym.from_now and sym.bound == "before" and sym.day is not None:
        # "by friday 5pm", "b4 friday arvo": from now to that clock, or that part's start
        edge = _at(max(_days_of(days)), tod.start, ctx.tz)
        return _until(edge, ctx)
    if tod is not None:
        out = []
        for d in _days_of(days):
            if sym.bound == "before":
                out.append((_at(d, 0, ctx.tz), _at(d, tod.start, ctx.tz)))
            else:
                if tod.approx:  # "like 1 or later", "after 2ish": from the clock itself
                    minute = (tod.start + tod.end) // 2
                else:
                    minute = tod.start if tod.clock or sym.incl else tod.end
                out.append((_at(d, minute, ctx.tz), _at(d + timedelta(1), 0, ctx.tz)))
        return out
    first_day, last_day = days[0][0], days[-1][1]
    if sym.bound == "before":
        edge = _at(last_day if sym.incl else first_day, 0, ctx.tz)
        return _until(edge, ctx)
    # "after the 5th" starts on the 6th, as writers mean it; "from the 5th", "not before
    # the 5th" on the 5th (inclusive cues, lexicon.BOUND_PREFIX)
    edge = _at(first_day if sym.incl else last_day, 0, ctx.tz)
    return [(edge, ctx.horizon if edge < ctx.horizon else edge + OPEN_BOUND)]


# A bound whose edge lies outside [now, horizon) ("before 2010", "after 2030") keeps
# its edge: the interval runs this far on the open side instead of being clipped away.
OPEN_BOUND = timedelta(days=365 * 100)


def _first_thing(sym: Sym) -> bool:
    return sym.tod is not None and sym.tod.kind == "pod" and sym.tod.pod == "first_thing"


def _grain(sym: Sym, tod: TodOption | None) -> str:
    if tod is not None:
        return tod.grain
    if sym.span is not None:
        grains = {"week": "week", "weekend": "week", "weekof": "week", "month": "month"}
        grains["months"] = "month"
        return {**grains, "year": "year", "quarter": "month"}.get(sym.span.kind, "day")
    return "day"


# ---------------------------------------------------------------- labels
def _label_day(d: date) -> str:
    return f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]}"


def _label_dt(t: datetime) -> str:
    return f"{_label_day(t.date())} {t:%H:%M}"


def _label_iv(s: datetime, e: datetime) -> str:
    midnight = time(0, 0)
    if s.time() == midnight and e.time() == midnight:
        last = e.date() - timedelta(1)
        if last == s.date():
            return _label_day(s.date())
        return f"{_label_day(s.date())} - {_label_day(last)}"
    if e.date() == s.date() or (e.time() == midnight and e.date() == s.date() + timedelta(1)):
        end = "24:00" if e.time() == midnight else f"{e:%H:%M}"
        return f"{_label_day(s.date())} {s:%H:%M}-{end}"
    return f"{_label_dt(s)} - {_label_dt(e)}"


def _label(sym: Sym, iv: list[Interval], tod: TodOption | None) -> str:
    prefix = "not " if sym.negated else ""
    if (
        (sym.by_end or sym.from_now)
        and sym.bound == "before"
        and sym.day is not None
        and len(iv) == 1
    ):
        return f"{prefix}before {_label_dt(iv[0][1])}"  # "tomorrow morning at the latest"
    if sym.bound and tod is not None:
        if sym.bound == "after" and tod.approx:
            edge = (tod.start + tod.end) // 2
        else:
            edge = tod.start if sym.bound == "before" or tod.clock or sym.incl else tod.end
            if sym.by_end and sym.bound == "before":
                edge = tod.end
        hhmm = f"{edge // 60 % 24:02d}:{edge % 60:02d}"
        where = ""
        if 1 <= len(iv) <= 3:  # "after 14:00 on Wed 2 Dec, Fri 4 Dec"; more is every day
            where = " on " + ", ".join(_label_day(s.date()) for s, _ in iv)
        return f"{prefix}{sym.bound} {hhmm}{where}"
    if sym.bound and len(iv) == 1:
        s, e = iv[0]
        if sym.bound == "before":
            if sym.incl:
                return f"{prefix}by {_label_day((e - timedelta(microseconds=1)).date())}"
            return f"{prefix}before {_label_day(e.date())}"
        if sym.incl:
            return f"{prefix}from {_label_day(s.date())}"
        return f"{prefix}after {_label_day((s - timedelta(days=1)).date())}"
    if len(iv) == 1:
        return prefix + _label_iv(*iv[0])
    if tod is not None:
        s, e = iv[0]
        end = "24:00" if e.time() == time(0) else f"{e:%H:%M}"
        return f"{prefix}{len(iv)} days {s:%H:%M}-{end}, first {_label_day(s.date())}"
    return f"{prefix}{len(iv)} intervals, first {_label_iv(*iv[0])}"
