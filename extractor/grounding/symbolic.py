"""Symbolic time: what a phrase says, before it meets a calendar.

A `Sym` is a small frozen record of optional parts, in the manner of Duckling's time
predicates: a day (`DaySpec`), a span of days (`SpanSpec`), a time of day (`TodSpec`),
a recurring weekday set, a bound ("before"/"after"), a negation, a duration and a zone.
Composition ("Wednesday" + "afternoon") is the union of parts that do not clash.
Nothing here knows `now`; `resolve.py` grounds a `Sym` against a reference time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from slotwise.extractor.grounding.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from slotwise.extractor.grounding.prayer_times import SUN_TIMES


@dataclass(frozen=True)
class DaySpec:
    """One calendar day, said some way.

    kind: "rel" (n = offset in days from today; alts = other plausible offsets),
    "relm" (n = offset in months from today: "two months ago", "in 2 years"),
    "wd" (n = weekday, mod = "" | "this" | "next" | "last" | "nextweek" | "thisweek" |
    "afternext"), "dom" (n = day of month, weekday = named weekday or -1),
    "md" (month, n = day, year or 0; alts = other (month, day) readings of "12/3"),
    "wdafter" / "wdbefore" (the first weekday n after / before the day `base`: "the
    Tuesday after that"), "wdof" (weekday n of the Monday-Sunday week holding the day
    `base`: "Tuesday 23rd ... that Saturday"; `among`: the other days of a list `base`
    was said in, whose one on weekday n it is if one is: "the 14th or the 15th ... that
    Sunday"), "shift" (the day `base` moved by n days, or n months when mod = "month": "3 days
    after tomorrow", "2 weeks before Christmas"), "nthwd" (the n-th weekday `weekday`,
    n = -1 the last, of the month span `within`: "the second Tuesday of March"), "hol" (the
    named day `mod`: n = 0 the next, -1 the last, -2 the one just past if recent, else
    the next: "after Easter").
    """

    kind: str
    n: int = 0
    mod: str = ""
    month: int = 0
    year: int = 0
    weekday: int = -1
    alts: tuple[tuple[int, int], ...] = ()
    base: DaySpec | None = None
    within: SpanSpec | None = None
    among: tuple[DaySpec, ...] = ()

    def __str__(self) -> str:
        if self.kind == "shift":
            unit = "months" if self.mod == "month" else "days"
            return f"({self.base}){self.n:+d}{unit}"
        if self.kind == "nthwd":
            return f"weekday={WEEKDAY_NAMES[self.weekday].lower()}#{self.n} of({self.within})"
        if self.kind == "rel":
            return f"day=today{self.n:+d}" + (f"|{self.alts}" if self.alts else "")
        if self.kind == "relm":
            return f"day=today{self.n:+d}months"
        if self.kind == "wd":
            name = WEEKDAY_NAMES[self.n].lower()
            return f"weekday={name}" + (f"({self.mod})" if self.mod else "")
        if self.kind == "wdof":
            among = "".join(f" or({d})" for d in self.among)
            return f"weekday={WEEKDAY_NAMES[self.n].lower()} weekof({self.base}){among}"
        wd = f" weekday={WEEKDAY_NAMES[self.weekday].lower()}" if self.weekday >= 0 else ""
        if self.kind == "dom":
            return f"dom={self.n}{wd}"
        year = f"{self.year:04d}-" if self.year else ""
        return f"date={year}{self.month:02d}-{self.n:02d}{wd}"


@dataclass(frozen=True)
class SpanSpec:
    """Several consecutive days.

    kind: "week" (n = week offset, 0 = this week), "weekend" (n offset), "month"
    (month = 1-12 or 0 for relative, n = month offset, year), "range" (start..end days,
    inclusive), "days" (n days from today: "the next 3 days"; negative n: the n days
    before today), "months" (n whole months before today when negative: "the last 3
    months"), "year" (year, or n = year offset when year is 0), "quarter" (month = 1-4
    and year, or n = quarter offset when month is 0), "spans" (from the first day of
    `lo` to the last day of `hi`, each a DaySpec or SpanSpec: "from March to May"),
    "weekof" (the Monday-Sunday week holding the day `start`: "the week of the 18th";
    part "lead": the week leading up to it, "the week before"; part "weekend": its
    Saturday and Sunday, "the weekend of the 20th"),
    "nthweek" (the n-th week, -1 the last, of the month or year `lo`, ISO-style: the
    week holding its n-th Thursday: "the first week of 2021", "the last week of july"),
    "isoweek" (ISO week number n of the year span `lo`: "week 23", "week 3 of 2027"),
    "bdays" (n business days from tomorrow; negative n: the n before today),
    "ahead" (n days, or n months with month = 1, from tomorrow: "the next 2 weeks").
    part: "" | "early" | "early_wide" (a week's Monday to Wednesday) | "mid" | "late" | "end" |
    "later" (a slice of the span).
    mod: for a "weekend", "this" | "next" when the words say which one ("this weekend",
    "next wknd"; "" for "the weekend", "weekend if possible"): see `Sym.names_week`.
    """

    kind: str
    n: int = 0
    month: int = 0
    year: int = 0
    part: str = ""
    start: DaySpec | None = None
    end: DaySpec | None = None
    lo: DaySpec | SpanSpec | None = None
    hi: DaySpec | SpanSpec | None = None
    mod: str = ""

    def __str__(self) -> str:
        part = f" part={self.part}" if self.part else ""
        if self.kind == "range":
            return f"from({self.start}) to({self.end})"
        if self.kind == "spans":
            return f"from({self.lo}) to({self.hi})"
        if self.kind in ("year", "quarter") and self.year and (self.month or self.kind == "year"):
            q = f"q{self.month} " if self.kind == "quarter" else ""
            return f"{q}year={self.year}{part}"
        if self.kind == "month" and self.month:
            year = f" year={self.year}" if self.year else ""
            return f"month={MONTH_NAMES[self.month - 1].lower()}{year}{part}"
        return f"{self.kind}{self.n:+d}{part}"


@dataclass(frozen=True)
class TodSpec:
    """A time of day: a clock time, a part of the day, or a range of clock times.

    clock: h (0-23 when `h24`, else 1-12 with `ap` "am"/"pm" or "" unknown), m, grain
    ("hour" | "minute"), `bare` = a lone number that business hours disambiguate,
    `approx` = "around 2" / "2ish". pod: a key of `PARTS_OF_DAY`. range: a .. b clocks.
    `prayer`: a clock said as one of the daily prayers ("after Maghrib"), its h and m a
    usual value that `resolve` replaces with the prayer's time on the day named
    (`prayer_times`); or a sun time ("before sunset": `prayer_times.SUN_TIMES`).
    """

    kind: str
    h: int = 0
    m: int = 0
    ap: str = ""
    h24: bool = False
    bare: bool = False
    approx: bool = False
    grain: str = "hour"
    pod: str = ""
    a: TodSpec | None = None
    b: TodSpec | None = None
    prayer: str = ""

    @property
    def praying(self) -> bool:
        """A prayer's clock, or a range with one at an end."""
        return bool(self.prayer or (self.a and self.a.prayer) or (self.b and self.b.prayer))

    def __str__(self) -> str:
        if self.prayer:  # a sun time said by the light ("before sunset"), or a prayer
            return f"{'sun' if self.prayer in SUN_TIMES else 'prayer'}={self.prayer}"
        if self.kind == "pod":
            return f"pod={self.pod}"
        if self.kind == "range":
            return f"from({self.a}) to({self.b})"
        ap = self.ap if self.ap else ("h24" if self.h24 else "?")
        approx = "~" if self.approx else ""
        return f"clock={approx}{self.h}:{self.m:02d}{ap}"


@dataclass(frozen=True)
class Sym:
    """A symbolic time mention: the union of the parts a phrase has."""

    day: DaySpec | None = None
    span: SpanSpec | None = None
    tod: TodSpec | None = None
    recur: frozenset[int] | None = None  # weekdays of a recurring set
    bound: str = ""  # "before" | "after" | ""
    incl: bool = False  # the bound includes its anchor ("by Friday", "until 5")
    # a deadline at the end of a part of a named day, from now on: "tomorrow morning at
    # the latest" is any time until tomorrow noon (`compose._cued`, `resolve._bounded`)
    by_end: bool = False
    # a deadline at a time of a named day, from now on: "by friday 5pm" is any time until
    # Friday 17:00, "b4 friday arvo" until Friday noon (`day_deadline`, `resolve._bounded`)
    from_now: bool = False
    negated: bool = False
    duration: int | None = None  # minutes
    # a length said as a multiple of the usual one, its minutes left to the booking's
    # usual length: "a double" (lesson, session) is 2 (`rules_double_length`)
    times: int | None = None
    rel_minutes: int | None = None  # "in 3 hours": now + minutes
    rel_end: int | None = None  # "the next 3 hours": [now + rel_minutes, now + rel_end)
    soonest: bool = False  # "asap", "earliest available": [now, horizon), the earliest wished
    latest: bool = False  # "as late as possible": [now, horizon), the latest wished
    zone: str = ""  # IANA zone named in the text; "@request" for "my time"
    # A datetime range across days: this Sym is its start (a day and a clock), `until`
    # its end (a clock, with or without a day): "Monday 9am to Tuesday 5pm".
    until: Sym | None = None

    @property
    def has_date(self) -> bool:
        return self.day is not None or self.span is not None or self.recur is not None

    @property
    def names_week(self) -> bool:
        """The words say which week their weekday or weekend is in: "this Saturday", "next
        thurs morning", "thursday next week", "tuesday after next", "not this friday",
        "Saturday week", "friday fortnight", "this weekend", "next wknd". Not a bare weekday
        ("Thursday", "sat morning", "the thursday"), nor "the weekend", nor a date ("Saturday
        the 7th"): a conversation reads those in the week an earlier turn chose."""
        if self.span is not None and self.span.kind == "weekend":
            return self.span.n != 0 or bool(self.span.mod)
        return self.day is not None and _day_names_week(self.day)

    @property
    def is_length(self) -> bool:
        """A length, in minutes or as a multiple of the usual one; no time."""
        return self.duration is not None or self.times is not None

    @property
    def is_empty(self) -> bool:
        return (
            not self.has_date
            and self.tod is None
            and not self.is_length
            and self.rel_minutes is None
        )

    def __str__(self) -> str:
        parts: list[str] = []
        if self.negated:
            parts.append("not")
        if self.bound:
            parts.append(
                self.bound
                + ("(end)" if self.by_end else "(now)" if self.from_now else "")
                + ("(incl)" if self.incl and not self.by_end else "")
            )
        if self.recur is not None:
            parts.append("every=" + ",".join(WEEKDAY_NAMES[d].lower() for d in sorted(self.recur)))
        for p in (self.day, self.span, self.tod):
            if p is not None:
                parts.append(str(p))
        if self.until is not None:
            parts.append(f"until({self.until})")
        if self.soonest:
            parts.append("soonest")
        elif self.latest:
            parts.append("latest")
        elif self.rel_minutes is not None:
            parts.append(f"now+{self.rel_minutes}min")
        if self.rel_end is not None:
            parts.append(f"to now+{self.rel_end}min")
        if self.duration is not None:
            parts.append(f"duration={self.duration}min")
        if self.times is not None:
            parts.append(f"duration={self.times}x")
        if self.zone:
            parts.append(f"zone={self.zone}")
        return " ".join(parts)


def _day_names_week(day: DaySpec) -> bool:
    """`day` is a weekday said with its week (`Sym.names_week`), or such a day moved by
    days, or a bare weekday moved by whole weeks ("Saturday week")."""
    if day.kind == "shift" and day.base is not None and day.mod != "month":
        base = day.base
        return _day_names_week(base) or (base.kind == "wd" and day.n % 7 == 0)
    return day.kind == "wd" and bool(day.mod)


_EVERY_DAY = frozenset(range(7))  # "any day", "every day": a set that names no weekday


def merge(a: Sym, b: Sym) -> Sym | None:
    """The intersection of two symbolic times, or None when their parts clash."""
    if a.until is not None or b.until is not None:
        return None
    # "any day mon thru thu next week": a set of every day, with no time, adds nothing
    if b.recur == _EVERY_DAY and b.tod is None and a.span is not None and a.recur is None:
        b = replace(b, recur=None)
    if a.recur == _EVERY_DAY and a.tod is None and b.span is not None and b.recur is None:
        a = replace(a, recur=None)
    day, span, tod, recur = a.day, a.span, a.tod, a.recur
    if span is not None and b.span is not None:  # "Mon-Fri next week", "next week mon-fri"
        in_week = _days_in_week(span, b.span) or _days_in_week(b.span, span)
        if in_week is not None:
            span, b = in_week, replace(b, span=None)
    if recur is not None and b.span is not None and _is_week(b.span) and day is None:
        span, b = b.span, replace(b, span=None)  # "mornings next week": the set in that week
    if b.recur is not None and span is not None and _is_week(span) and day is None:
        recur, b = b.recur, replace(b, recur=None)  # "next week evenings"
    if b.day is not None:
        if day is not None:
            day = _merge_days(day, b.day)
            if day is None:
                return None
        elif span is not None:
            day = _day_in_span(b.day, span)
            if day is None:
                return None
            span = None
        elif recur is not None:
            return None
        else:
            day = b.day
    if b.span is not None:
        if span is not None and _is_year(b.span) and span.kind == "range":
            span = _range_in_year(span, b.span.year)  # "26 june to 28 june in 2020"
            if span is None:
                return None
        elif span is not None or recur is not None:
            return None
        elif day is not None:
            day = _day_in_span(day, b.span)
            if day is None:
                return None
        else:
            span = b.span
    if b.recur is not None:
        if day is not None or span is not None:
            return None
        recur = b.recur if recur is None else recur & b.recur
        if not recur:  # "weekdays, weekends": sets with no day in common are two items
            return None
    if (a.tod is not None or b.tod is not None) and span is not None and span.kind in _LONG:
        return None  # "next month at 6pm": the time narrows the month as a modifier
    if b.tod is not None:
        if tod is not None:
            tod = _merge_tods(tod, b.tod)
            if tod is None:
                return None
        else:
            tod = b.tod
    if (a.bound and b.bound) or a.is_length or b.is_length:
        return None
    if (a.rel_minutes is not None) or (b.rel_minutes is not None):
        return None
    return Sym(
        day=day,
        span=span,
        tod=tod,
        recur=recur,
        bound=a.bound or b.bound,
        incl=a.incl or b.incl,
        negated=a.negated or b.negated,
        zone=a.zone or b.zone,
    )


_LONG = frozenset({"month", "year", "quarter", "months", "spans"})


def _merge_days(x: DaySpec, y: DaySpec) -> DaySpec | None:
    """ "Thursday" + "the 3rd" -> the 3rd that is a Thursday; other pairs clash."""
    if x.kind == "wd" and y.kind in ("dom", "md") and x.mod in ("", "this"):
        return replace(y, weekday=x.n)
    if y.kind == "wd" and x.kind in ("dom", "md") and y.mod in ("", "this"):
        return replace(x, weekday=y.n)
    return None


def _day_in_span(day: DaySpec, span: SpanSpec) -> DaySpec | None:
    """ "Tuesday" + "next week" -> Tuesday of next week; "the 5th" + "of next month"."""
    if day.kind == "wd" and not day.mod and span.kind == "week" and not span.part:
        if span.n == 0:
            return replace(day, mod="thisweek")
        if span.n == 1:
            return replace(day, mod="nextweek")
        if span.n == 2:
            return replace(day, mod="week2")
        if span.n == -1:
            return replace(day, mod="lastweek")
    if day.kind == "md" and not day.year and _is_year(span):  # "28 june in 2020"
        return replace(day, year=span.year, alts=())
    if day.kind == "dom" and span.kind == "month" and not span.part and span.month:
        return DaySpec("md", n=day.n, month=span.month, year=span.year, weekday=day.weekday)
    return None


def _is_week(span: SpanSpec) -> bool:
    return span.kind in ("week", "weekend") and span.part in ("", "work")


def _days_in_week(rng: SpanSpec, week: SpanSpec) -> SpanSpec | None:
    """ "Mon-Fri" + "next week": the range's weekdays moved into that week."""
    if rng.kind != "range" or week.kind != "week" or week.part:
        return None
    if rng.start is None or rng.end is None:
        return None
    start, end = _day_in_span(rng.start, week), _day_in_span(rng.end, week)
    if start is None or end is None or start.kind != "wd" or end.kind != "wd":
        return None
    return replace(rng, start=start, end=end)


def _is_year(span: SpanSpec) -> bool:
    return span.kind == "year" and bool(span.year) and not span.part


def _range_in_year(span: SpanSpec, year: int) -> SpanSpec | None:
    ends = (span.start, span.end)
    if any(d is None or d.kind != "md" or d.year for d in ends):
        return None
    assert span.start is not None and span.end is not None
    return replace(span, start=replace(span.start, year=year), end=replace(span.end, year=year))


def _merge_tods(x: TodSpec, y: TodSpec) -> TodSpec | None:
    """A clock and a part of day: "7 in the evening" -> 19:00; "morning 11:30"."""
    if x.kind == "pod" and y.kind in ("clock", "range"):
        x, y = y, x
    if y.kind != "pod" or x.kind not in ("clock", "range"):
        return None
    hint = _POD_HINT.get(y.pod, "")
    if not hint:
        return x
    return with_ampm(x, hint)


def with_ampm(t: TodSpec, hint: str) -> TodSpec:
    """Give a clock (or both ends of a range) an am/pm hint when it has none."""
    if t.kind == "range" and t.a is not None and t.b is not None:
        return replace(t, a=with_ampm(t.a, hint), b=with_ampm(t.b, hint))
    if t.kind != "clock" or t.ap or t.h24:
        return t
    return replace(t, ap=hint, bare=False)  # "12 in the afternoon" is 12pm, noon


_POD_HINT = {
    "morning": "am",
    "early_morning": "am",
    "late_morning": "am",
    "first_thing": "am",
    "before_work": "am",
    "afternoon": "pm",
    "early_afternoon": "pm",
    "late_afternoon": "pm",
    "evening": "pm",
    "early_evening": "pm",
    "late_evening": "pm",
    "night": "pm",
    "after_work": "pm",
    "after_school": "pm",
    "end_of_day": "pm",
    "after_lunch": "pm",
}


@dataclass
class SymbolicMention:
    """A mention found in text, before grounding: span, rule names and the `Sym`."""

    start: int
    end: int
    sym: Sym
    rules: list[str] = field(default_factory=list)
    cue: str | None = None
    ref: tuple[int, ...] | None = None  # span of the antecedent a back-reference means

    @property
    def rule(self) -> str:
        return "+".join(self.rules)
