"""Offset rules: days counted from another day, n-th weekdays, week numbers, windows.

"3 days after tomorrow", "2 weeks before Christmas", "the day after next Monday",
"more than 2 weeks before today", "the second Tuesday of March", "the last Friday of
the month", "the first day of next month", "week 23", "week 3 of 2027", "the next 3
hours", "within 2 days", "the next 2 weeks", "the previous 4 business days", "the next
decade".

"4 days from the 1st" is not an offset: in a booking it is a stay of 4 days starting on
the 1st, so "from" stays the range word it is. An offset from a day is a prefix cue ("3 days after") that `compose.apply_cues` folds
into the day after it, as "the week of" is; alone it is dropped ("2 days after the
meeting" says no day).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.anaphora import CLAUSE_END
from slotwise.extractor.grounding.atoms import (
    MON,
    NUMW,
    WD,
    YEAR,
    YEAR4,
    Atom,
    Options,
    rule,
    year_of,
)
from slotwise.extractor.grounding.lexicon_cues import COUNT_QUALIFIER, COUNT_QUALIFIERS
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

_QTY = rf"(?P<n>\d{{1,3}}|{NUMW}|one)"
_DAY_UNITS = r"(?P<unit>days?|weeks?|wks?|fortnights?|months?|years?|yrs?|quarters?)"


def _qty(word: str | None, default: int = 1) -> int:
    if not word:
        return default
    w = re.sub(r"\s+", " ", word.lower())
    return 1 if w == "one" else lx.number_value(w)


def _day_shift(n: int, unit: str) -> tuple[int, str]:
    """(offset, "day" | "month") for n of a unit from `lexicon.TIME_UNITS`."""
    kind, size = lx.TIME_UNITS[unit.lower()]
    return n * size, "month" if kind == "month" else "day"


# "any day after the 2nd", "any other day after that": any day, then a bound; not a day
CLAUSE_END_RE = re.compile(CLAUSE_END, re.I)
_ANY_BEFORE = re.compile(r"\b(?:any|some|every|other|one)\s+$", re.I)


# ---------------------------------------------------------------- offsets from a day
# "the week after same day same time": that day a week on, as before (not the week)
_SAME_AFTER = re.compile(r"\s+(?:the\s+)?(?:same|that)\b", re.I)
_WEEK_BEFORE = re.compile(r"(?:^|\b(?:the|in|during|of)\s+)$", re.I)  # "(in) the week after"
_THAT_DAY = re.compile(r"\b(?:that|same)\s+$", re.I)  # "that day after 3": that day, a bound
_EACH_DAY = re.compile(r"\beach\s+$", re.I)  # "each day after 5" (a clock): a set, a bound
# A clock after "each day after": "5", "5pm", "6:30", "noon", "work"; not "the 22nd".
_CLOCK_NEXT = re.compile(
    r"\s+(?:\d{1,2}(?:[:.]\d\d)?(?![\d:./]|st|nd|rd|th)|noon|midday|lunch|work|school)", re.I
)


@rule(
    "offset_from_day",
    rf"(?:(?P<q>{COUNT_QUALIFIER})\s+)?"
    rf"(?:(?P<a>an?|one)\s+|{_QTY}\s+)?{_DAY_UNITS}\s+(?P<dir>before|after|prior\s+to|ahead\s+of)"
    r"|(?:the\s+)?(?P<unit2>day)\s+(?P<dir2>before|after)"
    r"|the\s+(?P<unit3>weekend|wknd)\s+(?P<dir3>before|after|prior\s+to|leading\s+up\s+to)",
)
def _offset_from_day(m: re.Match[str], o: Options) -> Atom | None:
    """A prefix cue: "3 days after" + a day -> that day moved 3 days on."""
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    word = m.group("dir") or m.group("dir2") or m.group("dir3")
    back = word.lower().split()[0] in ("before", "prior", "ahead", "leading")
    whole_week = m.group("unit3") or (
        unit in ("week", "wk") and not m.group("n") and not m.group("a")
    )
    if m.group("unit3") and _SAME_AFTER.match(m.string, m.end()):
        return None  # "the weekend after that day": the weekend, then that day
    if whole_week and not _SAME_AFTER.match(m.string, m.end()):
        # "the week after Paddy's Day", "in week after Saint Patrick", "the weekend before
        # Christmas": a week (weekend) beside the day, not a day a week on (A49)
        if not _WEEK_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
            return None  # "next week after 3pm": a week, then a bound
        notes = {"week": "weekend" if m.group("unit3") else "week", "back": "1" if back else ""}
        return Atom(m.start(), m.end(), None, [], cue="shift", cue_text=m.group(0), notes=notes)
    if m.group("n") is None and m.group("a") is None and unit.endswith("s"):
        return None  # "days after" with no count
    before = m.string[: m.start()]
    if _ANY_BEFORE.search(before):
        return None  # "any day after the 2nd": any day, then a bound
    if (
        unit == "day"
        and m.group("n") is None
        and (
            _THAT_DAY.search(before)
            or (_EACH_DAY.search(before) and _CLOCK_NEXT.match(m.string, m.end()))
        )
    ):
        return None  # "that day after 3", "each day after 5": a day or a set, then a bound
    if (
        m.group("n") is None
        and m.group("a") is None
        and unit != "day"
        and not re.search(r"\bthe\s+$", m.string[: m.start()], re.I)
    ):
        return None  # "next month after 3pm": a month, then a bound; "the week after" shifts
    n, kind = _day_shift(_qty(m.group("n")), unit)
    q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
    which = COUNT_QUALIFIERS.get(q, "")
    notes = {"n": str(-n if back else n), "unit": kind, "q": which}
    return Atom(m.start(), m.end(), None, [], cue="shift", cue_text=m.group(0), notes=notes)


@rule(
    "weekday_before_after_day",
    rf"the\s+(?P<wd>{WD})\s+(?P<dir>before|after)(?!\s+(?:same|that|then)\b)"
    r"(?=\s+(?:the\s+|next\s+|this\s+)?[\w])",
)
def _weekday_before_after_day(m: re.Match[str], o: Options) -> Atom | None:
    """A prefix cue: "the Monday before" + a day -> the last Monday before that day ("the
    monday before christmas", "the friday after the 14th"). At the end of a clause the
    words lean back instead (`anaphora.py`: "the Tuesday after that")."""
    return _wd_from_day(m)


def _wd_from_day(m: re.Match[str]) -> Atom | None:
    if CLAUSE_END_RE.match(m.string, m.end()):
        return None
    notes = {"wd": str(lx.weekday_index(m.group("wd"))), "dir": m.group("dir").lower()}
    return Atom(m.start(), m.end(), None, [], cue="wd_from_day", cue_text=m.group(0), notes=notes)


_ANY_WEEKDAY = re.compile(r"\b(?:any|every|all|other|a)\s+$", re.I)


# ... said without "the", or with "first" / "next": "earliest monday after the 20th", "the
# first Tuesday after the 15th", "next friday after Christmas". Only before a date said
# whole ("the 20th", "Dec 9", a holiday), so "monday after 3" stays a day and a bound.
@rule(
    "weekday_before_after_day",
    rf"(?:(?:the\s+)?(?:first|next|1st)\s+)?(?P<wd>{WD})\s+(?P<dir>before|after)"
    rf"(?=\s+(?:the\s+\d{{1,2}}(?:st|nd|rd|th)\b|(?:{MON})\.?\s+\d|"
    r"(?:christmas|xmas|easter|new\s+year['’]?s|thanksgiving|boxing\s+day)\b))",
)
def _weekday_before_after_date(m: re.Match[str], o: Options) -> Atom | None:
    if _ANY_WEEKDAY.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "any monday after the 20th": every such Monday, then a bound
    return _wd_from_day(m)


@rule(
    "day_before_after",
    r"(?:(?:the\s+)?(?P<w>day|night)|the\s+(?P<pod>morning|afternoon|arvo|evening|eve))"
    r"\s+(?P<dir>before|after|b4)"  # "the day b4" (A49: "eid's on the 16th so ... the day b4")
    r"(?:\s+that|\s+the\s+(?:last|final)(?:\s+(?:one|day|date|of\s+(?:them|those|these)))?)?"
    + CLAUSE_END,
)
def _day_before_after(m: re.Match[str], o: Options) -> Sym | None:
    """ "the day before", "the day after" at the end of a clause: the day said before it
    moved by one (`anaphora.py`), else yesterday / tomorrow; "the day after the last one"
    leans on the last of the days listed before it, the nearest one. "the evening
    before", "the night before", "the morning after": that part of the moved day."""
    if _ANY_BEFORE.search(m.string, 0, m.start()):
        return None  # "any day after that": any day, then a bound
    if m.group("pod") and m.end() > m.end("dir"):
        return None  # "the morning before that, like 8": that day's morning, before it
    day = DaySpec("rel", -1 if m.group("dir").lower() in ("before", "b4") else 1)
    said = m.group("pod") or (m.group("w") or "").lower()
    pod = lx.POD_WORDS.get(said.lower()) if said.lower() != "day" else None
    return Sym(day=day, tod=TodSpec("pod", pod=pod) if pod else None)


# ---------------------------------------------------------------- n-th weekday of a month
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_NTH |= {"4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}
_REL_MONTH = {"this": 0, "the": 0, "current": 0, "next": 1, "nxt": 1, "following": 1}
_REL_MONTH |= {"coming": 1, "last": -1, "previous": -1, "past": -1}


@rule(
    "nth_weekday_of_month",
    rf"(?:the\s+)?(?P<ord>{lx.alternation(_NTH)})\s+(?:(?P<wd>{WD})|(?P<day>day))\s+(?:of|in)\s+"
    rf"(?:(?P<mon>{MON})(?:\s*,?\s*(?P<y>{YEAR}))?"
    rf"|(?:the\s+)?(?P<which>{lx.alternation(_REL_MONTH)})\s+month)",
)
def _nth_weekday_of_month(m: re.Match[str], o: Options) -> Sym:
    """ "the second Tuesday of March", "last Friday of the month", "first day of next month"."""
    n = _NTH[m.group("ord").lower()]
    wd = lx.weekday_index(m.group("wd")) if m.group("wd") else -1
    if m.group("mon"):
        within = SpanSpec("month", month=lx.month_index(m.group("mon")), year=year_of(m.group("y")))
    else:
        within = SpanSpec("month", _REL_MONTH[m.group("which").lower()])
    return Sym(day=DaySpec("nthwd", n, weekday=wd, within=within))


# ---------------------------------------------------------------- week numbers
@rule(
    "week_number",
    r"(?:the\s+)?(?:week|wk)\s*(?:number\s+|no\.?\s*|#\s*)?(?P<n>[1-5]?\d)(?![\d:.,/]\d|\s*(?:days?|weeks?))"
    rf"(?:\s+(?:of|in)\s+(?:(?:the\s+)?year\s+)?(?:(?P<y>{YEAR4})|(?P<rel>this|next|last|previous)\s+year))?",
)
def _week_number(m: re.Match[str], o: Options) -> Atom | None:
    """ISO week numbers: "week 23" (this year's), "week 3 of 2027", "week 27 of last year".
    Without a year it is weak: "on week 23" is a time, "week 2 of my diet" is not."""
    n = int(m.group("n"))
    if not 1 <= n <= 53:
        return None
    if not (m.group("y") or m.group("rel")) and re.match(r"\s+of\b", m.string[m.end() :], re.I):
        return None  # "week 2 of my diet"
    rel = (m.group("rel") or "this").lower()
    offset = {"next": 1, "last": -1, "previous": -1}.get(rel, 0)
    year = int(m.group("y")) if m.group("y") else 0
    sym = Sym(span=SpanSpec("isoweek", n, lo=SpanSpec("year", offset, year=year)))
    weak = not (m.group("y") or m.group("rel"))
    return Atom(m.start(), m.end(), sym, [], weak=weak)


# ---------------------------------------------------------------- windows from now
_WINDOW_UNITS = (
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?|weeks?|wks?|fortnights?|months?|years?|yrs?|"
    r"(?P<bd>business|working|work)\s+days?|weekdays|decades?)"
)


@rule(
    "window",
    rf"(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?P<which>next|coming|following|last|past|"
    rf"previous|preceding)\s+(?:{_QTY}\s+)?{_WINDOW_UNITS}"
    rf"|(?:the\s+)?{_QTY.replace('<n>', '<n2>')}\s+(?P<which2>next|last|past)\s+"
    r"(?P<unit2>hours|minutes|days|weeks|months|years)"
    rf"|(?P<within>within)\s+(?:the\s+next\s+)?(?:(?:an?|one)\s+|{_QTY.replace('<n>', '<n3>')}\s*)"
    r"(?P<unit3>hours?|hrs?|h|minutes?|mins?|days?|weeks?|fortnights?|months?|years?)"
    r"|(?P<within2>within)\s+the\s+(?:next\s+)?(?P<unit4>fortnight|week)",  # "within the fortnight"
)
def _window(m: re.Match[str], o: Options) -> Sym | None:
    """A window from now: "the next 3 hours", "within 2 days", "the next 2 weeks"."""
    if m.group("within2"):  # "within the fortnight", "within the next week": from today
        days = 14 if m.group("unit4").lower() == "fortnight" else 7
        return Sym(span=SpanSpec("range", start=DaySpec("rel", 0), end=DaySpec("rel", days)))
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    word = m.group("n") or m.group("n2") or m.group("n3")
    if word is None and unit.endswith("s") and not unit.startswith(("h", "m")):
        return None
    calendar_unit = not unit.startswith(("h", "m", "decade", "fortnight"))
    if word is None and not m.group("within") and calendar_unit:
        return None  # "next week", "last month": the calendar rules say those
    n = _qty(word)
    which = (m.group("which") or m.group("which2") or "next").lower()
    back = which in ("last", "past", "previous", "preceding")
    if unit.startswith("decade"):
        return Sym(span=SpanSpec("decade", -n if back else 1, month=n))
    if m.group("bd") or unit == "weekdays":
        return Sym(span=SpanSpec("bdays", -n if back else n))
    if unit.startswith("h") or unit.startswith("min"):
        minutes = n * (60 if unit.startswith("h") else 1)
        if back:
            return Sym(rel_minutes=-minutes, rel_end=0)
        return Sym(rel_minutes=0, rel_end=minutes)
    kind, size = lx.TIME_UNITS[unit]
    # "within 2 days", "the next fortnight" (said as one span, today included): from today
    within = m.group("within") or m.group(0).lower().startswith("within") or unit[:4] == "fort"
    if within and not back:
        end = DaySpec("relm", n * size) if kind == "month" else DaySpec("rel", n * size)
        return Sym(span=SpanSpec("range", start=DaySpec("rel", 0), end=end))
    if back:
        if kind == "month":
            return Sym(span=SpanSpec("months", -n * size))
        return Sym(span=SpanSpec("days", -n * size))
    if kind == "month":
        return Sym(span=SpanSpec("ahead", n * size, month=1))
    return Sym(span=SpanSpec("ahead", n * size))


@rule("decade_relative", r"(?:the\s+)?(?P<which>this|current|next|last|previous|past)\s+decade")
def _decade_relative(m: re.Match[str], o: Options) -> Sym:
    which = m.group("which").lower()
    n = 1 if which == "next" else 0 if which in ("this", "current") else -1
    return Sym(span=SpanSpec("decade", n, month=1))
