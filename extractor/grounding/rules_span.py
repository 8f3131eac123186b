"""Long-span and relative rules: years, quarters, decades, weeks of a date, offsets.

"in 2019", "before 2010", "2014-2018", "2017 april", "2015-12", "Q3 2019", "next quarter",
"the 1990s", "last year", "the week of April 10th", "3 days ago", "in two months",
"30 minutes later", "the last 3 months", "right now".

Explicit past markers ("ago", "last", "previous", "past") are honoured: the booking
convention "never in the past" only applies to dates that do not say which way they point.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import (
    DOM,
    MON,
    NOT_COUNT,
    NUMW,
    ORD,
    ORDW,
    PART1,
    YEAR4,
    YEARW,
    Atom,
    Options,
    part_of,
    rule,
)
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym

_REL = lx.alternation(lx.RELATIVE_WORDS)
_UNIT_WORDS = lx.alternation(lx.TIME_UNITS)
_QTY = rf"(?P<n>\d{{1,3}}|{NUMW}|one)"
_NOT_CLOCK = r"(?!\s*(?:[:.]\d|a\.?m\b|p\.?m\b|o['’]?clock|hrs?\b|hours?\b|h\b))"


# ---------------------------------------------------------------- years
@rule(
    "year",
    rf"(?:{PART1}[\s-]+(?:of\s+)?)?(?P<pre>(?:the\s+)?year\s+(?:of\s+)?)?(?P<y>{YEAR4})"
    rf"{_NOT_CLOCK}{NOT_COUNT}"
    rf"|(?P<pre2>(?:in|since|of|the\s+year)\s+)(?P<yw>{YEARW})",
)
def _year(m: re.Match[str], o: Options) -> Atom:
    """ "in 2019", "the year 2019", "mid 2019"; a spelled year needs "in" / "since" before."""
    if m.group("yw"):
        sym = Sym(span=SpanSpec("year", year=lx.spelled_year(m.group("yw"))))
        start = m.start("yw") if not m.group("pre2").lower().startswith("the") else m.start()
        return Atom(start, m.end(), sym, [])
    sym = Sym(span=SpanSpec("year", year=int(m.group("y")), part=part_of(m)))
    weak = not (m.group("pre") or m.group("part"))
    return Atom(m.start(), m.end(), sym, [], weak=weak)


# ---------------------------------------------------------------- "the day" as a noun
_PERIOD_NOUN = {"day": None, "week": "week", "month": "month", "year": "year"}


@rule(
    "the_period",
    r"(?:for\s+the|the\s+same|same"
    r"|(?<!day\sof\s)(?<!days\sof\s)(?<!time\sof\s)(?<!part\sof\s)(?<=of\s)the)"
    r"\s+(?P<u>day|week|month|year)(?![-'’]|\s+(?:before|after|of|\d))",
)
def _the_period(m: re.Match[str], o: Options) -> Sym | None:
    """ "blocked for the day", "away for the month", "the same week", "deal of the month":
    the current one. Next to a dated mention it adds nothing ("Friday for the day")."""
    unit = m.group("u").lower()
    if unit == "day":
        if not m.group(0).lower().startswith("for"):
            return None  # "of the day", "the same day" say no day of their own
        return Sym(day=DaySpec("rel", 0))
    kind = _PERIOD_NOUN[unit]
    assert kind is not None
    return Sym(span=SpanSpec(kind, 0))


@rule(
    "year_relative",
    r"(?:the\s+)?year\s+(?P<far>after\s+next|before\s+last)"
    rf"|(?:{PART1}[\s-]+)?(?P<which>{_REL})\s+(?:calendar\s+)?year",
)
def _year_relative(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("far"):
        return Sym(span=SpanSpec("year", 2 if "next" in m.group("far").lower() else -2))
    which = re.sub(r"\s+", " ", m.group("which").lower())
    if which == "the" and not m.group("part") and not re.search(r"\bof\s+$", m.string[: m.start()]):
        return None  # "the year" alone says no which one; "the end of the year" does
    return Sym(span=SpanSpec("year", lx.RELATIVE_WORDS[which], part=part_of(m)))


@rule(
    "year_month",
    rf"(?P<y>{YEAR4})[-/.](?P<mo>1[0-2]|0?[1-9])(?![-/.]?\d)"
    rf"|(?P<y2>{YEAR4})[\s/-]+(?P<mon>{MON})(?![-/]\d)"
    rf"|(?P<mon2>{MON})[/-](?P<y3>{YEAR4})",
)
def _year_month(m: re.Match[str], o: Options) -> Sym:
    year = int(m.group("y") or m.group("y2") or m.group("y3"))
    word = m.group("mon") or m.group("mon2")
    month = lx.month_index(word) if word else int(m.group("mo"))
    return Sym(span=SpanSpec("month", month=month, year=year))


@rule(
    "year_month_day",
    rf"(?P<y>{YEAR4})[/-](?P<mon>{MON})[/-](?P<d>{DOM})"
    rf"|(?P<d2>{DOM})[/-](?P<mon2>{MON})[/-](?P<y2>{YEAR4})"
    r"|(?P<a>[0-3]?\d)[-.](?P<b>[0-3]?\d)[-.](?P<y3>(?:19|20)\d\d)"
    r"|(?P<y4>(?:19|20)\d\d)(?P<s>[/.\s])(?P<mo4>[01]?\d)(?P=s)(?P<d4>[0-3]?\d)(?![\d:])"
    r"|(?P<y5>(?:19|20)\d\d)(?P<mo5>[01]\d)(?P<d5>[0-3]\d)",
)
def _year_month_day(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("y4") or m.group("y5"):  # "2026/12/02", "2016 10 16", "20161016"
        mo, d = int(m.group("mo4") or m.group("mo5")), int(m.group("d4") or m.group("d5"))
        year = int(m.group("y4") or m.group("y5"))
    elif m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        mo, d = (b, a) if o.date_order.upper() == "DMY" or a > 12 else (a, b)
        year = int(m.group("y3"))
    else:
        mo = lx.month_index(m.group("mon") or m.group("mon2"))
        d, year = int(m.group("d") or m.group("d2")), int(m.group("y") or m.group("y2"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Sym(day=DaySpec("md", d, month=mo, year=year))


@rule(
    "decade",
    r"(?:the\s+)?(?P<y>(?:19|20)\d0|'?\d0)\s?['’]?s"
    rf"|(?:the\s+)?(?P<c>{ORD}|{ORDW})\s+century",
)
def _decade(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("c"):
        century = lx.ordinal_value(m.group("c"))
        return Sym(span=SpanSpec("year", year=(century - 1) * 100, part="century"))
    y = m.group("y").lstrip("'")
    year = int(y) if len(y) == 4 else 1900 + int(y)
    return Sym(span=SpanSpec("year", year=year, part="decade"))


# ---------------------------------------------------------------- quarters
_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_Q_ORD |= {"4th": 4, "last": 4, "final": 4}


@rule(
    "quarter",
    rf"(?P<which>{_REL})\s+quarter"
    rf"|(?P<y>{YEAR4})[\s-]*q(?P<q>[1-4])|q(?P<q2>[1-4])(?:[\s-]*(?P<y2>{YEAR4}))?"
    rf"|(?:the\s+)?(?:whole\s+)?(?P<ord>{lx.alternation(_Q_ORD)})\s+quarter"
    rf"(?:\s+of\s+(?:the\s+year|(?P<y3>{YEAR4})|(?P<rel>{_REL})\s+year))?",
)
def _quarter(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("which"):
        which = re.sub(r"\s+", " ", m.group("which").lower())
        if which == "the":
            return None
        return Sym(span=SpanSpec("quarter", lx.RELATIVE_WORDS[which]))
    q = m.group("q") or m.group("q2")
    quarter = int(q) if q else _Q_ORD[m.group("ord").lower()]
    year = m.group("y") or m.group("y2") or m.group("y3")
    offset = 0
    if m.group("rel"):  # "the first quarter of next year"
        offset = lx.RELATIVE_WORDS.get(re.sub(r"\s+", " ", m.group("rel").lower()), 0)
    return Sym(span=SpanSpec("quarter", offset, month=quarter, year=int(year) if year else 0))


# ---------------------------------------------------------------- weeks of a date
@rule(
    "week_of",
    r"(?:the\s+)?week\s+(?:of|beginning|commencing|starting)(?:\s+on)?|w/?c",
)
def _week_of(m: re.Match[str], o: Options) -> Atom:
    """A prefix cue: "the week of" + a day -> the Monday-Sunday week holding that day."""
    return Atom(m.start(), m.end(), None, [], cue="week_of", cue_text=m.group(0).strip())


@rule("weekend_of", r"(?:the\s+)?week[\s-]?end\s+of")
def _weekend_of(m: re.Match[str], o: Options) -> Atom:
    """A prefix cue: "the weekend of" + a day -> the Saturday and Sunday of that day's week."""
    return Atom(m.start(), m.end(), None, [], cue="weekend_of", cue_text=m.group(0).strip())


_WEEK_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_WEEK_ORD |= {"4th": 4, "last": -1, "final": -1}


@rule(
    "nth_week_of",
    rf"(?:the\s+)?(?P<ord>{lx.alternation(_WEEK_ORD)})\s+(?:full\s+)?week\s+(?:of|in)",
)
def _nth_week_of(m: re.Match[str], o: Options) -> Atom:
    """A prefix cue: "the last week of" + a month or year -> that week (Monday-Sunday)."""
    n = _WEEK_ORD[m.group("ord").lower()]
    return Atom(
        m.start(), m.end(), None, [], cue="nth_week", cue_text=m.group(0), notes={"n": str(n)}
    )


# ---------------------------------------------------------------- offsets from now
def _offset(n: int, unit: str) -> Sym:
    kind, size = lx.TIME_UNITS[unit.lower()]
    if kind == "minute":
        return Sym(rel_minutes=n * size)
    if kind == "month":
        return Sym(day=DaySpec("relm", n * size))
    return Sym(day=DaySpec("rel", n * size))


def _qty(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower())
    return 1 if w == "one" else lx.number_value(w)


_PAIR = rf"(?:\d{{1,3}}|{NUMW}|one|an?)\s+(?:{_UNIT_WORDS})"
_PAIRS = re.compile(rf"(\d{{1,3}}|{NUMW}|one|an?)\s+({_UNIT_WORDS})(?![\w])", re.I)


def _compound_offset(text: str, back: bool) -> Sym:
    """ "2 years 1 month 21 days later", "2 weeks and 2 days ago": the units summed."""
    months = days = minutes = 0
    for qty, unit in _PAIRS.findall(text):
        n = 1 if qty.lower() in ("a", "an") else _qty(qty)
        kind, size = lx.TIME_UNITS[unit.lower()]
        if kind == "month":
            months += n * size
        elif kind == "day":
            days += n * size
        else:
            minutes += n * size
    sign = -1 if back else 1
    if minutes:
        return Sym(rel_minutes=sign * (minutes + 1440 * days))
    if not months:
        return Sym(day=DaySpec("rel", sign * days))
    relm = DaySpec("relm", sign * months)
    return Sym(day=DaySpec("shift", sign * days, base=relm)) if days else Sym(day=relm)


@rule(
    "units_ago",
    rf"(?:{_QTY}\s+(?P<unit>{_UNIT_WORDS})(?P<more>(?:\s*,?\s+(?:and\s+)?{_PAIR})+)?"
    r"|(?P<half>half\s+an\s+hour|an\s+hour\s+and\s+a\s+half))"
    r"\s+(?P<dir>ago|back(?![\s-]+to[\s-]+back)(?!\s+(?:massage|rub|treatment|wax|pain))"
    r"|before\s+now|earlier"
    r"|later(?!\s+(?:this|today|tonight|in\s+the|on|that))|from\s+now|hence|after\s+now)",
)
def _units_ago(m: re.Match[str], o: Options) -> Sym:
    back = m.group("dir").lower().split()[0] in ("ago", "back", "before", "earlier")
    if m.group("half"):
        minutes = 30 if m.group("half").lower().startswith("half") else 90
        return Sym(rel_minutes=-minutes if back else minutes)
    if m.group("more"):
        return _compound_offset(m.group(0)[: m.start("dir") - m.start()], back)
    n = _qty(m.group("n"))
    return _offset(-n if back else n, m.group("unit"))


@rule(
    "in_units",
    rf"in\s+(?:(?:about|around|like)\s+)?{_QTY}\s+(?P<unit>months?|years?|quarters?)"
    rf"(?:['’]?\s+time)?|(?P<half>half\s+an\s+hour|an\s+hour)\s+from\s+now",
)
def _in_units(m: re.Match[str], o: Options) -> Sym:
    if m.group("half"):
        return Sym(rel_minutes=30 if "half" in m.group("half").lower() else 60)
    return _offset(_qty(m.group("n")), m.group("unit"))


@rule(
    "last_n_units",
    rf"(?:the\s+|for\s+the\s+|in\s+the\s+|over\s+the\s+|during\s+the\s+)?"
    rf"(?P<which>last|past|previous|preceding)\s+{_QTY}\s+(?P<unit>days|weeks|months|years)",
)
def _last_n_units(m: re.Match[str], o: Options) -> Sym:
    n = _qty(m.group("n"))
    kind, size = lx.TIME_UNITS[m.group("unit").lower()]
    if kind == "month":
        return Sym(span=SpanSpec("months", -n * size))
    return Sym(span=SpanSpec("days", -n * size))


_HOUR_NEXT = re.compile(lx.HOUR_ENDS_CLAUSE, re.I)
_CLOCK_BEFORE = re.compile(lx.CLOCK_BEFORE_BOUND, re.I)


@rule("earliest_of", "|".join(f"(?:{p})" for p in lx.EARLIEST_OF))
def _earliest_of(m: re.Match[str], o: Options) -> Sym:
    """ "thurs or fri, whichever is earlier": the earliest of what the message lists, from
    now to the horizon like "asap"; `aside.unread` tells the two apart."""
    return Sym(rel_minutes=0, rel_end=0, soonest=True)


@rule("soonest", "|".join(f"(?:{p})" for p in lx.SOONEST))
def _soonest(m: re.Match[str], o: Options) -> Sym | None:
    """ "asap", "first available", "whenever is soonest": from now to the horizon. A bare
    "earliest" next to an hour is a bound on it ("earliest 3", "4:30 earliest")."""
    if m.group(0).lower() == "earliest" and (
        _HOUR_NEXT.match(m.string, m.end()) or _CLOCK_BEFORE.search(m.string, 0, m.start())
    ):
        return None
    return Sym(rel_minutes=0, rel_end=0, soonest=True)


@rule("latest_of", "|".join(f"(?:{p})" for p in lx.LATEST_OF))
def _latest_of(m: re.Match[str], o: Options) -> Sym:
    """ "Tues or Wed, whichever is later": the latest of what the message lists, from now
    to the horizon like "as late as possible"; `aside.unread` tells the two apart."""
    return Sym(rel_minutes=0, rel_end=0, latest=True)


@rule("latest", "|".join(f"(?:{p})" for p in lx.LATEST))
def _latest(m: re.Match[str], o: Options) -> Sym:
    """ "as late as possible", "the last slot of the day": from now to the horizon."""
    return Sym(rel_minutes=0, rel_end=0, latest=True)


@rule("now", r"right\s+now|at\s+the\s+moment|(?P<now>now)(?=\s*(?:[.!?]|$))")
def _now(m: re.Match[str], o: Options) -> Atom:
    return Atom(m.start(), m.end(), Sym(rel_minutes=0), [])
