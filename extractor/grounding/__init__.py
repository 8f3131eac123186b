"""Time grounding: booking messages' time expressions as concrete intervals.

    from slotwise.extractor.grounding import ground
    ground("next Tuesday at 2", now, "America/New_York")

Two layers: `parse(text)` gives symbolic mentions (what was said, with spans and rule
names); `ground(text, now, timezone)` resolves them against `now` in `timezone`, links
modifiers ("but not after 3pm") to what they modify, and returns `TimeMention`s.
See docs/grounding.md for the conventions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from slotwise.extractor.grounding import web_form
from slotwise.extractor.grounding.aside import Unread, unread
from slotwise.extractor.grounding.booked_span import booked_span
from slotwise.extractor.grounding.compose import parse
from slotwise.extractor.grounding.coordination import (
    DAY_KINDS,
    LIST_GAP,
    share_negation,
    share_week,
    share_week_after_exclusions,
    share_week_said_apart,
)
from slotwise.extractor.grounding.day_edges import end_of_day_by_bound
from slotwise.extractor.grounding.deadline_week import said_before_it
from slotwise.extractor.grounding.fallback_days import fallback_said
from slotwise.extractor.grounding.lexicon import FALLBACK, PARTS_OF_DAY
from slotwise.extractor.grounding.meal_words import meals_of_zone
from slotwise.extractor.grounding.mention import Reading, TimeMention
from slotwise.extractor.grounding.negated_bound_list import share_negated_bound
from slotwise.extractor.grounding.part_said_before import part_said_before
from slotwise.extractor.grounding.past_date import said_as_past
from slotwise.extractor.grounding.resolve import Context, Days, resolve
from slotwise.extractor.grounding.ruled_out_day import (
    a_week_on,
    weekdays_ruled_out,
    with_ruled_out_first,
)
from slotwise.extractor.grounding.said_of_each import named_option_gap, said_of_each
from slotwise.extractor.grounding.shared_day import share_day
from slotwise.extractor.grounding.speaker_zone import my_time_in_named_zone, zone_said_once
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, SymbolicMention
from slotwise.extractor.grounding.week_of_days_wished import (
    said_of_an_event,
    share_week_with_days_wished,
)
from slotwise.extractor.grounding.week_said_later import share_week_said_later, widen_early_week
from slotwise.extractor.grounding.week_side import week_side_of_day
from slotwise.extractor.grounding.weekday_dates import weekday_day_numbers
from slotwise.extractor.grounding.worked_shift import worked_shift
from slotwise.extractor.grounding.zones import (
    MINE,
    REQUEST_ZONE,
    THEIRS,
    check_zone,
    speaker_zone,
)

__all__ = [
    "Reading",
    "SymbolicMention",
    "TimeMention",
    "Unread",
    "ground",
    "ground_symbolic",
    "parse",
    "unread",
]

DEFAULT_HORIZON = timedelta(days=28)
DATE_ORDERS = ("MDY", "DMY")


def ground(
    text: str,
    now: datetime,
    timezone: str,
    *,
    horizon_end: datetime | None = None,
    date_order: str = "MDY",
    open_hours: tuple[int, int] | None = None,
    day_hours: Mapping[date, Sequence[tuple[int, int]]] | None = None,
) -> list[TimeMention]:
    """Time mentions of `text`, in text order, grounded relative to `now` in `timezone`.

    `open_hours` (minutes of the day: first opening, last closing), when the caller
    knows them, picks the half of the day of a bare hour ("7ish" at a restaurant: 19:00)
    and places "end of the day" (the last hour open); `day_hours` gives each resource's per date.

    Raises ValueError for a naive `now`, an unknown timezone, a bad `date_order` or a
    horizon that ends before `now`.
    """
    if not isinstance(text, str):
        raise ValueError(f"text must be a str, got {type(text).__name__}")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got naive {now.isoformat()}")
    check_zone(timezone)
    if date_order.upper() not in DATE_ORDERS:
        raise ValueError(f"date_order must be one of {DATE_ORDERS}, got {date_order!r}")
    if horizon_end is None:
        horizon_end = now + DEFAULT_HORIZON
    elif horizon_end.tzinfo is None:
        raise ValueError(f"horizon_end must be timezone-aware, got {horizon_end.isoformat()}")
    elif horizon_end <= now:
        raise ValueError(f"horizon_end {horizon_end.isoformat()} is not after now")
    return ground_symbolic(
        parse(text, date_order.upper()),
        text,
        now,
        timezone,
        horizon_end,
        open_hours,
        day_hours,
    )


def ground_symbolic(
    mentions: list[SymbolicMention],
    text: str,
    now: datetime,
    timezone: str,
    horizon_end: datetime,
    open_hours: tuple[int, int] | None = None,
    day_hours: Mapping[date, Sequence[tuple[int, int]]] | None = None,
) -> list[TimeMention]:
    """Resolve symbolic mentions; a time of day alone narrows the nearest dated mention."""
    mentions = zone_said_once(text, my_time_in_named_zone(text, mentions))
    mentions = meals_of_zone(mentions, timezone)
    mentions = weekday_day_numbers(text, mentions, now.astimezone(check_zone(timezone)).date())
    mentions = share_negation(text, share_week_said_apart(text, share_week(text, mentions)))
    mentions = share_negated_bound(text, mentions)
    mentions = share_week_said_later(text, share_week_after_exclusions(text, mentions))
    mentions = week_side_of_day(text, widen_early_week(mentions))
    mentions = share_week_with_days_wished(text, mentions)
    mentions = share_day(text, mentions)
    mentions = [_parts_of_days_said(text, mentions, i) for i in range(len(mentions))]
    days_of: dict[int, Days] = {}
    out: list[TimeMention | None] = [None] * len(mentions)

    def run(
        i: int, anchor: int | None, week: date | None, period: Days | None = None
    ) -> TimeMention:
        sm = mentions[i]
        zone = sm.sym.zone if sm.sym.zone and sm.sym.zone != REQUEST_ZONE else timezone
        if sm.sym.zone in (MINE, THEIRS):  # "9pm my time", said from Sydney
            zone = speaker_zone(text, sm.sym.zone) or timezone
        tz = check_zone(zone)
        anchor_days = days_of.get(anchor) if anchor is not None else None
        alt_days = None
        if anchor is not None:
            each = said_of_each(text, mentions[anchor].end, sm.start, sm.end)
            items = _list_of_days(text, mentions, anchor, days_of, each)
            if not sm.sym.has_date and web_form.said_in_form(text, sm.start):
                # "Preferred date: 5/28 / Alternate date: 6/1 / Preferred time: Morning"
                asked = [j for j in web_form.dates_asked(text, mentions, anchor) if j in days_of]
                items = asked or items
            if len(items) > 1:
                alt_days = anchor_days
                anchor_days = sorted(r for j in items for r in days_of[j])
        ctx = Context(
            now.astimezone(tz),
            tz,
            horizon_end.astimezone(tz),
            anchor_days=anchor_days,
            anchor_week=week,
            anchor_period=period,
            anchor_alt_days=alt_days,
            open_hours=open_hours,
            day_hours=day_hours,
        )
        donor = mentions[anchor] if anchor is not None else None
        half_from = donor.sym if donor is not None else None
        part = part_said_before(
            text, mentions, i, anchor, lambda k: _anchor(text, k, mentions, days_of)
        )
        if part is not None and not worked_shift(text, mentions[part[0]]):
            half_from = part[1]  # "Fri 11th ... Evening, not too late, say by 9": 21:00
        if donor is not None and worked_shift(text, donor):
            half_from = None  # "I work nights, so no earlier than 11": not 23:00
        readings = resolve(_half_of(sm.sym, half_from), ctx)
        if readings and sm.sym.has_date and not sm.sym.bound:
            days_of[i] = _days(readings[0])
        return _mention(text, sm, readings, zone, anchor, _refers_to(mentions, sm))

    dated = [i for i, m in enumerate(mentions) if m.sym.has_date]
    read_in: dict[int, tuple[date | None, Days | None]] = {}  # the week / period used
    for i, sm in enumerate(mentions):
        if sm.sym.has_date:
            week, period = None, None
            sm = mentions[i] = _a_weekday_in_period(mentions, i, dated, days_of)
            if _bare_weekday(sm.sym.day) or _weekday_range(sm.sym):
                # A bare weekday after a dated mention is read in that mention's week
                # ("Monday or Tuesday"), or inside its period when that spans days
                # ("the week after next, ideally Thursday"; "early December, a Friday").
                prev = [j for j in dated if j < i and j in days_of]
                if prev:
                    days = days_of[prev[-1]]
                    first = days[0][0]
                    last = mentions[prev[-1]].sym
                    if _span_days(days) > 1 and not last.negated:
                        if not _week_of_an_event(text, mentions[prev[-1]]):
                            period = days  # not "my birthday next week ... thursday?"
                    elif (
                        _explicit_day(mentions[prev[-1]].sym.day)
                        and not said_before_it(text, mentions, prev[-1], i, days[0][0])
                        and not said_as_past(text, mentions[prev[-1]].start)
                    ):
                        week = first - timedelta(first.weekday())
                    elif prev[-1] in read_in:  # "next week: Tues or Thurs": as Tues was
                        week, period = read_in[prev[-1]]
            if week is not None or period is not None:
                read_in[i] = (week, period)
            out[i] = run(i, None, week, period)
    for i in dated:  # "Any day next week after 12, ideally Thursday": that week's Thursday
        k = _week_wished_in(mentions, i)
        said = out[k] if k is not None else None  # a bound said with it has no days_of
        if said is not None and said.reading is not None:
            first = said.reading.intervals[0][0].date()
            out[i] = run(i, None, first - timedelta(first.weekday()))
    for i in dated:  # "Thursday afternoon? The 10th.": the Thursday that is the 10th
        week = _restated_week(text, mentions, i, days_of)
        if week is not None:
            out[i] = run(i, None, week)
        elif (period := _period_after(text, mentions, i, days_of)) is not None:
            out[i] = run(i, None, None, period)  # "Sat openings in January"
    for i in range(len(mentions)):
        if out[i] is None:
            anchor = _anchor(text, i, mentions, days_of)
            mention = run(i, anchor, None)
            out[i] = mention
            part = _part_before(text, mentions, out, i, anchor)
            if part is not None:
                out[i] = replace(mention, modifies=part)
    for i in weekdays_ruled_out(mentions, out):  # "wednesday. not the 9th, the one after"
        before = out[i]
        assert before is not None
        mentions[i] = a_week_on(mentions[i])
        out[i] = with_ruled_out_first(replace(run(i, None, None), modifies=before.modifies), before)
    return end_of_day_by_bound(text, [m for m in out if m is not None])


def _part_before(
    text: str,
    mentions: list[SymbolicMention],
    out: list[TimeMention | None],
    i: int,
    anchor: int | None,
) -> int | None:
    """ "the morning before that, like 8", "Thursday ... afternoon, say 3": a clock right
    after a part of the day said of the same day (a bound of that day may stand
    between) narrows that part of the day, and is read on its day all the same."""
    sym = mentions[i].sym
    if anchor is None or sym.tod is None or sym.tod.kind != "clock" or sym.bound or sym.negated:
        return None
    k = i - 1
    while k > anchor and mentions[k].sym.bound and out[k] is not None:
        k -= 1
    if k <= anchor or any(
        not _PARTS_GAP.fullmatch(text, mentions[j].end, mentions[j + 1].start) for j in range(k, i)
    ):
        return None
    part, before = mentions[k].sym, out[k]
    if part.has_date or part.tod is None or part.tod.kind != "pod" or part.bound or part.negated:
        return None
    return k if before is not None and before.modifies == anchor else None


# Between a first choice of day and its fallback, said apart: "maybe thurs? maybe fri?",
# "Sunday the 27th? If not, Saturday the 26th.", "monday, otherwise tuesday", "the 7th
# pls. if full, the 8th", "the 15th, second pick the 16th". A part of the day or a time
# said after both ("Morning either way.") is said of each (`_list_of_days`).
_FALLBACK_GAP = re.compile(
    r"\s*(?:(?:pls|please|plz|instead|ideally|preferably|if\s+possible|if\s+poss)\s*)?"
    r"[,.;:!?—–-]*\s*(?:(?:or|and)\s+)?"
    r"(?:" + FALLBACK + r"(?:(?<=not)\s+(?:possible|available))?|if\s+(?:full|unavailable|"
    r"that(?:'s|’s|\s+is)?\s+(?:full|gone|taken|booked(?:\s+up)?|out|no\s+good|not\s+possible)|"
    r"(?:it'?s|it’s|they'?re)\s+(?:full|gone|taken|booked(?:\s+up)?))"
    r"|maybe|perhaps|or|second\s+(?:choice|pick|option)"
    r"(?:\s+is|\s+would\s+be)?)"
    r"\s*[,.]?\s*(?:then\s+)?(?:(?:maybe|perhaps|how\s+about|what\s+about|let'?s\s+say|try)\s+)?",
    re.I,
)

# Between a time and the day it is said of, when both stay mentions: "11 am, Monday".
_NEXT_TO = re.compile(r"\s*,?\s*(?:on\s+)?", re.I)


def _list_of_days(
    text: str,
    mentions: list[SymbolicMention],
    last: int,
    days_of: dict[int, Days],
    each: bool = False,
) -> list[int]:
    """The days coordinated with mention `last` ("Wednesday or Friday", "mon, tue and
    thu"), `last` included, before it and after it (a time said before a list, "between
    3 and 5 friday or saturday", anchors on its first day); a negated or timed item
    ends the list, unless its time is the part of the day each item has ("tues eve or
    wed eve"). With `each` (the time is said of each option, `said_of_each`), days
    offered with their providers count too ("Lena on Wednesday or Noor on Thursday")."""

    part = mentions[last].sym.tod
    if part is not None and part.kind != "pod":
        part = None

    def plain_day(j: int) -> bool:
        """A day said alone, or with the part of the day the last item has: "tues eve
        or wed eve, ... no later than 7:30" is said of both evenings."""
        sym = mentions[j].sym
        return j in days_of and not sym.negated and not sym.bound and sym.tod == part

    if not plain_day(last):
        return [last]

    def listed(a: int, b: int, backward: bool = False) -> bool:
        """ "wed or thu"; "wed thurs" when of one kind; before the last item also a
        first choice and its fallback ("Sunday? If not, Saturday")."""
        gap = text[mentions[a].end : mentions[b].start]
        if gap.strip():
            return bool(
                LIST_GAP.fullmatch(gap)
                or (backward and (_FALLBACK_GAP.fullmatch(gap) or fallback_said(gap)))
                or (backward and each and named_option_gap(gap))
            )
        return any(mentions[a].rule in k and mentions[b].rule in k for k in DAY_KINDS)

    items = [last]
    j = last
    while j > 0 and plain_day(j - 1):
        if not listed(j - 1, j, backward=True):
            break
        j -= 1
        items.insert(0, j)
    j = last
    while j + 1 < len(mentions) and plain_day(j + 1):
        if not listed(j, j + 1):
            break
        j += 1
        items.append(j)
    return items


def _a_weekday_in_period(
    mentions: list[SymbolicMention], i: int, dated: list[int], days_of: dict[int, Days]
) -> SymbolicMention:
    """ "a Friday" is any Friday, but after a period of days ("early December,
    preferably a Friday") it is a Friday of that period: the bare weekday it reads as."""
    sm = mentions[i]
    if sm.rules[:1] != ["a_weekday"] or sm.sym.recur is None or len(sm.sym.recur) != 1:
        return sm
    prev = [j for j in dated if j < i and j in days_of]
    if not prev or mentions[prev[-1]].sym.negated or _span_days(days_of[prev[-1]]) <= 1:
        return sm
    (wd,) = sm.sym.recur
    return replace(sm, sym=replace(sm.sym, recur=None, day=DaySpec("wd", wd)))


# Between a part of the day and a clock that narrows it: punctuation only; between
# days and the plural part of the day said of them: the same, in one sentence.
_PARTS_GAP = re.compile(r"[\s,.;:!?—–-]*")
_CLAUSE_GAP = re.compile(r"[\s,;:—–-]*")
_EVERY_DAY = frozenset(range(7))


def _parts_of_days_said(text: str, mentions: list[SymbolicMention], i: int) -> SymbolicMention:
    """ "the 9th and the 10th, mornings", "Dec 17 or Dec 18, afternoons", "early next
    week, mornings", "week of the 22nd, any afternoon": a plural part of the day right
    after the days it is said of (only a comma or a dash between) is that part of
    those days, read as the singular ("Thursday or Friday, morning"), not a set of
    its own beside them. A set that names its days ("weekday mornings"), a negated one
    and one after a bound or a negated day stay as they were."""
    sm = mentions[i]
    sym = sm.sym
    if (
        i == 0
        or sym.recur != _EVERY_DAY
        or sym.tod is None
        or sym.tod.kind != "pod"
        or sym.negated
        or sym.bound
        or sym.day is not None
        or sym.span is not None
    ):
        return sm
    prev = mentions[i - 1].sym
    if not prev.has_date or prev.recur is not None or prev.negated or prev.bound or prev.tod:
        return sm
    if not _CLAUSE_GAP.fullmatch(text, mentions[i - 1].end, sm.start):
        return sm  # "the reunion is Saturday. Mornings only": not Saturday's mornings
    return replace(sm, sym=replace(sym, recur=None))


def _half_of(sym: Sym, anchor: Sym | None) -> Sym:
    """A bare hour narrowing a part of the day takes its half: "tonight? like 7.30" is
    19:30, "tomorrow morning ... 7 or 8" is 07:00 / 08:00."""
    tod, a = sym.tod, anchor.tod if anchor is not None else None
    if tod is None or a is None or tod.kind != "clock" or not tod.bare or tod.ap or tod.h24:
        return sym
    if a.kind != "pod" or not 1 <= tod.h <= 11:
        return sym
    start, end, half = PARTS_OF_DAY[a.pod]
    if not half:
        return sym
    hour = tod.h % 12 + (12 if half == "pm" else 0)
    if not _minutes(start) - 180 <= hour * 60 + tod.m <= _minutes(end) + 180:
        return sym  # "I can't in the mornings and I can't after 4": not 4 am
    return replace(sym, tod=replace(tod, ap=half))


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _bare_weekday(day: DaySpec | None) -> bool:
    return day is not None and day.kind == "wd" and not day.mod


def _weekday_range(sym: Sym) -> bool:
    """ "Monday through Thursday", "tues-fri": a range of bare weekdays, read like one in
    the week or period said before it ("the first week of March, Monday through
    Thursday")."""
    span = sym.span
    return (
        span is not None
        and span.kind == "range"
        and _bare_weekday(span.start)
        and _bare_weekday(span.end)
        and not (sym.negated or sym.bound or sym.recur)
    )


def _explicit_day(day: DaySpec | None) -> bool:
    """A day said so that its week is settled ("next Tuesday", "Dec 7", "tomorrow"): a
    bare weekday after it is read in its week. A bare weekday is not: in "mon aft or
    tues aft" said on a Tuesday, each is the nearest of its name."""
    return day is not None and not (day.kind == "wd" and not day.mod)


# Between a bare weekday and the date that says which one it is: a question mark, a full
# stop or a comma, maybe a word of restating ("Tuesday? The 27th.", "Wednesday, i mean
# the 2nd").
_RESTATED = re.compile(
    r"\s*[?.!,:;–—-]*\s*(?:(?:i\s+mean|that'?s|that\s+is|i\.e\.?|it'?s|it’s|it\s+is|"
    r"which\s+is|which'?s)[\s,]*)?",
    re.I,
)


def _weekday_then(
    mentions: list[SymbolicMention], i: int, days_of: dict[int, Days]
) -> tuple[Sym, Sym] | None:
    """(mention `i`, the next one) when `i` is a bare weekday, not negated, bounded or
    recurring, and both were read: what `_restated_week` and `_period_after` start from."""
    j = i + 1
    if i not in days_of or j not in days_of or j >= len(mentions):
        return None
    a, b = mentions[i].sym, mentions[j].sym
    if not _bare_weekday(a.day) or a.negated or a.bound or a.recur:
        return None
    return a, b


def _restated_week(
    text: str, mentions: list[SymbolicMention], i: int, days_of: dict[int, Days]
) -> date | None:
    """The Monday of the week of the date right after bare weekday `i` that falls on
    that weekday, when the weekday was read on another day: "Tuesday? The 27th." names
    one Tuesday twice. A date on another weekday is another day ("Tuesday? The 1st.")."""
    j = i + 1
    pair = _weekday_then(mentions, i, days_of)
    if pair is None:
        return None
    a, b = pair
    if b.day is None or b.day.kind not in ("dom", "md") or b.tod is not None:
        return None
    if b.negated or b.bound or not _RESTATED.fullmatch(text, mentions[i].end, mentions[j].start):
        return None
    days = days_of[j]
    if len(days) != 1 or (days[0][1] - days[0][0]).days != 1:
        return None
    d = days[0][0]
    assert a.day is not None  # a bare weekday (`_weekday_then`)
    if d.weekday() != a.day.n or days_of[i][0][0] == d:
        return None
    return d - timedelta(d.weekday())


# Between a bare weekday and the period said after it that holds it: "Sat openings with
# Lee in January", "a Tuesday in the week of the 25th"; only a space or "of" before a
# week ("Thursday the week after", "Friday of the week of Dec 7", "weds the week of the
# 8th"; `_WEEK_SAID`), not one that points back ("fri that week").
_IN_PERIOD = re.compile(
    r"\s*(?:(?:openings?|slots?|appointments?|availability|free|open|with\s+\w+\.?(?:\s+\w+)?)"
    r"\s+)*(?:in|during|sometime\s+in)\s+",
    re.I,
)
_BEFORE_WEEK = re.compile(r"\s+(?:of\s+|in\s+)?", re.I)
_WEEK_SAID = re.compile(r"(?:the|that|this|next|same)\b.*\bweek\b.*", re.I)


def _period_after(
    text: str, mentions: list[SymbolicMention], i: int, days_of: dict[int, Days]
) -> Days | None:
    """The days of the period said right after bare weekday `i` ("Sat ... in January")
    when the weekday's nearest reading lies outside it: the weekday is read inside it."""
    j = i + 1
    pair = _weekday_then(mentions, i, days_of)
    if pair is None:
        return None
    b = pair[1]
    if b.day is not None or b.negated or b.bound or _span_days(days_of[j]) <= 1:
        return None
    if not _IN_PERIOD.fullmatch(text, mentions[i].end, mentions[j].start) and not (
        _BEFORE_WEEK.fullmatch(text, mentions[i].end, mentions[j].start)
        and _WEEK_SAID.fullmatch(text, mentions[j].start, mentions[j].end)
        and mentions[j].rules[:1] != ["same_week"]  # "not the thurs or fri that week"
    ):
        return None
    first = days_of[i][0][0]
    if any(lo <= first < hi for lo, hi in days_of[j]):
        return None
    return days_of[j]


def _anchor(
    text: str, i: int, mentions: list[SymbolicMention], days_of: dict[int, Days]
) -> int | None:
    """The dated mention a time of day narrows: the nearest before it, else after it;
    never a day ruled out whole ("not Friday, after 4" is after 4 on any day)."""
    sym = mentions[i].sym
    if sym.tod is None or sym.is_length or sym.rel_minutes is not None:
        return None
    # a negated day with a time of its own still lends its day: "I'm busy Tuesday
    # morning but the afternoon is free" is Tuesday afternoon
    fits = [
        j
        for j in days_of
        if (not mentions[j].sym.negated or mentions[j].sym.tod is not None)
        and not web_form.unticked(text, mentions[j])  # "[ ] Fri": an option not chosen
    ]
    before = [j for j in fits if j < i]
    after = [j for j in fits if j > i]
    if (
        after
        and min(after) == i + 1
        and (not before or _NEXT_TO.fullmatch(text, mentions[i].end, mentions[i + 1].start))
    ):
        return i + 1  # "11 am, Monday or Tuesday": a time right before a list of days
    if before:
        return max(before)
    return min(after) if after else None


def _span_days(days: Days) -> int:
    return (days[-1][1] - days[0][0]).days


def _days(r: Reading) -> Days:
    out: Days = []
    for s, e in r.intervals:
        last = (e - timedelta(microseconds=1)).date()
        out.append((s.date(), last + timedelta(1)))
    return out


def _type(sym: Sym, anchored: bool) -> str:
    if sym.is_length:
        return "duration"
    if sym.bound:
        return "bound"
    if sym.recur is not None:
        return "set"
    if sym.until is not None:
        return "datetimerange"
    if sym.rel_minutes is not None:
        return "datetime" if sym.rel_end is None else "datetimerange"
    tod = sym.tod
    # a clock, exact or approximate ("around 4:30"), is when the visit starts: "time" /
    # "datetime", so a caller lets an approximate start fall anywhere in its window
    exact = tod is not None and tod.kind == "clock"
    if sym.span is not None:  # "next week at 2:15": a start at 2:15 on any of its days
        return ("datetime" if exact else "datetimerange") if tod is not None else "daterange"
    if sym.day is not None:
        return "date" if tod is None else ("datetime" if exact else "datetimerange")
    return "time" if exact else "timerange"


def _week_of_an_event(text: str, sm: SymbolicMention) -> bool:
    """A week said as the time of an event or an absence ("its my birthday next week",
    "we're away next week"), not a wish: a weekday said after it is not read in it."""
    span = sm.sym.span
    return span is not None and span.kind in ("week", "weekof") and said_of_an_event(text, sm)


def _week_wished_in(mentions: list[SymbolicMention], i: int) -> int | None:
    """The week ("next week", "the week of the 7th") a bare weekday wished for is said
    in (`share_week_with_days_wished`), by index."""
    sym = mentions[i].sym
    if not _bare_weekday(sym.day) or sym.negated or sym.bound:
        return None
    k = _refers_to(mentions, mentions[i])
    span = mentions[k].sym.span if k is not None else None
    return k if span is not None and span.kind in ("week", "weekof") else None


def _refers_to(mentions: list[SymbolicMention], sm: SymbolicMention) -> int | None:
    """The index of the mention holding a back-reference's antecedent."""
    if not sm.ref:
        return None
    start = sm.ref[0]
    return next((j for j, m in enumerate(mentions) if m.start <= start < m.end), None)


def _mention(
    text: str,
    sm: SymbolicMention,
    readings: list[Reading],
    zone: str,
    anchor: int | None,
    refers_to: int | None = None,
) -> TimeMention:
    sym = sm.sym
    return TimeMention(
        text=text[sm.start : sm.end],
        span=(sm.start, sm.end),
        rule=sm.rule,
        type=_type(sym, anchor is not None),
        reading=readings[0] if readings else None,
        alternatives=tuple(readings[1:]),
        negated=sym.negated,
        bound=sym.bound or None,
        duration_minutes=sym.duration,
        zone=zone,
        symbolic=str(sym),
        cue=sm.cue,
        modifies=anchor,
        refers_to=refers_to,
        booked_span=booked_span(text, (sm.start, sm.end), sym, readings),
        names_week=sym.names_week,
        duration_times=sym.times,
        unticked=web_form.unticked(text, sm),
    )
