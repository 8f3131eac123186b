"""Grounding: a `Sym` plus a reference time and zone becomes concrete intervals.

Nothing reads the clock: `now`, the zone and the horizon are arguments. Local wall
times are built per calendar day and given the zone's tzinfo, so a part of the day on
a DST change day is still its wall-clock window (12:00-17:00 stays 12:00-17:00).

A reading is built from *day options* (which days: best first, then alternatives)
crossed with *time-of-day options* (which hours of those days).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from slotwise.extractor.grounding.lexicon import (
    HOLIDAY_DATES,
    MONTH_NAMES,
    PARTS_OF_DAY,
    WEEKDAY_NAMES,
)
from slotwise.extractor.grounding.mention import Interval, Reading
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

DayRange = tuple[date, date]  # [first day, day after the last)
Days = list[DayRange]


@dataclass(frozen=True)
class TodOption:
    """A window of the day in minutes from midnight (end may pass 24:00)."""

    start: int
    end: int
    grain: str
    clock: bool  # a clock time: bounds use its start on both sides


@dataclass
class Context:
    now: datetime  # in the zone
    tz: ZoneInfo
    horizon: datetime
    anchor_days: Days | None = None
    anchor_week: date | None = None  # Monday of the week a bare weekday is read in

    @property
    def today(self) -> date:
        return self.now.date()

    def every_day(self) -> Days:
        last = (self.horizon - timedelta(microseconds=1)).date()
        n = (last - self.today).days + 1
        return [
            (self.today + timedelta(d), self.today + timedelta(d + 1)) for d in range(max(n, 1))
        ]


def resolve(sym: Sym, ctx: Context) -> list[Reading]:
    """Readings of a symbolic time, best first; [] when it has none (a duration)."""
    if sym.duration is not None:
        return []
    if sym.rel_minutes is not None:
        t = ctx.now + timedelta(minutes=sym.rel_minutes)
        grain = "hour" if sym.rel_minutes % 60 == 0 else "minute"
        end = t + (timedelta(hours=1) if grain == "hour" else timedelta(minutes=1))
        return [Reading(((t, end),), grain, _label_dt(t))]
    day_opts, clip = _day_options(sym, ctx)
    tod_opts: list[TodOption | None] = list(_tod_options(sym.tod)) if sym.tod else [None]
    if sym.bound:
        clip = sym.tod is not None  # a day bound keeps its edge (see `_bounded`)
    combos = [(d, tod_opts[0]) for d in day_opts] + [(day_opts[0], t) for t in tod_opts[1:]]
    readings: list[Reading] = []
    for days, tod in combos:
        iv = _bounded(sym, days, tod, ctx) if sym.bound else _intervals(days, tod, ctx)
        if clip:
            iv = _clip(iv, ctx.now, ctx.horizon)
        if not iv:
            continue
        grain = _grain(sym, tod)
        reading = Reading(tuple(sorted(iv)), grain, _label(sym, iv, tod))
        if reading not in readings:
            readings.append(reading)
    same_weekday = sym.day is not None and sym.day.kind == "wd" and sym.day.mod in ("", "this")
    if same_weekday and len(readings) > 1 and readings[0].intervals[-1][1] <= ctx.now:
        readings.insert(0, readings.pop(1))  # today's weekday, window passed: next week's
    return readings


# ---------------------------------------------------------------- days
def _day_options(sym: Sym, ctx: Context) -> tuple[list[Days], bool]:
    """Day options (best first) and whether intervals are clipped to [now, horizon)."""
    if sym.day is not None:
        days = [[(d, d + timedelta(1))] for d in day_dates(sym.day, ctx)]
        return days or [[(ctx.today, ctx.today)]], False
    if sym.span is not None:
        return [[r] for r in span_ranges(sym.span, ctx)], False
    if sym.recur is not None:
        every = [r for r in ctx.every_day() if r[0].weekday() in sym.recur]
        return [every], True
    if ctx.anchor_days:
        return [ctx.anchor_days, ctx.every_day()], True
    every = ctx.every_day()
    return [every, every[:1], every[1:2]], True


def day_dates(spec: DaySpec, ctx: Context) -> list[date]:
    """Dates a day spec may mean, best first."""
    today = ctx.today
    if spec.kind == "rel":
        return [today + timedelta(n) for n in (spec.n, *(a for a, _ in spec.alts))]
    if spec.kind == "relm":
        return [add_months(today, spec.n)]
    if spec.kind == "hol":
        return _holiday_dates(spec, today)
    if spec.kind == "wd":
        return _weekday_dates(spec, ctx)
    if spec.kind == "dom":
        return _dom_dates(spec, today)
    return _md_dates(spec, today)


def _weekday_dates(spec: DaySpec, ctx: Context) -> list[date]:
    today, wd, mod = ctx.today, spec.n, spec.mod
    cur = today.weekday()
    monday = today - timedelta(cur)
    nearest = today + timedelta((wd - cur) % 7)
    nearest_after = nearest if nearest != today else today + timedelta(7)
    if mod in ("", "this"):
        out = [nearest, nearest + timedelta(7)] if nearest == today else [nearest]
        if not mod and ctx.anchor_week is not None:
            in_week = ctx.anchor_week + timedelta(wd)
            if in_week >= today and in_week != out[0]:
                out = [in_week, *[d for d in out if d != in_week]]
        return out
    if mod == "next":
        best = monday + timedelta(7 + wd)
        return [best] + ([nearest_after] if nearest_after != best else [])
    if mod == "nextweek":
        return [monday + timedelta(7 + wd)]
    if mod == "week2":
        return [monday + timedelta(14 + wd)]
    if mod == "thisweek":
        return [monday + timedelta(wd)]
    if mod == "afternext":
        return [nearest_after + timedelta(7)]
    if mod == "lastweek":
        return [monday - timedelta(7 - wd)]
    # "last/previous Monday" mirrors "next Monday": Monday of the previous calendar week
    # [the most recent Monday]
    best, recent = monday - timedelta(7 - wd), today - timedelta((cur - wd) % 7 or 7)
    return [best] + ([recent] if recent != best else [])


def _holiday_date(key: str, year: int) -> date:
    if key in HOLIDAY_DATES:
        return date(year, *HOLIDAY_DATES[key])
    if key in ("easter", "easter_monday", "good_friday"):  # Meeus/Jones/Butcher computus
        a, b, c = year % 19, year // 100, year % 100
        g = (b - (b + 8) // 25 + 1) // 3
        h = (19 * a + b - b // 4 - g + 15) % 30
        wk = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
        m = (a + 11 * h + 22 * wk) // 451
        month, day = divmod(h + wk - 7 * m + 114, 31)
        easter = date(year, month, day + 1)
        return easter + timedelta({"easter": 0, "easter_monday": 1, "good_friday": -2}[key])
    month, weekday, nth = _NTH_WEEKDAY_HOLIDAYS[key]
    first = date(year, month, 1)
    if nth < 0:  # the last such weekday of the month
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta((last.weekday() - weekday) % 7)
    d = first + timedelta((weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return d + timedelta({"black_friday": 1, "cyber_monday": 4}.get(key, 0))


# month, weekday, which one (-1 = last); Black Friday / Cyber Monday follow Thanksgiving.
_NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "black_friday": (11, 3, 4),
    "cyber_monday": (11, 3, 4),
    "memorial_day": (5, 0, -1),
    "labor_day": (9, 0, 1),
    "mothers_day": (5, 6, 2),
    "fathers_day": (6, 6, 3),
}


def _holiday_dates(spec: DaySpec, today: date) -> list[date]:
    """A named day: in the year said; the last one before today ("last easter"); else the
    next one on or after today."""
    if spec.year:
        return [_holiday_date(spec.mod, spec.year)]
    this = _holiday_date(spec.mod, today.year)
    if spec.n < 0:
        return [this if this < today else _holiday_date(spec.mod, today.year - 1)]
    return [this if this >= today else _holiday_date(spec.mod, today.year + 1)]


def add_months(d: date, n: int) -> date:
    """The same day of the month n months later (earlier when n < 0), clamped."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _next_dom(d: int, start: date) -> date | None:
    y, m = start.year, start.month
    for _ in range(24):
        day = _valid(y, m, d)
        if day is not None and day >= start:
            return day
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None


def _dom_dates(spec: DaySpec, today: date) -> list[date]:
    if spec.mod == "nextmonth":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        in_next = _next_dom(spec.n, date(y, m, 1))
        return [in_next] if in_next else []
    nearest = _next_dom(spec.n, today)
    if nearest is None:
        return []
    if spec.weekday < 0:
        return [nearest]
    match, start = None, today
    for _ in range(24):
        cand = _next_dom(spec.n, start)
        if cand is None:
            break
        if cand.weekday() == spec.weekday:
            match = cand
            break
        start = cand + timedelta(1)
    if match is None or match == nearest:
        return [nearest]
    if (match - today).days <= 366:
        return [match, nearest]
    return [nearest, match]


def _md_dates(spec: DaySpec, today: date) -> list[date]:
    out: list[date] = []
    for month, day in ((spec.month, spec.n), *spec.alts):
        if spec.year:
            d = _valid(spec.year, month, day)
        else:
            d = None
            for y in range(today.year, today.year + 5):
                cand = _valid(y, month, day)
                if cand is not None and cand >= today:
                    d = cand
                    break
        if d is not None and d not in out:
            out.append(d)
    return out


def span_ranges(spec: SpanSpec, ctx: Context) -> list[DayRange]:
    """Day ranges a span may mean, best first."""
    today = ctx.today
    cur = today.weekday()
    monday = today - timedelta(cur)
    if spec.kind == "week":
        start = monday + timedelta(7 * spec.n)
        lo, hi = {"early": (0, 3), "mid": (1, 4), "late": (3, 5), "end": (3, 5)}.get(
            spec.part, (0, 7)
        )
        r = (start + timedelta(lo), start + timedelta(hi))
        if spec.n == 0:
            r = (max(r[0], today), r[1])
            if r[0] >= r[1]:
                r = (start + timedelta(7 + lo), start + timedelta(7 + hi))
        return [r]
    if spec.kind == "weekend":
        if cur == 5:
            this = (today, today + timedelta(2))
        elif cur == 6:
            this = (today, today + timedelta(1))
        else:
            this = (monday + timedelta(5), monday + timedelta(7))
        if spec.n == 0:
            return [this]
        nxt = (monday + timedelta(12), monday + timedelta(14))
        return [nxt] + ([this] if this != nxt else [])
    if spec.kind == "month":
        return [_month_range(spec, today)]
    if spec.kind == "days":
        if spec.n < 0:
            return [(today + timedelta(spec.n), today)]
        return [(today, today + timedelta(spec.n + 1))]
    if spec.kind == "months":
        return [(add_months(today, spec.n), today)]
    if spec.kind == "year":
        return [_year_range(spec, today)]
    if spec.kind == "quarter":
        return [_quarter_range(spec, today)]
    if spec.kind == "spans":
        return _spans_range(spec, ctx)
    if spec.kind == "nthweek":  # the week holding the span's n-th (or last) Thursday
        assert isinstance(spec.lo, SpanSpec)
        out = []
        for first, end in span_ranges(replace(spec.lo, part=""), ctx):
            first = first.replace(day=1) if spec.lo.kind == "month" else first
            thursdays = [first + timedelta(i) for i in range((end - first).days)]
            thursdays = [d for d in thursdays if d.weekday() == 3]
            if len(thursdays) >= abs(spec.n):
                t = thursdays[spec.n - 1 if spec.n > 0 else spec.n]
                out.append((t - timedelta(3), t + timedelta(4)))
        return out
    if spec.kind == "weekof":
        assert spec.start is not None
        mondays = [d - timedelta(d.weekday()) for d in day_dates(spec.start, ctx)]
        return [(d, d + timedelta(7)) for d in mondays]
    assert spec.start is not None and spec.end is not None
    out: list[DayRange] = []
    for first in day_dates(spec.start, ctx):
        last = _day_on_or_after(spec.end, first, ctx)
        if last is not None and last >= first:
            out.append((first, last + timedelta(1)))
    return out


def _day_on_or_after(spec: DaySpec, first: date, ctx: Context) -> date | None:
    if spec.kind == "dom":
        return _next_dom(spec.n, first)
    if spec.kind == "wd":
        return first + timedelta((spec.n - first.weekday()) % 7)
    if spec.kind == "md":
        d = _valid(spec.year or first.year, spec.month, spec.n)
        if d is not None and d < first and not spec.year:
            d = _valid(first.year + 1, spec.month, spec.n)
        return d
    dates = day_dates(spec, ctx)
    return dates[0] if dates else None


def _month_range(spec: SpanSpec, today: date) -> DayRange:
    if spec.month:
        year = spec.year or (today.year if spec.month >= today.month else today.year + 1)
        month = spec.month
    else:
        total = today.year * 12 + today.month - 1 + spec.n
        year, month = divmod(total, 12)
        month += 1
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (last - 4, last)}.get(
        spec.part, (1, last)
    )
    r = (date(year, month, lo), date(year, month, hi) + timedelta(1))
    if spec.part == "rest" or r[0] <= today < r[1]:
        r = (max(r[0], today), r[1])
    elif r[1] <= today and spec.month and not spec.year:
        r = (r[0].replace(year=year + 1), date(year + 1, month, hi) + timedelta(1))
    return r


_YEAR_PARTS = {"early": (1, 5), "mid": (5, 9), "late": (9, 13), "end": (9, 13)}


def _year_range(spec: SpanSpec, today: date) -> DayRange:
    """A calendar year (an explicit one, or this year + n); parts are thirds of it."""
    year = spec.year or today.year + spec.n
    if spec.part in ("decade", "century"):
        size = 10 if spec.part == "decade" else 100
        return (date(year, 1, 1), date(year + size, 1, 1))
    lo, hi = _YEAR_PARTS.get(spec.part, (1, 13))
    end = date(year + 1, 1, 1) if hi == 13 else date(year, hi, 1)
    r = (date(year, lo, 1), end)
    if spec.part == "rest" or (not spec.year and spec.n == 0 and not spec.part):
        r = (max(r[0], today), r[1])  # "this year", like "this month": from today
    return r


def _quarter_range(spec: SpanSpec, today: date) -> DayRange:
    """Q1-Q4 of a year (this year's, or next year's when already over), or this + n."""
    if spec.month:
        year = spec.year or today.year + spec.n
        first = date(year, 3 * spec.month - 2, 1)
        if not spec.year and not spec.n and add_months(first, 3) <= today:
            first = date(year + 1, first.month, 1)
    else:
        this = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        first = add_months(this, 3 * spec.n)
    return (first, add_months(first, 3))


def _spans_range(spec: SpanSpec, ctx: Context) -> list[DayRange]:
    """ "from March to May", "2014 to 2018", "Jan 2019 to today": first day to last."""
    assert spec.lo is not None and spec.hi is not None

    def ranges(x: DaySpec | SpanSpec) -> list[DayRange]:
        if isinstance(x, DaySpec):
            return [(d, d + timedelta(1)) for d in day_dates(x, ctx)]
        return span_ranges(x, ctx)

    lo, hi = ranges(spec.lo), ranges(spec.hi)
    if not lo or not hi:
        return []
    first, last = lo[0][0], hi[0][1]
    if last <= first and isinstance(spec.hi, SpanSpec) and spec.hi.month and not spec.hi.year:
        last = last.replace(year=last.year + 1)  # "Nov to March": the March after
    return [(first, last)] if last > first else []


# ---------------------------------------------------------------- times of day
def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _hours(t: TodSpec) -> list[int]:
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


def _tod_options(t: TodSpec) -> list[TodOption]:
    if t.kind == "pod":
        start, end, _ = PARTS_OF_DAY[t.pod]
        return [TodOption(_minutes(start), _minutes(end), "part_of_day", False)]
    if t.kind == "clock":
        out = []
        step = 60 if t.grain == "hour" else 1
        for h in _hours(t):
            m = h * 60 + t.m
            if t.approx:
                out.append(TodOption(m - 30, m + 30, t.grain, False))
            else:
                out.append(TodOption(m, m + step, t.grain, True))
        return out
    assert t.a is not None and t.b is not None
    a_opts = [h * 60 + t.a.m for h in _hours(t.a)]
    b_opts = [h * 60 + t.b.m for h in _hours(t.b)]
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
    return out


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
        if tod.start == 0 and tod.end == 1440 and d == ctx.today:
            start = max(start, ctx.now)  # "later today"
        out.append((start, end))
    return out


def _bounded(sym: Sym, days: Days, tod: TodOption | None, ctx: Context) -> list[Interval]:
    if tod is not None:
        out = []
        for d in _days_of(days):
            if sym.bound == "before":
                out.append((_at(d, 0, ctx.tz), _at(d, tod.start, ctx.tz)))
            else:
                edge = tod.start if tod.clock or sym.incl else tod.end
                out.append((_at(d, edge, ctx.tz), _at(d + timedelta(1), 0, ctx.tz)))
        return out
    first, last = days[0][0], days[-1][1]
    single = sym.day is not None
    if sym.bound == "before":
        edge = _at(last if sym.incl else first, 0, ctx.tz)
        return [(ctx.now if edge > ctx.now else edge - OPEN_BOUND, edge)]
    edge = _at(first if single or sym.incl else last, 0, ctx.tz)
    return [(edge, ctx.horizon if edge < ctx.horizon else edge + OPEN_BOUND)]


# A bound whose edge lies outside [now, horizon) ("before 2010", "after 2030") keeps
# its edge: the interval runs this far on the open side instead of being clipped away.
OPEN_BOUND = timedelta(days=365 * 100)


def _clip(iv: list[Interval], lo: datetime, hi: datetime) -> list[Interval]:
    out = []
    for s, e in iv:
        s2, e2 = max(s, lo), min(e, hi)
        if s2 < e2:
            out.append((s2, e2))
    return out


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
    if sym.bound and tod is not None:
        edge = tod.start if sym.bound == "before" or tod.clock else tod.end
        hhmm = f"{edge // 60 % 24:02d}:{edge % 60:02d}"
        where = f" on {_label_day(iv[0][0].date())}" if len(iv) == 1 else ""
        return f"{prefix}{sym.bound} {hhmm}{where}"
    if sym.bound and len(iv) == 1:
        s, e = iv[0]
        if sym.bound == "before":
            if sym.incl:
                return f"{prefix}by {_label_day((e - timedelta(microseconds=1)).date())}"
            return f"{prefix}before {_label_day(e.date())}"
        return f"{prefix}{'from' if sym.incl else 'after'} {_label_day(s.date())}"
    if len(iv) == 1:
        return prefix + _label_iv(*iv[0])
    if tod is not None:
        s, e = iv[0]
        end = "24:00" if e.time() == time(0) else f"{e:%H:%M}"
        return f"{prefix}{len(iv)} days {s:%H:%M}-{end}, first {_label_day(s.date())}"
    return f"{prefix}{len(iv)} intervals, first {_label_iv(*iv[0])}"
