"""Grounding a datetime range across days: "Monday 9am to Tuesday 5pm".

The `Sym` is the start (a day and a clock) with `until`, the end (a clock, with or
without a day). The reading is the single interval [start, end):

- the end's weekday is the first one on or after the start day ("Saturday 9am to
  Monday 5pm" ends the Monday after that Saturday);
- an end with no day is on the start day, or the next day when its clock is not after
  the start ("from 10pm tonight to 2am" ends at 02:00 tomorrow);
- a bare end hour takes the reading (business hours first) that ends soonest after the
  start when the end has no day, else its business-hours reading.

One reading per start-day option (best first); none when the end falls before the start.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from slotwise.extractor.grounding.mention import Reading
from slotwise.extractor.grounding.resolve import _at, _label_iv, _tod_options, hour_readings
from slotwise.extractor.grounding.resolve_calendar import Context, day_dates
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec


def resolve_until(sym: Sym, ctx: Context) -> list[Reading]:
    """Readings of a cross-day range, best first."""
    end_sym = sym.until
    if sym.day is None or sym.tod is None or end_sym is None or end_sym.tod is None:
        return []
    start_min = _tod_options(sym.tod)[0].start
    grain = "minute" if sym.tod.m or end_sym.tod.m else "hour"
    readings: list[Reading] = []
    for d in day_dates(sym.day, ctx)[:3]:
        start = _at(d, start_min, ctx.tz)
        end = _end(end_sym.day, end_sym.tod, d, start, ctx)
        if end is None:
            continue
        label = ("not " if sym.negated else "") + _label_iv(start, end)
        reading = Reading(((start, end),), grain, label)
        if reading not in readings:
            readings.append(reading)
    return readings


def _end_minutes(t: TodSpec) -> list[int]:
    return [h * 60 + t.m for h in hour_readings(t)]


def _end(
    day: DaySpec | None, tod: TodSpec, start_day: date, start: datetime, ctx: Context
) -> datetime | None:
    minutes = _end_minutes(tod)
    if day is None:
        later = [_at(start_day + timedelta(k), m, ctx.tz) for k in (0, 1) for m in minutes]
        after = [t for t in later if t > start]
        return min(after) if after else None
    if day.kind == "wd" and day.mod in ("", "this"):
        end_days = [start_day + timedelta((day.n - start_day.weekday()) % 7)]
    else:
        end_days = [e for e in day_dates(day, ctx) if e >= start_day]
    for e in end_days:
        for m in minutes:
            t = _at(e, m, ctx.tz)
            if t > start:
                return t
    return None
