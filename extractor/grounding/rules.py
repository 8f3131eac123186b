"""Named rules: small frozen records of a name, a compiled pattern and a producer.

Each rule finds an *atom*: a piece of a time phrase ("next Tuesday", "3pm",
"afternoon", "not after", "London time"). `compose.py` joins atoms into mentions.
All patterns are compiled at import; `find_atoms` runs them once over the message.

An atom is *weak* when its words are also ordinary words ("sat", "may", a bare "2"):
a weak atom survives only when joined to a strong one or preceded by a context word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec
from slotwise.extractor.grounding.zones import ZONE_WORDS, zone_of

B0 = r"(?<![\w'’])"
B1 = r"(?![\w])"


@dataclass
class Atom:
    """A matched piece of a time phrase (or a cue word) with its span."""

    start: int
    end: int
    sym: Sym | None
    rules: list[str]
    weak: bool = False
    cue: str = ""  # "neg" | "neg_post" | "bound" | "bound_post" | "between" | ""
    bound: str = ""
    incl: bool = False
    sep: bool = False  # "until"/"till"/"through" may also join a range
    cue_text: str = ""
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    date_order: str = "MDY"


Producer = Callable[[re.Match[str], Options], "Atom | Sym | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    produce: Producer
    weak: bool = False


_RULES: list[Rule] = []


def rule(
    name: str, pattern: str, *, weak: bool = False, flags: int = re.I
) -> Callable[[Producer], Producer]:
    """Register a producer under a name with its pattern (compiled here, once)."""

    def deco(fn: Producer) -> Producer:
        _RULES.append(Rule(name, re.compile(B0 + "(?:" + pattern + ")" + B1, flags), fn, weak))
        return fn

    return deco


# ---------------------------------------------------------------- fragments
WD_ALL = [w for names in lx.WEEKDAYS for w in names]
WD = lx.alternation(WD_ALL)
WD_PLURAL = "(?:" + "|".join(names[0] for names in lx.WEEKDAYS) + "|weds|tues|thurs)s"
MON = lx.alternation([w for names in lx.MONTHS for w in names]) + r"\.?"
DOM = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = DOM + r"(?:st|nd|rd|th)"
ORDW = lx.alternation(lx.ORDINAL_WORDS)
DAYNUM = f"(?:{ORD}|{DOM}|{ORDW})"
YEAR = r"(?:20\d\d|'\d\d)"
NUMW = lx.alternation(lx.NUMBER_WORDS)
HOURW = lx.alternation(lx.HOUR_WORDS)
MINW = lx.alternation(lx.MINUTE_WORDS)
HOUR = rf"(?:[01]?\d|2[0-4]|{HOURW})"
AMPM = r"(?:\s*(?:a\.m\.?|p\.m\.?|am|pm)|(?:a|p)(?=[\s,.!?;)-]|$))(?:[\s-]?ish)?"
PREP = (
    r"(?:(?P<prep>at\s+around|at\s+about|around|about|approx\.?|approximately|roughly|"
    r"at|@|~)\s*)?"
)
COUNT = lx.alternation(lx.COUNT_NOUNS)
NOT_COUNT = rf"(?!\s*(?:{COUNT}|[/:.]?\d|%|\$)(?![\w]))"
PART = (
    r"(?P<NAME>early|earlier\s+in|late|later\s+in|later|mid|mid-|middle\s+of|the\s+middle\s+of|"
    r"beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of|end\s+of|the\s+end\s+of|"
    r"towards\s+the\s+end\s+of|toward\s+the\s+end\s+of|first\s+half\s+of|second\s+half\s+of|"
    r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|rest\s+of|the\s+rest\s+of)"
)
PART1 = PART.replace("NAME", "part")
PART2 = PART.replace("NAME", "part2")


def _part_of(m: re.Match[str]) -> str:
    d = m.groupdict()
    return _part(d.get("part") or d.get("part2"))


def _part(word: str | None) -> str:
    if not word:
        return ""
    w = word.lower()
    if "rest" in w:
        return "rest"
    if "end" in w or w.startswith("late") or "second half" in w:
        return "end" if "end" in w else "late"
    if "mid" in w:
        return "mid"
    return "early"


def _year(s: str | None) -> int:
    if not s:
        return 0
    s = s.strip("'")
    return 2000 + int(s) if len(s) == 2 else int(s)


# ---------------------------------------------------------------- days
@rule("today", r"to\s?day|tdy|2day|tday")
def _today(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0))


@rule(
    "tomorrow",
    r"tomm?orr?o[wr]?|tomorow|tmrw?|tmrow|tmw|tmro|tomo|2mor+ow|2moro|2mrw|2mr|tomrw|tommorow|"
    r"tomorrrow|tomorroww",
)
def _tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 1))


@rule("day_after_tomorrow", r"(?:the\s+)?day\s+after\s+(?:tomm?orr?ow|tomorow|tmrw?|2moro)")
def _dat(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2))


@rule("yesterday", r"yesterday|yday")
def _yesterday(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", -1))


@rule(
    "in_n_days",
    rf"(?:in|within)\s+(?:(?:about|around|like)\s+)?(?P<n>\d{{1,2}}|{NUMW})\s+days?(?:\s+time)?"
    rf"|(?P<n2>\d{{1,2}}|{NUMW})\s+days?\s+from\s+(?:now|today)",
)
def _in_n_days(m: re.Match[str], o: Options) -> Sym:
    word = (m.group("n") or m.group("n2")).lower()
    n = lx.number_value(word)
    alts: tuple[tuple[int, int], ...] = ()
    if "couple" in word:
        alts = ((3, 0),)
    elif "few" in word or "several" in word:
        alts = ((2, 0), (4, 0))
    return Sym(day=DaySpec("rel", n, alts=alts))


@rule(
    "in_n_weeks",
    rf"(?:in|within)\s+(?:(?:about|around)\s+)?(?P<n>\d{{1,2}}|{NUMW})\s+(?:weeks?|wks?)(?:['’]?\s+time)?"
    rf"|(?P<n2>\d{{1,2}}|{NUMW})\s+(?:weeks?|wks?)\s+from\s+(?P<from>now|today|tomorrow|tmrw)"
    r"|in\s+a\s+fortnight(?:['’]s\s+time)?",
)
def _in_n_weeks(m: re.Match[str], o: Options) -> Sym:
    word = m.group("n") or m.group("n2")
    n = 2 if word is None else lx.number_value(word)
    extra = (
        1
        if (m.group("from") or "").lower().startswith("t")
        and "day" not in (m.group("from") or "").lower()
        else 0
    )
    return Sym(day=DaySpec("rel", 7 * n + extra))


_MODS = {
    "this": "this",
    "coming": "this",
    "this coming": "this",
    "upcoming": "this",
    "next": "next",
    "nxt": "next",
    "following": "next",
    "the following": "next",
    "last": "last",
    "previous": "last",
    "past": "last",
}


@rule(
    "weekday",
    rf"(?:(?P<mod>this\s+coming|this|coming|upcoming|next|nxt|the\s+following|last|previous)\s+)?"
    rf"(?P<wd>{WD})\.?(?P<after>\s+after\s+next)?",
)
def _weekday(m: re.Match[str], o: Options) -> Atom:
    wd_word = m.group("wd").lower()
    mod = _MODS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()), "")
    if m.group("after"):
        mod = "afternext"
    weak = not mod and wd_word in lx.WEAK_WEEKDAYS
    return Atom(
        m.start(), m.end(), Sym(day=DaySpec("wd", lx.weekday_index(wd_word), mod)), [], weak=weak
    )


@rule(
    "month_day",
    rf"(?P<mon>{MON})\s*(?:the\s+)?(?P<d>{ORD}|{DOM}|{ORDW}){NOT_COUNT}"
    rf"(?:\s*,?\s*(?P<y>{YEAR}))?",
)
def _month_day(m: re.Match[str], o: Options) -> Sym | None:
    return _md(lx.month_index(m.group("mon")), lx.ordinal_value(m.group("d")), m.group("y"))


@rule(
    "day_month",
    rf"(?:the\s+)?(?P<d>{ORD}|{DOM}|{ORDW})\s+(?:of\s+)?(?P<mon>{MON})(?:\s*,?\s*(?P<y>{YEAR}))?",
)
def _day_month(m: re.Match[str], o: Options) -> Sym | None:
    return _md(lx.month_index(m.group("mon")), lx.ordinal_value(m.group("d")), m.group("y"))


def _md(month: int, day: int, year: str | None) -> Sym | None:
    if not 1 <= day <= 31:
        return None
    return Sym(day=DaySpec("md", day, month=month, year=_year(year)))


@rule(
    "month_day_range",
    rf"(?:from\s+|between\s+)?(?P<mon>{MON})\s+(?P<d1>{ORD}|{DOM})\s*(?:-|–|to|through|thru|"
    rf"until|till|and)\s*(?P<d2>{ORD}|{DOM})(?!\s*(?:am|pm|a\.m|p\.m|:|o['’]?clock))",
)
def _month_day_range(m: re.Match[str], o: Options) -> Sym | None:
    mon = lx.month_index(m.group("mon"))
    d1, d2 = lx.ordinal_value(m.group("d1")), lx.ordinal_value(m.group("d2"))
    if d2 <= d1:
        return None
    a, b = DaySpec("md", d1, month=mon), DaySpec("md", d2, month=mon)
    return Sym(span=SpanSpec("range", start=a, end=b))


@rule(
    "ordinal_of_month",
    rf"(?:the\s+)?(?P<d>{ORD}|{ORDW})\s+of\s+(?P<which>this|the|next|nxt)\s+month",
)
def _ordinal_of_month(m: re.Match[str], o: Options) -> Sym:
    mod = "nextmonth" if m.group("which").lower().startswith("n") else ""
    return Sym(day=DaySpec("dom", lx.ordinal_value(m.group("d")), mod=mod))


@rule("ordinal_day", rf"(?P<pre>(?:on\s+)?the\s+|on\s+)?(?P<d>{ORD}){NOT_COUNT}")
def _ordinal_day(m: re.Match[str], o: Options) -> Atom:
    sym = Sym(day=DaySpec("dom", lx.ordinal_value(m.group("d"))))
    return Atom(m.start(), m.end(), sym, [], weak=not m.group("pre"))


@rule("ordinal_word_day", rf"(?P<pre>on\s+the|the)\s+(?P<d>{ORDW})(?!\s+(?:time|one|thing|floor))")
def _ordinal_word_day(m: re.Match[str], o: Options) -> Atom:
    sym = Sym(day=DaySpec("dom", lx.ordinal_value(m.group("d"))))
    return Atom(m.start(), m.end(), sym, [], weak=not m.group("pre").lower().startswith("on"))


@rule("numeric_date", r"(?P<a>[01]?\d|[23][01]?)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:20)?\d\d))?")
def _numeric_date(m: re.Match[str], o: Options) -> Sym | None:
    a, b = int(m.group("a")), int(m.group("b"))
    first, second = ((a, b), (b, a)) if o.date_order.upper() != "DMY" else ((b, a), (a, b))
    readings = [(mo, d) for mo, d in (first, second) if 1 <= mo <= 12 and 1 <= d <= 31]
    if not readings:
        return None
    y = m.group("y")
    year = 0 if not y else (2000 + int(y) if len(y) == 2 else int(y))
    (mo, d), rest = readings[0], tuple(r for r in readings[1:] if r != readings[0])
    return Sym(day=DaySpec("md", d, month=mo, year=year, alts=rest))


@rule("iso_date", r"(?P<y>20\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)")
def _iso_date(m: re.Match[str], o: Options) -> Sym | None:
    return _md(int(m.group("mo")), int(m.group("d")), m.group("y"))


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "nye": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "the 4th of july": (7, 4),
    "4th of july": (7, 4),
}


@rule("holiday", lx.alternation(_HOLIDAYS) + "|thanksgiving(?:\\s+day)?")
def _holiday(m: re.Match[str], o: Options) -> Sym:
    text = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
    if text.startswith("thanksgiving"):
        return Sym(day=DaySpec("dom", 0, mod="thanksgiving"))
    key = text if text in _HOLIDAYS else text.replace("'", "")
    mo, d = _HOLIDAYS.get(key, _HOLIDAYS.get(key.replace("s ", "'s ", 1), (12, 25)))
    return Sym(day=DaySpec("md", d, month=mo))


# ---------------------------------------------------------------- spans of days
@rule(
    "week",
    rf"(?:{PART1}[\s-]+)?(?:the\s+)?(?P<which>this|next|nxt|coming|the\s+following|following|last)"
    r"\s+(?:week|wk)|(?:the\s+)?week\s+after\s+next"
    rf"|{PART2}[\s-]+(?:the|this)\s+(?:week|wk)|later\s+this\s+week|(?P<mw>mid-?week)",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    text = m.group(0).lower()
    which = (m.group("which") or "this").lower()
    n = 2 if "after next" in text else {"last": -1}.get(which, 1 if which != "this" else 0)
    if which in ("coming",):
        n = 0 if "this" in text else 1
    part = _part_of(m)
    if text.startswith("later this"):
        part = "rest"
    if m.group("mw"):
        part = "mid"
    return Sym(span=SpanSpec("week", n, part=part))


@rule(
    "weekend",
    r"(?P<which>this|next|nxt|the|coming|this\s+coming|the\s+following)?\s*(?:week[\s-]?end|wkend|wknd)",
)
def _weekend(m: re.Match[str], o: Options) -> Sym:
    which = (m.group("which") or "").lower()
    n = 1 if which.startswith(("next", "nxt", "the following")) else 0
    return Sym(span=SpanSpec("weekend", n))


@rule(
    "month_relative",
    rf"(?:{PART1}[\s-]+)?(?:the\s+)?(?P<which>this|next|nxt|the\s+following|following|coming)\s+month"
    rf"|{PART2}[\s-]+(?:the|this)\s+month|end\s+of\s+month|eom",
)
def _month_relative(m: re.Match[str], o: Options) -> Sym:
    which = (m.group("which") or "this").lower()
    n = 0 if which == "this" else 1
    part = _part_of(m)
    if m.group(0).lower() in ("end of month", "eom"):
        part = "end"
    return Sym(span=SpanSpec("month", n, part=part))


@rule("month_name", rf"(?:{PART1}[\s-]+)?(?P<mon>{MON})(?:\s+(?P<y>{YEAR}))?")
def _month_name(m: re.Match[str], o: Options) -> Atom:
    word = m.group("mon").lower().rstrip(".")
    sym = Sym(
        span=SpanSpec(
            "month", month=lx.month_index(word), year=_year(m.group("y")), part=_part_of(m)
        )
    )
    weak = not m.group("part") and not m.group("y") and (word in lx.WEAK_MONTHS or len(word) <= 4)
    return Atom(m.start(), m.end(), sym, [], weak=weak)


@rule(
    "next_n_days",
    rf"(?:in\s+|within\s+|over\s+|during\s+)?the\s+(?:next|coming|following)\s+"
    rf"(?P<n>\d{{1,2}}|{NUMW})\s+days|(?:in\s+|within\s+|over\s+)?the\s+next\s+(?:few|couple)\s+days",
)
def _next_n_days(m: re.Match[str], o: Options) -> Sym:
    word = m.group("n")
    n = lx.number_value(word) if word else (2 if "couple" in m.group(0).lower() else 3)
    return Sym(span=SpanSpec("days", n))


# ---------------------------------------------------------------- times of day
def _clock(
    h: int,
    mi: int,
    ap: str,
    *,
    prep: str | None,
    grain: str,
    ish: bool = False,
    bare: bool = False,
    h24: bool = False,
) -> Sym | None:
    approx = ish or bool(prep and prep.lower().strip() not in ("at", "@"))
    if ap and not 1 <= h <= 12:
        if 13 <= h <= 23:
            ap = ""
            h24 = True
        else:
            return None
    if h > 24 or mi > 59:
        return None
    if h == 24:
        h, h24 = 0, True
    if h == 0 or h >= 13:
        h24, bare = True, False
    return Sym(tod=TodSpec("clock", h, mi, ap=ap, h24=h24, bare=bare, approx=approx, grain=grain))


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else lx.HOUR_WORDS[word.lower()]


def _ap(word: str) -> str:
    return "am" if word.strip().lower().startswith("a") else "pm"


@rule(
    "clock_ampm", PREP + rf"(?P<h>{HOUR})(?:[:.](?P<m>[0-5]\d)|[\s-]+(?P<mw>{MINW}))?(?P<ap>{AMPM})"
)
def _clock_ampm(m: re.Match[str], o: Options) -> Sym | None:
    mi = (
        int(m.group("m")) if m.group("m") else lx.MINUTE_WORDS.get((m.group("mw") or "").lower(), 0)
    )
    ap_text = m.group("ap")
    grain = "minute" if mi else "hour"
    return _clock(
        _hour(m.group("h")),
        mi,
        _ap(ap_text),
        prep=m.group("prep"),
        grain=grain,
        ish="ish" in ap_text.lower(),
    )


@rule(
    "clock_hm",
    PREP + r"(?P<h>[01]?\d|2[0-3])[:h](?P<m>[0-5]\d)(?P<ish>[\s-]?ish)?(?!\s*(?:a\.?m|p\.?m)\b)",
)
def _clock_hm(m: re.Match[str], o: Options) -> Sym | None:
    hs = m.group("h")
    h = int(hs)
    h24 = h == 0 or h >= 13 or (hs.startswith("0") and len(hs) == 2)
    mi = int(m.group("m"))
    return _clock(
        h,
        mi,
        "",
        prep=m.group("prep"),
        grain="minute" if mi else "hour",
        h24=h24,
        bare=not h24,
        ish=bool(m.group("ish")),
    )


@rule(
    "clock_oclock", PREP + rf"(?P<h>{HOUR})\s*(?:o['’\"`]?\s?clock|oclock|o'c)(?P<ish>[\s-]?ish)?"
)
def _clock_oclock(m: re.Match[str], o: Options) -> Sym | None:
    return _clock(
        _hour(m.group("h")),
        0,
        "",
        prep=m.group("prep"),
        grain="hour",
        bare=True,
        ish=bool(m.group("ish")),
    )


@rule(
    "clock_past_to",
    PREP + rf"(?:(?P<q>half|quarter|a\s+quarter|{MINW}|five)|(?P<qd>\d{{1,2}})(?P<mn>\s+minutes?)?)"
    rf"\s+(?P<dir>past|after|to|till|til|of|before)\s+(?P<h>{HOUR}|noon|midnight)",
)
def _clock_past_to(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("qd") and not (m.group("mn") or m.group("dir").lower() == "past"):
        return None  # "9 to 5" is a range, not 4:51
    q = (m.group("q") or m.group("qd")).lower()
    mins = (
        30
        if q == "half"
        else 15
        if "quarter" in q
        else (int(q) if q.isdigit() else lx.MINUTE_WORDS.get(q, 5 if q == "five" else 0))
    )
    if not 0 < mins < 60 or (q == "half" and m.group("dir").lower() not in ("past", "after")):
        return None
    hw = m.group("h").lower()
    h = 12 if hw == "noon" else 0 if hw == "midnight" else _hour(hw)
    if m.group("dir").lower() in ("past", "after"):
        hh, mi = h, mins
    else:
        hh, mi = (h - 1) % 24 if h != 1 else 12, 60 - mins
        if hh == 0 and hw != "midnight":
            hh = 12
    sym = _clock(
        hh, mi, "", prep=m.group("prep"), grain="minute", bare=hw not in ("noon", "midnight")
    )
    if sym is not None and hw == "noon" and sym.tod is not None:
        sym = Sym(
            tod=TodSpec(
                "clock", hh if hh != 12 else 12, mi, ap="am" if hh < 12 else "pm", grain="minute"
            )
        )
    return sym


@rule(
    "noon", PREP + r"(?:12\s*)?(?:noon|midday|mid-day|12\s*pm\s*noon)|(?P<mid>(?:12\s*)?midnight)"
)
def _noon(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("mid"):
        return Sym(tod=TodSpec("clock", 0, 0, h24=True, grain="hour"))
    return _clock(12, 0, "pm", prep=m.group("prep"), grain="hour")


@rule(
    "clock_at_bare",
    r"(?P<prep>at\s+around|at\s+about|around|about|approx\.?|approximately|roughly|at|@|~)\s*"
    rf"(?P<h>{HOUR})(?:[\s-]+(?P<mw>{MINW}))?(?P<ish>[\s-]?ish)?{NOT_COUNT}",
)
def _clock_at_bare(m: re.Match[str], o: Options) -> Sym | None:
    h = _hour(m.group("h"))
    if h == 0 or (not m.group("h").isdigit() and False):
        return None
    mi = lx.MINUTE_WORDS.get((m.group("mw") or "").lower(), 0)
    return _clock(
        h,
        mi,
        "",
        prep=m.group("prep"),
        grain="minute" if mi else "hour",
        bare=True,
        ish=bool(m.group("ish")),
    )


@rule("clock_ish", rf"(?P<h>{HOUR})[\s-]?ish")
def _clock_ish(m: re.Match[str], o: Options) -> Sym | None:
    return _clock(_hour(m.group("h")), 0, "", prep=None, grain="hour", bare=True, ish=True)


_NOT_A_TIME_BEFORE = re.compile(
    r"(?:(?<![\w])|(?<=[$#£€]))(?:\$|#|£|€|no\.|no|number|room|suite|ste|apt|unit|dr\.?|version|v|for|of|table\s+for|"
    r"party\s+of|level|floor|gate|bus|route|page|step|chapter|size|aged?|top|under|over|"
    r"just|only|like|the|x|ages|each|all|plus)\s*$",
    re.I,
)


@rule("bare_number", rf"(?P<h>[1-9]|1[0-2]|{HOURW})(?:[\s-]+(?P<mw>{MINW}))?{NOT_COUNT}", weak=True)
def _bare_number(m: re.Match[str], o: Options) -> Sym | None:
    mi = lx.MINUTE_WORDS.get((m.group("mw") or "").lower(), 0)
    return _clock(
        _hour(m.group("h")), mi, "", prep=None, grain="minute" if mi else "hour", bare=True
    )


_POD_WEAK = frozenset(
    {"am", "a.m.", "pm", "p.m.", "eve", "night", "nite", "lunch", "morn", "first thing", "aft"}
)


@rule(
    "part_of_day",
    r"(?P<this>this\s+)?(?P<pod>" + lx.alternation(lx.POD_WORDS) + r")",
)
def _pod(m: re.Match[str], o: Options) -> Atom:
    word = re.sub(r"\s+", " ", m.group("pod").lower()).replace("’", "'")
    sym = Sym(tod=TodSpec("pod", pod=lx.POD_WORDS[word]))
    this = bool(m.group("this"))
    if this:
        sym = Sym(day=DaySpec("rel", 0), tod=sym.tod)
    weak = word in _POD_WEAK and not this
    return Atom(m.start(), m.end(), sym, [], weak=weak)


@rule("tonight", r"to\s?night|tonite|2nite|2night|tonigth")
def _tonight(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="night"))


@rule("later_today", r"later\s+(?:today|on\s+today|this\s+afternoon|on)|later\s+in\s+the\s+day")
def _later_today(m: re.Match[str], o: Options) -> Sym:
    text = m.group(0).lower()
    pod = "afternoon" if "afternoon" in text else "rest_of_day"
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=pod))


# ---------------------------------------------------------------- recurring sets
@rule(
    "weekday_set",
    rf"(?P<q>every|each|any|all)\s+(?:other\s+)?(?P<wd>{WD})|(?P<pl>{WD_PLURAL})"
    r"|(?P<grp>week\s?days|weekends|week\s?nights|every\s?day|daily|any\s+day|every\s+weekday"
    r"|every\s+weekend|any\s+weekday|weekday)",
)
def _weekday_set(m: re.Match[str], o: Options) -> Atom:
    grp = (m.group("grp") or "").lower().replace(" ", "")
    tod = None
    if grp:
        if "weekend" in grp:
            days = frozenset({5, 6})
        elif "weekday" in grp:
            days = frozenset(range(5))
        elif grp.startswith("weeknight"):
            days, tod = frozenset(range(5)), TodSpec("pod", pod="evening")
        else:
            days = frozenset(range(7))
    else:
        word = m.group("wd") or m.group("pl")
        days = frozenset({lx.weekday_index(word)})
    return Atom(m.start(), m.end(), Sym(recur=days, tod=tod), [], weak=grp == "weekday")


@rule(
    "part_of_day_set",
    rf"(?:(?P<q>every|each|any|most|all|some)\s+)?(?P<pl>{lx.alternation(lx.POD_PLURALS)})"
    rf"|(?P<q2>every|each|any|most|all)\s+(?P<pod>{lx.alternation(lx.POD_WORDS)})",
)
def _pod_set(m: re.Match[str], o: Options) -> Sym:
    if m.group("pl"):
        pod = lx.POD_PLURALS[m.group("pl").lower()]
    else:
        pod = lx.POD_WORDS[re.sub(r"\s+", " ", m.group("pod").lower())]
    return Sym(recur=frozenset(range(7)), tod=TodSpec("pod", pod=pod))


# ---------------------------------------------------------------- durations, relative times
_UNIT = r"(?P<unit>hours?|hrs?|minutes?|mins?)"
_QTY = rf"(?P<q>\d{{1,3}}(?:\.\d+)?|{NUMW}|one)"


def _unit_minutes(unit: str) -> int:
    return 60 if unit.lower().startswith("h") else 1


@rule(
    "duration",
    r"(?:an?\s+|one\s+)?(?:full\s+|whole\s+|solid\s+|good\s+)?(?:hour|hr)\s+and\s+a\s+half"
    rf"|(?P<q1>\d|{NUMW})\s+and\s+a\s+half\s+(?:hours?|hrs?)"
    r"|(?P<half>half\s+an|a\s+half|half\s+a|half)[\s-]+(?:hour|hr)"
    r"|(?P<quarter>(?:a\s+)?quarter\s+(?:of\s+)?an?\s+hour)"
    rf"|{_QTY}[\s-]+(?:full\s+|whole\s+|solid\s+|good\s+)?{_UNIT}"
    rf"(?:\s+(?:and\s+)?(?P<q2>\d{{1,2}}|{NUMW})\s+(?:minutes?|mins?))?"
    r"|(?P<qh>\d{1,3})\s?(?P<u2>h|m|min|hr)(?=\s|$|[,.!?])",
)
def _duration(m: re.Match[str], o: Options) -> Sym | None:
    text = m.group(0).lower()
    if m.group("half"):
        return Sym(duration=30)
    if m.group("quarter"):
        return Sym(duration=15)
    if m.group("q1"):
        return Sym(duration=lx.number_value(m.group("q1")) * 60 + 30)
    if m.group("qh"):
        return Sym(duration=int(m.group("qh")) * (60 if m.group("u2").startswith("h") else 1))
    if "and a half" in text and not m.group("q"):
        return Sym(duration=90)
    q = m.group("q").lower()
    value = float(q) if q[0].isdigit() else float(lx.number_value(q))
    minutes = round(value * _unit_minutes(m.group("unit")))
    if m.group("q2"):
        minutes += lx.number_value(m.group("q2"))
    if minutes <= 0 or minutes > 24 * 60:
        return None
    return Sym(duration=minutes)


@rule(
    "in_n_minutes",
    rf"in\s+(?:(?:about|around|like)\s+)?(?:an?\s+|one\s+)?(?:{_QTY}\s+)?{_UNIT}|in\s+half\s+an\s+hour",
)
def _in_n_minutes(m: re.Match[str], o: Options) -> Sym | None:
    if "half an hour" in m.group(0).lower():
        return Sym(rel_minutes=30)
    q = m.group("q")
    value = 1.0 if q is None else (float(q) if q[0].isdigit() else lx.number_value(q))
    return Sym(rel_minutes=round(value * _unit_minutes(m.group("unit"))))


# ---------------------------------------------------------------- zones
@rule("zone", ZONE_WORDS, flags=0)
def _zone(m: re.Match[str], o: Options) -> Sym:
    return Sym(zone=zone_of(m.group(0)))


# ---------------------------------------------------------------- cues
def _cue_rule(name: str, words: list[str] | dict[str, tuple[str, bool]], cue: str) -> None:
    pattern = lx.alternation(words)

    def produce(m: re.Match[str], o: Options) -> Atom:
        text = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
        bound, incl = "", False
        if isinstance(words, dict):
            bound, incl = words.get(text, words.get(text.replace("'", ""), ("", False)))
        sep = text in ("until", "till", "til", "'til", "through", "thru", "up to", "up until")
        return Atom(
            m.start(),
            m.end(),
            None,
            [],
            cue=cue,
            bound=bound,
            incl=incl,
            sep=sep,
            cue_text=m.group(0),
        )

    rule(name, pattern)(produce)


_cue_rule("neg_prefix", list(lx.NEG_PREFIX), "neg")
_cue_rule("neg_suffix", list(lx.NEG_SUFFIX), "neg_post")
_cue_rule("bound_prefix", lx.BOUND_PREFIX, "bound")
_cue_rule("bound_suffix", lx.BOUND_SUFFIX, "bound_post")
_cue_rule("between", {"between": ("", False), "from": ("after", True)}, "between")

RULES: tuple[Rule, ...] = tuple(_RULES)
_PRIORITY = {r.name: i for i, r in enumerate(RULES)}


def find_atoms(text: str, opts: Options) -> list[Atom]:
    """All rule matches, then the longest non-overlapping ones, in text order."""
    found: list[Atom] = []
    for r in RULES:
        for m in r.pattern.finditer(text):
            if m.end() == m.start():
                continue
            out = r.produce(m, opts)
            if out is None:
                continue
            atom = out if isinstance(out, Atom) else Atom(m.start(), m.end(), out, [])
            if atom.end <= atom.start:
                continue
            atom.rules = [r.name]
            atom.weak = atom.weak or r.weak
            if r.name == "bare_number" and _NOT_A_TIME_BEFORE.search(text, 0, m.start()):
                continue
            found.append(atom)
    found.sort(key=lambda a: (-(a.end - a.start), _cue_rank(a), a.start, _PRIORITY[a.rules[0]]))
    taken: list[Atom] = []
    for a in found:
        if all(a.end <= t.start or a.start >= t.end for t in taken):
            taken.append(a)
    taken.sort(key=lambda a: a.start)
    return taken


def _cue_rank(a: Atom) -> int:
    """At equal length a time beats a cue ("from" the cue vs. nothing)."""
    return 1 if a.cue else 0
