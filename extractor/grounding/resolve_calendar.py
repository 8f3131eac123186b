"""The calendar half of grounding: which days a day or span of days means.

`day_dates` (a `DaySpec` -> dates, best first) and `span_ranges` (a `SpanSpec` -> day
ranges, best first), given a `Context` (reference time, zone, horizon). `resolve.py`
crosses these days with times of day. Nothing reads the clock.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from slotwise.extractor.grounding.lexicon import EASTER_OFFSETS, HOLIDAY_DATES, LUNAR_NEW_YEAR
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec

DayRange = tuple[date, date]  # [first day, day after the last)
Days = list[DayRange]


@dataclass
class Context:
    now: datetime  # in the zone
    tz: ZoneInfo
    horizon: datetime
    anchor_days: Days | None = None
    anchor_week: date | None = None  # Monday of the week a bare weekday is read in
    anchor_period: Days | None = None  # days of an earlier period a bare weekday falls in
    # "Wednesday or Friday after 2": the bound reads over the whole list (anchor_days);
    # the other reading, the last item alone, is kept as an alternative
    anchor_alt_days: Days | None = None
    # The minutes of the day the business is open in (first opening, last closing): a
    # bare hour ("at 7", "7ish") whose usual half of the day is closed takes the other.
    open_hours: tuple[int, int] | None = None
    # The same per day, where known (a shop closing at 18:00 on Mondays, 19:00 otherwise)
    day_hours: Mapping[date, Sequence[tuple[int, int]]] | None = None

    @property
    def today(self) -> date:
        return self.now.date()

    def every_day(self) -> Days:
        last = (self.horizon - timedelta(microseconds=1)).date()
        n = (last - self.today).days + 1
        return [
            (self.today + timedelta(d), self.today + timedelta(d + 1)) for d in range(max(n, 1))
        ]


# ---------------------------------------------------------------- days
def day_dates(spec: DaySpec, ctx: Context) -> list[date]:
    """Dates a day spec may mean, best first."""
    today = ctx.today
    if spec.kind == "rel":
        return [today + timedelta(n) for n in (spec.n, *(a for a, _ in spec.alts))]
    if spec.kind == "relm":
        return [add_months(today, spec.n)]
    if spec.kind == "hol":
        return _holiday_dates(spec, today)
    if spec.kind == "shift":
        assert spec.base is not None
        move = (lambda d: add_months(d, spec.n)) if spec.mod == "month" else None
        return [move(d) if move else d + timedelta(spec.n) for d in day_dates(spec.base, ctx)]
    if spec.kind == "nthwd":
        return _nth_weekday_dates(spec, ctx)
    if spec.kind in ("wdafter", "wdbefore"):
        assert spec.base is not None
        sign = 1 if spec.kind == "wdafter" else -1
        return [
            b + timedelta(sign * ((sign * (spec.n - b.weekday()) - 1) % 7 + 1))
            for b in day_dates(spec.base, ctx)
        ]
    if spec.kind == "wdof":  # "Tuesday 23rd ... that Saturday": the Saturday of its week
        assert spec.base is not None
        # "the 14th or the 15th ... that Sunday": the day of the list that is a Sunday
        listed = [d for s in (*spec.among, spec.base) for d in day_dates(s, ctx)[:1]]
        on_it = [d for d in listed if d.weekday() == spec.n]
        if on_it:
            return on_it
        return [b + timedelta(spec.n - b.weekday()) for b in day_dates(spec.base, ctx)]
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
        if not mod and ctx.anchor_period is not None:
            inside = [
                d
                for a, b in ctx.anchor_period
                for d in (a + timedelta(k) for k in range((b - a).days))
                if d.weekday() == wd and d >= today
            ]
            if inside:
                return [*inside, *[d for d in out if d not in inside]]
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
        # "the Wednesday after next" said on a Tuesday: tomorrow is no "next Wednesday"
        # (one says "tomorrow"), so the one after next is a fortnight on [a week on] (G29)
        if nearest_after == today + timedelta(1):
            return [nearest_after + timedelta(14), nearest_after + timedelta(7)]
        return [nearest_after + timedelta(7)]
    if mod == "beforelast":  # "the Tuesday before last"
        return [monday - timedelta(14 - wd)]
    if mod == "recent":  # "this past Tuesday": the most recent one
        return [today - timedelta((cur - wd) % 7 or 7)]
    if mod == "lastweek":
        return [monday - timedelta(7 - wd)]
    # "last/previous Monday" mirrors "next Monday": Monday of the previous calendar week
    # [the most recent Monday]
    best, recent = monday - timedelta(7 - wd), today - timedelta((cur - wd) % 7 or 7)
    return [best] + ([recent] if recent != best else [])


def _holiday_date(key: str, year: int) -> date:
    if key in HOLIDAY_DATES:
        return date(year, *HOLIDAY_DATES[key])
    if key == "lunar_new_year":  # a lunar date: the table's (the last one it holds after)
        month, day = LUNAR_NEW_YEAR.get(year, LUNAR_NEW_YEAR[max(LUNAR_NEW_YEAR)])
        return date(year, month, day)
    if key in EASTER_OFFSETS:  # Meeus/Jones/Butcher computus
        a, b, c = year % 19, year // 100, year % 100
        g = (b - (b + 8) // 25 + 1) // 3
        h = (19 * a + b - b // 4 - g + 15) % 30
        wk = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
        m = (a + 11 * h + 22 * wk) // 451
        month, day = divmod(h + wk - 7 * m + 114, 31)
        easter = date(year, month, day + 1)
        return easter + timedelta(EASTER_OFFSETS[key])
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
    "mlk_day": (1, 0, 3),
    "presidents_day": (2, 0, 3),
    "columbus_day": (10, 0, 2),
    "labor_day": (9, 0, 1),
    "mothers_day": (5, 6, 2),
    "fathers_day": (6, 6, 3),
}


# How long after a named day "after Easter" still means that one, not next year's.
RECENT_DAYS = 31


def _holiday_dates(spec: DaySpec, today: date) -> list[date]:
    """A named day: in the year said; the last one before today ("last easter"); the one
    just past when it was at most `RECENT_DAYS` ago (n = -2: "after Easter" said the week
    after it, "between Christmas and New Year" said on the 29th); else the next one on
    or after today."""
    if spec.year:
        return [_holiday_date(spec.mod, spec.year)]
    this = _holiday_date(spec.mod, today.year)
    if spec.n == -2:
        last = this if this < today else _holiday_date(spec.mod, today.year - 1)
        if (today - last).days <= RECENT_DAYS:
            return [last]
        return [this if this >= today else _holiday_date(spec.mod, today.year + 1)]
    if spec.n < 0:
        return [this if this < today else _holiday_date(spec.mod, today.year - 1)]
    return [this if this >= today else _holiday_date(spec.mod, today.year + 1)]


def _nth_weekday_dates(spec: DaySpec, ctx: Context) -> list[date]:
    """The n-th (or last) given weekday of a month; a month said without a year whose
    day is already past moves to the next year ("the first Monday of November")."""
    assert spec.within is not None
    out: list[date] = []
    for first, _ in span_ranges(replace(spec.within, part=""), ctx):
        d = _nth_weekday(first.year, first.month, spec.weekday, spec.n)
        w = spec.within
        if d is not None and d < ctx.today and w.month and not w.year:
            d = _nth_weekday(first.year + 1, first.month, spec.weekday, spec.n)
        if d is not None:
            out.append(d)
    return out


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th (n = -1: last) `weekday` of the month; any day when weekday is -1."""
    if weekday < 0:
        return (
            _valid(year, month, n)
            if n > 0
            else _valid(year, month, calendar.monthrange(year, month)[1])
        )
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta((last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta((weekday - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


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


# A numeric date's order ("12/3": month first in MDY) gives way to the other when its
# reading is more than half a year off (a day already past this year) and the other's
# falls within the next two months: no one books "2/3" eleven months ahead by a date
# whose other reading is next week.
_FAR = 183
_NEAR = 62


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
    if not spec.year and len(out) > 1 and (out[0] - today).days > _FAR:
        # "2/3" said on 22 Feb in MDY: not 3 Feb next year but 2 Mar, the other order
        near = [d for d in out[1:] if (d - today).days <= _NEAR]
        if near:
            out = [near[0], *[d for d in out if d != near[0]]]
    if spec.weekday >= 0 and out and out[0].weekday() != spec.weekday:
        # "wednesday 10/3": of the two orders of a numeric date, the one on that weekday
        fits = [d for d in out if d.weekday() == spec.weekday]
        if fits:
            return [fits[0], *[d for d in out if d != fits[0]]]
    if spec.weekday >= 0 and not spec.year and out and out[0].weekday() != spec.weekday:
        match = _md_on_weekday(spec.month, spec.n, spec.weekday, today)
        if match is not None:
            out = [match, *[d for d in out if d != match]]
    return out


def _md_on_weekday(month: int, day: int, weekday: int, today: date) -> date | None:
    """ "Friday, June 15" when the next June 15 is no Friday: the one within a year
    either side that is, the coming one first ("this Friday-Jun-15" said days later)."""
    cands = [_valid(y, month, day) for y in (today.year - 1, today.year, today.year + 1)]
    fits = [d for d in cands if d is not None and d.weekday() == weekday]
    fits = [d for d in fits if abs((d - today).days) <= 366]
    ahead = [d for d in fits if d >= today]
    if ahead:
        return ahead[0]
    return fits[-1] if fits else None


# The days of a week a part of it says (from Monday, end exclusive): "early next week"
# Monday and Tuesday (to Wednesday with one of them ruled out, `week_said_later.
# widen_early_week`), "midweek" Tuesday to Thursday, "the end of the week" Thursday and
# Friday.
_WEEK_PARTS = {
    "early": (0, 2),
    "early_wide": (0, 3),
    "mid": (1, 4),
    "late": (3, 5),
    "end": (3, 5),
}
# A part's core and its fringe: the early days of a week are surely its Monday and
# Tuesday and may run to Wednesday (writers who stop at Tuesday reject a Wednesday offer;
# a Wednesday named later, "ok wed at 12 then", is still early in the week). The fringe
# is the part's second reading (`week_ranges`), which a session widens a held part to
# when a later day falls inside it (`conversation_revise.revise`).
_WEEK_PART_FRINGE = {"early": "early_wide"}


def _part_ranges(monday: date, part: str) -> list[DayRange]:
    """The days of `part` of the week from `monday`, its core first, then its fringe."""
    out = []
    for p in (part, _WEEK_PART_FRINGE.get(part)):
        if p is not None:
            lo, hi = _WEEK_PARTS.get(p, (0, 5) if p == "work" else (0, 7))
            out.append((monday + timedelta(lo), monday + timedelta(hi)))
    return out


def span_ranges(spec: SpanSpec, ctx: Context) -> list[DayRange]:
    """Day ranges a span may mean, best first."""
    today = ctx.today
    cur = today.weekday()
    monday = today - timedelta(cur)
    if spec.kind == "week":
        start = monday + timedelta(7 * spec.n)
        lo, hi = _WEEK_PARTS.get(spec.part, (0, 5) if spec.part == "work" else (0, 7))
        r = (start + timedelta(lo), start + timedelta(hi))
        if spec.part == "after_today" and spec.n == 0:  # "later this week": tomorrow to Sunday
            later = (min(today + timedelta(1), r[1] - timedelta(1)), r[1])
            return [later, (today, r[1])]
        if spec.n == 0:
            if r[1] <= today:  # "early this week" said on Friday: next week's
                return [(start + timedelta(7 + lo), start + timedelta(7 + hi))]
            return _whole_then_rest(r, today)  # "this week": the whole week [from today]
        return _part_ranges(start, spec.part)  # "early next week": its core, then fringe
    if spec.kind == "weekend":
        if cur == 5:
            this = (today, today + timedelta(2))
        elif cur == 6:
            this = (today, today + timedelta(1))
        else:
            this = (monday + timedelta(5), monday + timedelta(7))
        if spec.n == 0:
            return [this]
        if spec.n == 2:  # "the weekend after next"
            return [(monday + timedelta(19), monday + timedelta(21))]
        nxt = (monday + timedelta(12), monday + timedelta(14))
        return [nxt] + ([this] if this != nxt else [])
    if spec.kind == "month":
        return _month_range(spec, today)
    if spec.kind == "days":
        if spec.n < 0:
            return [(today + timedelta(spec.n), today)]
        tomorrow = today + timedelta(1)  # "the next 3 days": 3 whole days [today's too]
        return [(tomorrow, tomorrow + timedelta(spec.n)), (today, tomorrow + timedelta(spec.n))]
    if spec.kind == "ahead":  # "the next 2 weeks", "the next 3 months": from tomorrow
        tomorrow = today + timedelta(1)
        end = add_months(tomorrow, spec.n) if spec.month else tomorrow + timedelta(spec.n)
        return [(tomorrow, end), (today, end)]
    if spec.kind == "months":
        return [(add_months(today, spec.n), today)]
    if spec.kind == "decade":  # "the next decade": n decades on, `month` of them
        decade = (today.year // 10 + spec.n) * 10
        return [(date(decade, 1, 1), date(decade + 10 * max(spec.month, 1), 1, 1))]
    if spec.kind == "bdays":
        return [_business_days(today, spec.n)]
    if spec.kind == "isoweek":
        assert isinstance(spec.lo, SpanSpec)
        out = []
        for first, _ in span_ranges(spec.lo, ctx):
            if 1 <= spec.n <= date(first.year, 12, 28).isocalendar()[1]:
                monday = date.fromisocalendar(first.year, spec.n, 1)
                out.append((monday, monday + timedelta(7)))
        return out
    if spec.kind == "year":
        return _year_range(spec, today)
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
        days = day_dates(spec.start, ctx)
        if spec.part == "after":  # "later that week": the days after it, to Sunday
            return [
                (d + timedelta(1), d + timedelta(7 - d.weekday())) for d in days if d.weekday() < 6
            ]
        if spec.part == "before":  # "earlier that week": Monday to the day before it
            return [(d - timedelta(d.weekday()), d) for d in days if d.weekday() > 0]
        if spec.part == "weekend":  # "the weekend of the 20th": that week's Sat and Sun
            saturdays = [d + timedelta(5 - d.weekday()) for d in days]
            return [(d, d + timedelta(2)) for d in saturdays]
        if spec.part == "lead":  # "the week before" a day: the week leading up to it,
            # its own weekdays for a weekend day (a Saturday wedding), else the week before
            return [
                (d - timedelta(d.weekday()), d)
                if d.weekday() >= 5
                else (d - timedelta(d.weekday() + 7), d - timedelta(d.weekday()))
                for d in days
            ]
        mondays = [d - timedelta(d.weekday()) for d in days]
        if spec.part in _WEEK_PART_FRINGE and len(mondays) == 1:  # "early the week after"
            return _part_ranges(mondays[0], spec.part)
        lo, hi = _WEEK_PARTS.get(spec.part, (0, 7))
        return [(d + timedelta(lo), d + timedelta(hi)) for d in mondays]
    assert spec.start is not None and spec.end is not None
    ranges: list[DayRange] = []
    for start_day in day_dates(spec.start, ctx):
        last = _day_on_or_after(spec.end, start_day, ctx)
        if last is not None and last >= start_day:
            ranges.append((start_day, last + timedelta(1)))
    return ranges


def _business_days(today: date, n: int) -> DayRange:
    """n Monday-Friday days after today (n > 0) or before it (n < 0), as one range."""
    step = 1 if n > 0 else -1
    d, left = today, abs(n)
    while left:
        d += timedelta(step)
        if d.weekday() < 5:
            left -= 1
    return (today + timedelta(1), d + timedelta(1)) if n > 0 else (d, today)


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


def _whole_then_rest(r: DayRange, today: date) -> Days:
    """A period that holds today ("this week", "this month", "this year"): the whole
    period, as Recognizers-Text reads it (the solver never proposes the past anyway),
    then the rest of it from today as the alternative."""
    if r[0] < today < r[1]:
        return [r, (today, r[1])]
    return [r]


def _month_range(spec: SpanSpec, today: date) -> Days:
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
    if spec.part == "after_today" and r[0] <= today < r[1]:  # "later this month"
        return [(min(today + timedelta(1), r[1] - timedelta(1)), r[1]), (today, r[1])]
    if spec.part == "rest":
        return [(max(r[0], today), r[1])]
    if r[0] <= today < r[1]:
        return _whole_then_rest(r, today)
    if r[1] <= today and spec.month and not spec.year:
        r = (r[0].replace(year=year + 1), date(year + 1, month, hi) + timedelta(1))
    return [r]


_YEAR_PARTS = {"early": (1, 5), "mid": (5, 9), "late": (9, 13), "end": (9, 13)}


def _year_range(spec: SpanSpec, today: date) -> Days:
    """A calendar year (an explicit one, or this year + n); parts are thirds of it."""
    year = spec.year or today.year + spec.n
    if spec.part in ("decade", "century"):
        size = 10 if spec.part == "decade" else 100
        return [(date(year, 1, 1), date(year + size, 1, 1))]
    lo, hi = _YEAR_PARTS.get(spec.part, (1, 13))
    end = date(year + 1, 1, 1) if hi == 13 else date(year, hi, 1)
    r = (date(year, lo, 1), end)
    if spec.part == "rest":
        return [(max(r[0], today), r[1])]
    if not spec.year and spec.n == 0 and not spec.part:
        return _whole_then_rest(r, today)  # "this year", like "this month"
    return [r]


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
    ongoing = _ongoing_months(spec.lo, spec.hi, ctx.today)
    if ongoing is not None:
        first, last, hi_first = ongoing
    else:
        first, last, hi_first = lo[0][0], hi[0][1], hi[0][0]
        if last <= first and isinstance(spec.hi, SpanSpec) and spec.hi.month and not spec.hi.year:
            # "Nov to March": the March after
            last, hi_first = last.replace(year=last.year + 1), hi_first.replace(year=last.year + 1)
    if last <= first:
        return []
    if _whole_unit_end(spec.hi) and hi_first > first:
        if isinstance(spec.hi, SpanSpec) and spec.hi.kind == "year":
            # "2014-2018": up to the start of the last year, as Recognizers-Text reads
            # it [through the end of it]; years hardly matter to a booking
            return [(first, hi_first), (first, last)]
        # "out from August to October" includes October [up to its start]
        return [(first, last), (first, hi_first)]
    return [(first, last)]


def _whole_unit_end(x: DaySpec | SpanSpec) -> bool:
    return (
        isinstance(x, SpanSpec)
        and x.kind in ("month", "year")
        and not x.part
        and (bool(x.month) or x.kind == "year")
    )


def _ongoing_months(
    lo: DaySpec | SpanSpec, hi: DaySpec | SpanSpec, today: date
) -> tuple[date, date, date] | None:
    """ "from August to October" said in September: this year's, under way."""
    if not (isinstance(lo, SpanSpec) and isinstance(hi, SpanSpec)):
        return None
    if lo.kind != "month" or hi.kind != "month" or not lo.month or not hi.month:
        return None
    if lo.year or hi.year or lo.part or hi.part:
        return None
    for y in (today.year - 1, today.year):
        hy = y if hi.month >= lo.month else y + 1
        first, hi_first = date(y, lo.month, 1), date(hy, hi.month, 1)
        last = add_months(hi_first, 1)
        if first <= today < last:
            return first, last, hi_first
    return None
