"""Time rules: clocks, parts of the day, recurring sets, durations, zones and cue words.

"3pm", "half past 11", "at 2", "2ish", "noon", "afternoon", "tonight", "weekday mornings",
"45 minutes", "in 2 hours", "London time", "not after", "are out".
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding import web_form
from slotwise.extractor.grounding.atoms import (
    AMPM,
    COUNT,
    DE_DAY_BEFORE_A,
    HOUR,
    HOURW,
    MINW,
    NOT_COUNT,
    NUMW,
    PREP,
    SUGGESTION,
    WD,
    WD_PLURAL,
    Atom,
    Options,
    rule,
)
from slotwise.extractor.grounding.day_edges import hedged_first_thing, last_thing_slot
from slotwise.extractor.grounding.lexicon_romanised import (
    DAY_WORDS_ROMANISED,
    POD_WEAK_ROMANISED,
    english_sore,
    in_a_name,
)
from slotwise.extractor.grounding.month_after import month_said_after
from slotwise.extractor.grounding.rules_dark import SUN_WORDS, said_of_the_sun
from slotwise.extractor.grounding.rules_day_number import listed_after_month
from slotwise.extractor.grounding.rules_hclock import h_length, hours_are_clock
from slotwise.extractor.grounding.said_alone import (
    TIME_WORDS_BEFORE,
    dot_clock_asked,
    dot_clock_wished,
    pod_said_alone,
)
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec
from slotwise.extractor.grounding.zones import ZONE_WORDS, zone_of


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


def _ampm(m: re.Match[str]) -> str:
    """The match's `ap` group as "am", "pm" or "" (none said)."""
    ap = (m.group("ap") or "").strip().lower()[:1]
    return "am" if ap == "a" else "pm" if ap == "p" else ""


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
    # "mon 22 PM", "3/5 AM": a date's number and the half of its day ("9/10am", AM or PM
    # written on, is one of two hours)
    slashed = m.string[: m.start("h")].endswith("/") and m.group("ap")[:1].isspace()
    if not mi and not m.group("prep") and (_hour(m.group("h")) > 12 or slashed):
        return None
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
    if m.group(0)[m.end("h") - m.start()] in "hH" and h_length(m.string, m.start("h"), h):
        return None  # "1h30 en tout", "need 2h15": a length (`duration`)
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


@rule("quoted_clock", r"['\"](?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)['\"]")
def _quoted_clock(m: re.Match[str], o: Options) -> Atom | None:
    """ "time: '15:00'": a form's value in quotes (`rules.quoted_date`)."""
    h, mi = int(m.group("h")), int(m.group("m"))
    sym = _clock(h, mi, "", prep=None, grain="minute" if mi else "hour", h24=h == 0 or h >= 13)
    return None if sym is None else Atom(m.start() + 1, m.end() - 1, sym, [])


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
    PREP + rf"(?:(?P<q>half|quarter|a\s+quarter|{MINW}|five)(?:\s+minutes?)?"
    r"|(?P<qd>\d{1,2})(?P<mn>\s*(?:minutes?|mins?))?)"
    rf"\s+(?P<dir>past|after|to|till|til|of|before)\s+(?P<h>{HOUR}|noon|midnight)",
)
def _clock_past_to(m: re.Match[str], o: Options) -> Sym | None:
    q_word = (m.group("q") or "").lower()
    if (
        q_word in lx.MINUTE_WORDS
        and not m.group("prep")
        and re.search(rf"(?<![\w]){HOURW}[\s-]+$", m.string[: m.start()], re.I)
    ):
        return None  # "three thirty to four thirty": "thirty" ends a clock, not "30 to 4"
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
    "noon",
    PREP + r"(?:12\s*)?(?:noon|midday|mid-day|12\s*pm\s*noon)(?P<ish>[\s-]?ish)?"
    r"|(?P<mid>(?:12\s*)?midnight)"
    # Portuguese and Spanish: "meio-dia", "meio-dia e meia" (12:30), "mediodía"
    r"|(?:meio[\s-]dia|mediod[íi]a)(?P<half>\s+e\s+meia|\s+y\s+media)?",
)
def _noon(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("mid"):
        return Sym(tod=TodSpec("clock", 0, 0, h24=True, grain="hour"))
    if m.group("half"):
        return Sym(tod=TodSpec("clock", 12, 30, ap="pm", grain="minute"))
    return _clock(12, 0, "pm", prep=m.group("prep"), grain="hour", ish=bool(m.group("ish")))


@rule(
    "clock_at_bare",
    r"(?P<prep>at\s+around|at\s+about|around|about|approx\.?|approximately|roughly|"
    r"more\s+or\s+less|at|@|~)\s*"
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
        prep=_prep(m),
        grain="minute" if mi else "hour",
        bare=True,
        ish=bool(m.group("ish")),
    )


@rule(
    "clock_dot",
    r"(?P<prep>at\s+around|at\s+about|around|about|at|@)\s*(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
    r"(?!\d|\s*(?:%|a\.?m|p\.?m))",
)
def _clock_dot(m: re.Match[str], o: Options) -> Sym | None:
    """ "at 6.45", "Monday at 2.30": a dotted clock needs "at"/"around" before it."""
    h, mi = int(m.group("h")), int(m.group("m"))
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    return _clock(h, mi, "", prep=_prep(m), grain=grain, h24=h24, bare=not h24)


def _prep(m: re.Match[str]) -> str:
    """The word before a clock; "about" in a suggestion ("how about 3?", "what about
    9.30") names the clock as "at" does."""
    prep = m.group("prep")
    if prep.lower() == "about" and SUGGESTION.search(m.string, 0, m.start()):
        return "at"
    return prep


_AFTER_HOUR = re.compile(r"\s*(?:\d|" + HOURW + r"\b|noon|lunch|half\s|quarter\s)", re.I)
_BOUND_BEFORE = re.compile(
    r"(?<![\w])(?:from|after|efter|aft|before|b4|until|till|til|by|between|and|to|earlier\s+than|"
    r"later\s+than|earliest|latest|my|our|his|her|their)\s+$|[-–]\s*$",
    re.I,
)


# A day right before a dotted clock: "Tues 1st, 12.15", "thurs 24th 10.15", "tmrw 9.30".
_DAY_BEFORE = re.compile(
    r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|today|tonight|tomorrow|tmrw|tmr|tmoz|"
    r"tomoz|\d{1,2}(?:st|nd|rd|th))\s*,?\s*$",
    re.I,
)


_DOT_BOUND_AFTER = re.compile(
    r"\s*(?:onwards|onward|or\s+later|or\s+after|or\s+earlier|at\s+the\s+(?:latest|earliest)|"
    r"latest|earliest|sharp|on\s+the\s+dot|today|tonight|tomorrow|tmrw|tmr|"
    r"(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:is\s+|be\s+)?(?:ok|okay|fine|good)|works?|"
    r"(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)|"
    # the start of a range of dotted clocks: "9.30 to 10.30", "12.45-1.30"
    r"(?:to|till|til|until|-|–)\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\b"
    # ... and to a whole hour, as Singapore and British writers do: "free 12.30-2", "1.30 to 3"
    r"|(?:to|till|til|until|-|–)\s*(?:1[0-2]|0?[1-9])(?:\s*(?:am|pm))?(?![\d.:/]))",
    re.I,
)


_MONEY_BEFORE = re.compile(
    r"\b(?:costs?|price[sd]?|fees?|pay|paid|charged?|total|bill|deposit|quote[sd]?)\b[^.?!\d]{0,20}$",
    re.I,
)


# Words before a dotted number that make it a number of its own ("version 2.10").
_NUMBERED_BEFORE = re.compile(
    r"\b(?:version|ver|v|chapter|ch|section|sec|pages?|pp|release|rev|rule|clause|"
    r"step|exercise|question|verse|psalm|figure|fig|table)\.?\s*$",
    re.I,
)


_OR_BEFORE = re.compile(r"\bor\s+(?:maybe\s+|perhaps\s+|even\s+)?$", re.I)
# A fallback after a clock said earlier: "6.30 tomorrow? If not 5.30", "7.15 friday,
# otherwise 6.45", "at 10.30, failing that 11.15" (never where money is talked of).
_FALLBACK_BEFORE = re.compile(
    rf"\b(?:if\s+so|{lx.FALLBACK})(?:(?:(?<=so)|(?<=not))\s+then)?\s*[,:-]?\s*$",
    re.I,
)
_A_CLOCK_EARLIER = re.compile(r"\d[:.][0-5]\d|\b\d{1,2}\s*(?:am|pm)\b|\b(?:at|@)\s*\d{1,2}\b", re.I)
# A correction after a clock said earlier: "3pm - actually make that 3.30", "7am — actually
# no, 7.30", "10am? Sorry, 10.30", "after 4 so lets say 4.30?" (G23).
_CORRECTED_BEFORE = re.compile(
    r"\b(?:make\s+(?:that|it)|actually(?:\s+no)?|sorry|sry|soz|oops(?:\s+no)?|no|nah|"
    r"i\s+meant?|(?:let['’]?s|lets|so)\s+say)\s*[,:—–-]?\s*$",
    re.I,
)
_A_TIME_EARLIER = re.compile(
    _A_CLOCK_EARLIER.pattern + r"|\b(?:after|before|from|by|till|until)\s+\d{1,2}\b", re.I
)
_MONEY_EARLIER = re.compile(r"[$£€]|\b(?:costs?|price|fee|pay|paid|charged?|total|bill)\b", re.I)
_CLOCK_BEFORE = re.compile(
    r"(?:\d[:.]\d\d|\b\d{1,2}\s*(?:am|pm)|\b(?:at|@)\s*\d{1,2}|\b\d{1,2})\W{0,3}\s*or\s", re.I
)


@rule(
    "clock_dot_bound",
    r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?P<ish>[\s-]?ish)?(?!\d|\s*(?:%|a\.?m|p\.?m))",
)
def _clock_dot_bound(m: re.Match[str], o: Options) -> Sym | None:
    """ "after 3.30", "3.30 onwards", "till 12.30", "my 12.30", "6.30 tomorrow", "tmrw 9.30",
    "is 3.45 ok": a dotted clock next to a bound, a day or a booking word is a time as
    surely as one after "at" (never after a currency sign); so is a rough one, "8.30ish",
    "10.15 ish" (around 8:30, 10:15)."""
    before = m.string[: m.start()]
    if before.rstrip().endswith(("$", "£", "€")) or _MONEY_BEFORE.search(before):
        return None
    if _NUMBERED_BEFORE.search(before):
        return None  # "version 2.10 to 2.12", "pages 3.10 to 3.25": numbers, not clocks
    listed = bool(_OR_BEFORE.search(before) and _CLOCK_BEFORE.search(before))  # "11? or 11.30?"
    listed = listed or bool(  # "6.30 tomorrow? if not 5.30", "3pm, make that 3.30"
        (
            (_FALLBACK_BEFORE.search(before) and _A_CLOCK_EARLIER.search(before))
            or (_CORRECTED_BEFORE.search(before) and _A_TIME_EARLIER.search(before))
        )
        and not _MONEY_EARLIER.search(before)
    )
    said = _BOUND_BEFORE.search(before) or _DAY_BEFORE.search(before)
    said = said or TIME_WORDS_BEFORE.search(before, max(0, m.start() - 60))
    # asked for, unless it may be a day and month ("Lena 5.12 possible?": `rules_dotted_date`)
    asked = int(m.group("m")) > 12 and dot_clock_asked(m.string, m.start(), m.end())
    ish = bool(m.group("ish"))
    listed = listed or dot_clock_wished(m.string, m.start(), m.end())  # "I'd prefer 1.30"
    if not (said or asked or ish or _DOT_BOUND_AFTER.match(m.string, m.end()) or listed):
        return None
    h, mi = int(m.group("h")), int(m.group("m"))
    h24 = h == 0 or h >= 13
    return _clock(h, mi, "", prep=None, grain="minute", h24=h24, bare=not h24, ish=ish)


@rule(
    "clock_half_hour",
    PREP + rf"half\s+(?P<h>{HOURW}|[1-9]|1[0-2])(?P<ish>[\s-]?ish\b)?"
    rf"(?![\w:]|\.\d|\s*(?:hours?|hrs?|{COUNT})(?![\w]))",  # "half ten." ends a sentence
)
def _clock_half_hour(m: re.Match[str], o: Options) -> Sym | None:
    """ "half two", "at half ten": British for half past (14:30, 10:30); "half 3ish",
    "around half 3" are rough (15:00-16:00)."""
    return _clock(
        _hour(m.group("h")),
        30,
        "",
        prep=m.group("prep"),
        grain="minute",
        bare=True,
        ish=bool(m.group("ish")),
    )


@rule(
    "clock_exact",
    rf"(?P<h>{HOUR})(?:[:.](?P<m>[0-5]\d))?(?P<ap>{AMPM})?\s*,?\s*"
    rf"(?:{lx.alternation(lx.CLOCK_EXACT_AFTER)})",
)
def _clock_exact(m: re.Match[str], o: Options) -> Sym | None:
    """ "10 sharp", "9 on the dot", "8am exactly": the clock time, exactly."""
    ap = _ampm(m)
    mi = int(m.group("m") or 0)
    return _clock(
        _hour(m.group("h")), mi, ap, prep=None, grain="minute" if mi else "hour", bare=not ap
    )


# A count said just before: "we're 4, like 5 with the baby", "2 kids, say 3".
_COUNT_SAID = re.compile(rf"\b\d{{1,2}}\s+(?:{COUNT})\s*,?\s*$", re.I)


@rule(
    "clock_like",
    rf"(?:(?<=,\s)|(?<=\bat\s)|(?<=\bso\s)|(?<=\bsay\s)|(?<=\?\s)|(?<=\bbetween\s)|(?<=\bfrom\s)"
    rf"|(?<=\bearly\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\btil\s)|(?<=\bbefore\s)"
    rf"|(?<=\bafter\s)|(?<=\bby\s)|(?<=\bpast\s)|(?<=\bor\s))"
    rf"(?:like|say)\s+"
    rf"(?P<h>{HOUR})(?:[:.](?P<m>[0-5]\d)|[\s-]+(?P<mw>{MINW}))?(?P<ap>{AMPM})?{NOT_COUNT}"
    rf"(?!\s*(?:and|to|till?|until|or|-|–)\s*\d{{1,2}}\s*(?:{COUNT})(?!\w))",  # "like 5 or 6 people"
)
def _clock_like(m: re.Match[str], o: Options) -> Sym | None:
    """ "tomoz at like 11", "not too early, say 11", "between like 1 and 3", "early like
    7", "until like 1pm", "after like 3" (the bound's cue folds it in), "at noon or like
    twelve thirty" (minutes in words, after "or": G44): on a whole hour
    "like" and "say" hedge the choice, not the hour: writers who text "earlier, like 6"
    mean 6:00, not 5:30 as "around 6" and "6ish" do. "tonight? like 7.30" stays rough
    (7:00-8:00), but not when another clock is offered after it: "like 8:30 or 9", "like
    3.30 or 4pm" name the two starts wished (the list is the hedge)."""
    if not m.group("ap") and _COUNT_SAID.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "2 kids, say 3 if my nephew comes": the count again
    ap = _ampm(m)
    mi = int(m.group("m") or 0) or lx.MINUTE_WORDS.get((m.group("mw") or "").lower(), 0)
    prep = "around" if mi and not _OR_CLOCK.match(m.string, m.end()) else None
    return _clock(
        _hour(m.group("h")), mi, ap, prep=prep, grain="minute" if mi else "hour", bare=not ap
    )


# Another clock offered right after: "like 8:30 or 9", "like 3.30 or 4pm", "like 10:30 or 11"
_OR_CLOCK = re.compile(rf"\s*,?\s*or\s+(?:at\s+)?{HOUR}(?:[:.][0-5]\d)?(?:{AMPM})?\b", re.I)


# A day word right before "like <hour>": "2morrow like 10?", "friday like 3", "today, like 4"
_DAY_BEFORE_LIKE = re.compile(
    rf"\b(?:today|tonight|tonite|tomorrow|tmrw|tmr|tmrow|tomoz|2morrow|2moro|{WD})[,?]?\s+$", re.I
)


@rule(
    "clock_like",
    rf"like\s+(?P<h>{HOUR})(?:[:.](?P<m>[0-5]\d)|[\s-]+(?P<mw>{MINW}))?(?P<ap>{AMPM})?{NOT_COUNT}"
    rf"(?!\s*(?:and|to|till?|until|or|-|–)\s*\d{{1,2}}\s*(?:{COUNT})(?!\w))",
)
def _clock_like_after_day(m: re.Match[str], o: Options) -> Atom | Sym | None:
    """ "2morrow like 10?", "friday like 3": "like" after a day word hedges the hour as
    after "at" ("I'd like 2" and "like 5 people" are no clock)."""
    if not _DAY_BEFORE_LIKE.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    return _clock_like(m, o)


@rule("clock_ish", rf"(?<!\d[.:])(?P<h>{HOUR})[\s-]?ish")  # not the minutes of "10.15 ish"
def _clock_ish(m: re.Match[str], o: Options) -> Sym | None:
    return _clock(_hour(m.group("h")), 0, "", prep=None, grain="hour", bare=True, ish=True)


_ONE_AS_A = re.compile(
    r"\s+(?:day|days|time|of|more|thing|morning|afternoon|evening|night|week|weekend|month|"
    r"or\s+two|last|slot|appointment|appt|session|visit)\b",
    re.I,
)


# Words before "one" that make it a pronoun: "first one this fri", "the one after".
_ONE_AS_PRONOUN = re.compile(
    r"\b(?:first|second|third|next|last|this|that|the|which|any|each|every|other|another|"
    r"later|earlier|latest|earliest|soonest|same|new|only|good|no)\s+$",
    re.I,
)


# A count's second number: "a table for 2 or 3", "we're 4 or 5", "a party of 6-8".
_COUNT_BEFORE = re.compile(
    rf"\b(?:for|of|we['’]?re|we\s+are|us)\s+(?:\d{{1,2}}|{HOURW})\s*(?:or|-|–|to)\s*$", re.I
)


# "book 2 for Sunday", "reserve 6 for friday": the party, not the hour.
_BOOK_N_FOR = re.compile(r"\b(?:book|reserve|booking|reservation|table|tbl)\s+$", re.I)
_FOR = re.compile(r"\s+for\b", re.I)


# "at 3 or 4 jan 5th": clocks, not days before a month
_NOT_DAY_BEFORE = re.compile(r"\b(?:at|@|around|about|by|till|until|after|before)\s+$", re.I)
# A date's last part: the "9" of "12/9 in the morning" is the day, not 9:00.
_DATE_BEFORE = re.compile(r"\d/$")


# A count's first number: "friday, 2 or 3 of us", "sat 4-5 kids".
_COUNT_AFTER = re.compile(rf"\s*(?:or|-|–|to)\s*(?:\d{{1,2}}|{HOURW})\s*(?:{COUNT})(?![\w])", re.I)


@rule("bare_number", rf"(?P<h>[1-9]|1[0-2]|{HOURW})(?:[\s-]+(?P<mw>{MINW}))?{NOT_COUNT}", weak=True)
def _bare_number(m: re.Match[str], o: Options) -> Sym | None:
    if _DATE_BEFORE.search(m.string, max(0, m.start() - 2), m.start()):
        return None  # "on 12/9 in the morning": Dec 9's morning, not 9:00
    if listed_after_month(m.string, m.start()):
        return None  # "Dec 3 or 4": the 4th (`rules_day_number`)
    if month_said_after(m.string, m.end()) and not _NOT_DAY_BEFORE.search(
        m.string, max(0, m.start() - 6), m.start()
    ):
        return None  # "10 or 11 of december": the 10th (`rules_day_number`)
    if _COUNT_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "table for 2 or 3 tomorrow evening": 3 people, not 3:00
    if _COUNT_AFTER.match(m.string, m.end()):
        return None  # "friday, 2 or 3 of us": 2 people, not 2:00
    if _BOOK_N_FOR.search(m.string, max(0, m.start() - 12), m.start()) and _FOR.match(
        m.string, m.end()
    ):
        return None  # "book 2 for next Sunday evening": 2 people
    if m.group("h").lower() == "one" and _ONE_AS_A.match(m.string, m.end()):
        return None  # "one day next week", "one morning": "one" is "a", not 1:00
    if m.group("h").lower() == "one" and _ONE_AS_PRONOUN.search(
        m.string, max(0, m.start() - 12), m.start()
    ):
        return None  # "first one this fri", "the later one": "one" stands for a slot
    mi = lx.MINUTE_WORDS.get((m.group("mw") or "").lower(), 0)
    return _clock(
        _hour(m.group("h")), mi, "", prep=None, grain="minute" if mi else "hour", bare=True
    )


# "I'll go for 11", "let's go for the 3", "going for 2 then": "go for" picks a time, so
# the hour after it is a clock (the mention is the hour), not a count as after a bare
# "for" ("table for 11", `atoms._not_a_time`), when the clause ends there or a word of
# a time or a wish follows ("go for 11 on Thursday", "go for the 11 one", "go for 11
# please"). A noun after it makes it a count or a length ("go for 2 hours", "go for 2
# sessions", "go for 4 people"); "go for one" is a pronoun ("I'll go for one on
# Friday"); "go for half 3", "go for 2:30" are clocks already.
_GO_FOR_HOUR_END = (
    r"(?=\s*(?:[.,!?;:)…—–-]|$|[\u2600-\u27bf\U0001f300-\U0001faff])"
    r"|\s+(?:please|pls|plz|then|instead|if|on|at|tomorrow|tmrw|today|tonight|thanks|thank|"
    r"thx|ta|cheers|x+|mate|hun|love|that|it|slot|one|o['’]?clock|ish|next|this|sat|sun|mon|"
    r"tue|tues|wed|weds|thu|thur|thurs|fri|[a-z]+day)\b)"
)


@rule(
    "go_for_hour",
    rf"(?:go|going|goin['’]?)\s+for\s+(?:the\s+)?(?P<h>[1-9]|1[0-2]|{HOURW})"
    rf"(?:[\s-]+(?P<mw>{MINW}))?{_GO_FOR_HOUR_END}",
)
def _go_for_hour(m: re.Match[str], o: Options) -> Atom | None:
    if m.group("h").lower() == "one":
        return None
    mi = lx.MINUTE_WORDS.get((m.group("mw") or "").lower(), 0)
    sym = _clock(
        _hour(m.group("h")), mi, "", prep=None, grain="minute" if mi else "hour", bare=True
    )
    return None if sym is None else Atom(m.start("h"), m.end(), sym, [])


_DAY_NAMES = frozenset(w for day in lx.WEEKDAYS for w in day) | DAY_WORDS_ROMANISED
_POD_WEAK = frozenset(
    {
        "am",
        "a.m.",
        "pm",
        "p.m.",
        "eve",
        "night",
        "nite",
        "lunch",
        "morn",
        "mrng",  # alone a greeting ("mrng all!"); with a day a part of it ("sat mrng")
        "first thing",
        "last thing",
        "avo",
        "smoko",
        "asa",  # Japanese "morning" (`rules_romaji`): only with its day, "ashita asa"
        "no asa",
    }
    | {"dinner", "supper", "breakfast", "brekkie", "brekky", "brunch", "sunset", "sunrise"}
    | {"twilight"}
    | POD_WEAK_ROMANISED  # "sore", "bam", "msa" (`lexicon_romanised`)
)


# The light of the day's ends, said of what is booked: golf's "twilight tee time" (the
# cheaper late rate), a photographer's "sunset shoot". Alone the words stay weak.
_LIGHT_WORDS = frozenset({"twilight", "sunset", "sunrise"})
_BOOKED_AFTER = re.compile(
    # "sunrise reformer sesh", "a sunset yoga class": one word of what it is may come first
    r"(?:\s+[a-z]+)?"
    r"[\s-]+(?:tee[\s-]?(?:times?|off)|slots?|rounds?|rates?|sessions?|sesh|games?|bookings?|"
    r"starts?|shoots?|times?|appointments?|appts?|class(?:es)?|lessons?|walks?|rides?|"
    r"swims?|paddles?|workouts?|practices?|flows?|cruises?|tours?|flights?|hikes?)\b",
    re.I,
)


@rule(
    "part_of_day",
    r"(?:(?P<edge>early|late)\s+(?=this\s+(?:morning|afternoon|evening)))?"
    r"(?:(?P<this>this\s+)|(?P<next>(?:the\s+)?next\s+(?=(?:morning|afternoon|evening)\b)))?"
    r"(?P<pod>" + lx.alternation(lx.POD_WORDS) + r")",
)
def _pod(m: re.Match[str], o: Options) -> Atom | None:
    """ "evening", "this evening", "late this morning", "next evening" (tomorrow's)."""
    word = re.sub(r"\s+", " ", m.group("pod").lower()).replace("’", "'")
    if word == "aft" and _AFTER_HOUR.match(m.string, m.end()):
        return None  # "aft 3" is "after 3", the bound cue
    if word in lx.POD_WORDS_ROMANISED and in_a_name(m.string, m.start(), m.end(), _DAY_NAMES):
        return None  # "Rumah Makan Pagi Sore": a restaurant's name (`lexicon_romanised`)
    if word == "sore" and english_sore(m.string, m.start(), m.end()):
        return None  # "my tooth is sore", "sore gums": English
    if word in SUN_WORDS and not m.group("this") and said_of_the_sun(m.string, m.start()):
        return None  # "before sunset", "by dusk": the sun's time (`rules_dark`, G47)
    pod = lx.pod_key(word)
    if m.group("edge"):
        pod = f"{m.group('edge').lower()}_{pod}"
    # "first thing?", "ideally first thing": the early part of the day (`day_edges`)
    hedged = pod == "first_thing" and hedged_first_thing(m.string, m.start("pod"), m.end())
    sym = Sym(tod=TodSpec("pod", pod=pod, approx=hedged))
    this = bool(m.group("this") or m.group("next"))
    if this:
        sym = Sym(day=DaySpec("rel", 1 if m.group("next") else 0), tod=sym.tod)
    weak = word in _POD_WEAK and not this
    if weak and word == "first thing" and _first_thing_slot(m.string, m.start("pod"), m.end()):
        weak = False  # "can u look at it first thing.", "first thing if possible"
    if word == "last thing":  # "first thing or last thing?", not "one last thing, ..."
        listed = _FIRST_THING_DAYS.match(m.string, m.end()) is not None
        slot = last_thing_slot(m.string, m.start(), m.end(), listed)
        return None if slot is None else Atom(m.start(), m.end(), sym, [], weak=not slot)
    if weak and word in _LIGHT_WORDS and _BOOKED_AFTER.match(m.string, m.end()):
        weak = False  # "a twilight tee time", "twilight slot on the 23rd", "sunset shoot"
    if weak and web_form.time_field_value(m.string, m.start()):
        weak = False  # a form's "TIME: AM", "Time: [x] PM"
    if weak and pod_said_alone(m.string, m.start(), m.end(), word):
        weak = False  # "satdy wk, either van, morn", "sat or sun? eve preferred"
    return Atom(m.start(), m.end(), sym, [], weak=weak)


_CLAUSE_END = re.compile(r"\s*(?:[.!?;,]|$|pls\b|please\b)", re.I)
# After "first thing", words that make it the morning's first slot, not "the first thing
# I need": the end of a clause, or a conjunction ("make it first thing then", "first
# thing or last thing", "has to be first thing because of the fasting").
_FIRST_THING_SLOT = re.compile(
    r"\s*(?:[.!?;,]|$|(?:pls|please|then|if|or|because|as|since|ideally|preferably)\b)", re.I
)
# ... or the days it is said of, when a list follows rather than one day that folds it
# in: "first thing monday or tuesday", "first thing either day", "first thing on both
# days", "first thing tmrw or wed" (g12a).
_FIRST_THING_DAYS = re.compile(
    r"\s+(?:on\s+)?(?:(?:either|both|each|those|the\s+two)\s+days?\b|"
    r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|tmr|today)\w*\.?\s*(?:,|/|&|or\b|and\b))",
    re.I,
)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _first_thing_slot(text: str, start: int, end: int) -> bool:
    if _FIRST_THING_SLOT.match(text, end):
        return True
    if _THE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "the first thing monday or tuesday is coffee"
    return _FIRST_THING_DAYS.match(text, end) is not None


@rule("tonight", r"to\s?night|tonite|2nite|2night|tonigth")
def _tonight(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="night"))


@rule(
    "later_today",
    r"later\s+(?:today|on\s+today|this\s+(?:afternoon|morning|evening)|on)",
)
def _later_today(m: re.Match[str], o: Options) -> Sym:
    """ "later today", "later this afternoon" ("later in the day" is later on the day said
    before, else today: `anaphora` rule earlier_later_that_day)."""
    text = m.group(0).lower()
    pod = next((p for p in ("afternoon", "morning", "evening") if p in text), "rest_of_day")
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=pod))


# ---------------------------------------------------------------- recurring sets
@rule(
    "weekday_set",
    # "every other friday", and as British and German writers say it, "every 2nd friday",
    # "every second wednesday", "every alternate monday"
    rf"(?P<q>every|each|any|all)\s+(?:other\s+|(?<=every\s)(?:2nd|second|alternate)\s+)?"
    rf"(?P<wd>{WD})|(?P<pl>{WD_PLURAL})"
    r"|(?P<grp>week\s?days|weekends|week\s?nights|(?:any|every|a|one)\s+week\s?night\b"
    r"|every\s?day|daily|any\s+day|every\s+weekday"
    # Spanish and Portuguese weekdays: "entre semana", "días de semana", "dias úteis" (G49)
    r"|entre\s+semana|d[íi]as\s+de\s+semana|d[íi]as\s+h[áa]biles|dias\s+[úu]teis"
    r"|every\s+weekend|any\s+weekday|(?:on\s+)?a\s+weekday|weekday"
    # "any weekend", "a weekend", "a different weekend": any of them ("not a weekend"
    # keeps its older reading, the weekend ahead)
    r"|(?:any|(?<!\bnot\s)a|one|some|another|any\s+other|a\s+different|other)\s+"
    r"(?:week[\s-]?end|wkend|wknd)"
    r"(?!\s+(?:after|before|of)\b))",
)
def _weekday_set(m: re.Match[str], o: Options) -> Atom:
    grp = re.sub(r"\s+", "", (m.group("grp") or "").lower())
    tod = None
    if grp:
        if "weekend" in grp or "wkend" in grp or "wknd" in grp:
            days = frozenset({5, 6})
        elif "weekday" in grp or "semana" in grp or "biles" in grp or "teis" in grp:
            days = frozenset(range(5))
        elif "weeknight" in grp:  # "weeknights", "any weeknight", "a weeknight"
            days, tod = frozenset(range(5)), TodSpec("pod", pod="evening")
        else:
            days = frozenset(range(7))
    else:
        word = m.group("wd") or m.group("pl")
        days = frozenset({lx.weekday_index(word)})
    # "on a weekday", "has to be a weekday": any weekday; "weekday" alone needs context
    return Atom(m.start(), m.end(), Sym(recur=days, tod=tod), [], weak=grp == "weekday")


@rule("a_weekday", rf"(?<![\w'’])a\s+(?P<wd>{WD})\b")
def _a_weekday(m: re.Match[str], o: Options) -> Atom | None:
    """ "a Sunday", "on a Friday": any such weekday (a set), the mention is the weekday.
    After a period of days ("early December, preferably a Friday") `ground` reads it
    as a weekday inside that period."""
    if m.group("wd").lower() in lx.WEAK_WEEKDAYS:
        return None  # "a sun hat", "a wed dress": a weak spelling after "a" is a word
    if m.group("wd").lower().startswith(lx.PT_ORDINAL_DAYS):
        return None  # Portuguese "a sexta" is the article ("the Friday"), "de segunda a sexta": to
    if DE_DAY_BEFORE_A.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "de lunes a viernes": a range (`compose.join_ranges`), not any Friday
    days = frozenset({lx.weekday_index(m.group("wd"))})
    return Atom(m.start("wd"), m.end(), Sym(recur=days), [])


@rule(
    "part_of_day_set",
    rf"(?:(?P<q>every|each|any|most|all|some)\s+)?(?P<pl>{lx.alternation(lx.POD_PLURALS)})"
    rf"|(?P<q2>every|each|any|most|all)\s+(?P<pod>{lx.alternation(lx.POD_WORDS)})",
)
def _pod_set(m: re.Match[str], o: Options) -> Sym:
    if m.group("pl"):
        pod = lx.POD_PLURALS[re.sub(r"\s+", " ", m.group("pl").lower())]
    else:
        pod = lx.pod_key(m.group("pod"))
    return Sym(recur=frozenset(range(7)), tod=TodSpec("pod", pod=pod))


# ---------------------------------------------------------------- durations, relative times
_UNIT = r"(?P<unit>hours?|hrs?|minutes?|mins?)"
_QTY = rf"(?P<q>\d{{1,3}}(?:\.\d+)?|{NUMW}|one)"


# Words between a count and its unit that do not change the length ("two straight hours",
# "2 back-to-back hours": one visit of both)
_LENGTH_WORDS = (
    r"(?:full|whole|solid|good|straight|consecutive|uninterrupted|clear|back[\s-]to[\s-]back)"
)
_ABOUT = r"(?:around|about|roughly|approx\.?|like|maybe)"


# "às 10h", "amanhã 10h" (`rules_foreign`); after "at" `hours_are_clock` decides
_CLOCK_H_BEFORE = re.compile(r"(?:\bàs|amanh[ãa]|\bhoje|\bdemain)\s+$", re.I)


def _unit_minutes(unit: str) -> int:
    return 60 if unit.lower().startswith("h") else 1


# Lengths that are not the booking's: a zone's offset ("3 hrs behind you"), a kind of
# shift ("twelve hour shifts"), the length being replaced ("2 hours instead of 90 min").
_NOT_A_LENGTH_AFTER = re.compile(r"[\s-]*shifts?\b", re.I)
_ZONE_OFFSET_AFTER = re.compile(r"\s+(?:ahead|behind)\b", re.I)  # of hours ("5 min behind": late)
_HOURS = re.compile(r"(?:hours?|hrs?|h)$", re.I)
_NOT_A_LENGTH_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+$", re.I)


@rule(
    "duration",
    r"(?:an?\s+|one\s+)?(?:full\s+|whole\s+|solid\s+|good\s+)?(?:hour|hr)\s+and\s+a\s+half"
    rf"|(?P<q1>\d|{NUMW})(?:\s+and\s+(?:a\s+)?half|\s*½|\s+1/2)\s+(?:hours?|hrs?)"
    r"|(?P<half>half\s+an|a\s+half|half\s+a|half)[\s-]+(?:hour|hr)"
    # "half a day", "half-day": a length; "a half day" is mostly a day someone has
    r"|(?<!\ba\s)(?P<halfday>half(?:\s+a)?[\s-]+day)(?![\s-]*(?:off|closing|closed|holiday))"
    r"|(?P<quarter>(?:a\s+)?quarter\s+(?:of\s+)?an?\s+hour)"
    r"|(?:an?|one)\s+(?:hour|hr)\s+and\s+(?:(?P<qq>a\s+quarter|three\s+quarters)"
    rf"|(?P<qm>\d{{1,2}}|{NUMW})(?![:.]\d|\s*[ap]\.?m\b)(?:\s*(?:minutes?|mins?))?)"
    rf"|(?:(?:{_ABOUT}\s+)?(?:\d{{1,2}}|{NUMW})[ \t]*(?:-|–|to|or)\s*)?"  # "2-3 hrs": the longer
    rf"{_QTY}(?:[\s-]?ish)?[\s-]+(?:{_LENGTH_WORDS}\s+)?{_UNIT}"
    rf"(?:\s+(?:and\s+)?(?P<q2>\d{{1,2}}|{NUMW})\s+(?:minutes?|mins?))?"
    # "2h", "90m", and "2.5h" (not its "5h")
    # "1h30 en tout", "need 2h15": hours and minutes (`rules_hclock.h_length`)
    r"|(?<![\d.])(?P<qh>\d{1,3}(?:\.\d{1,2})?)\s?(?P<u2>hours?|hrs?|h|minutes?|mins?|m)"
    r"(?P<hm>(?<=h)[0-5]\d)?(?=\s|$|[,.!?)])",
)
def _duration(m: re.Match[str], o: Options) -> Sym | None:
    if m.group("qh") and m.group("u2") == "h" and _CLOCK_H_BEFORE.search(m.string, 0, m.start()):
        return None  # "às 14h", "amanhã 10h": a clock (`rules_foreign`)
    text = m.group(0).lower()
    if _NOT_A_LENGTH_AFTER.match(m.string, m.end()) or _NOT_A_LENGTH_BEFORE.search(
        m.string, max(0, m.start() - 16), m.start()
    ):
        return None
    if _ZONE_OFFSET_AFTER.match(m.string, m.end()) and _HOURS.search(text):
        return None  # "she's 8 hours ahead": a time difference ("5 min behind" is late)
    if m.group("half"):
        return Sym(duration=30)
    if m.group("halfday"):  # "half a day", "a half-day": four hours
        return Sym(duration=240)
    if m.group("quarter"):
        return Sym(duration=15)
    if m.group("q1"):
        return Sym(duration=lx.number_value(m.group("q1")) * 60 + 30)
    if m.group("qm"):  # "an hour and 45", "an hour and 20 minutes"
        return Sym(duration=60 + lx.number_value(m.group("qm")))
    if m.group("qq"):  # "an hour and a quarter", "an hour and three quarters"
        return Sym(duration=75 if m.group("qq").lower().startswith("a") else 105)
    if m.group("hm"):  # "1h30 en tout": a length; "15h30", "à 1h30" the clock
        hours = m.group("qh")
        if not (hours.isdigit() and h_length(m.string, m.start(), int(hours))):
            return None
        return Sym(duration=int(hours) * 60 + int(m.group("hm")))
    if m.group("qh"):
        if hours_are_clock(m, "qh", m.group("u2")):
            return None  # "at 15h", "saturday 20 16h": the clock (`rules_hclock`)
        per = 60 if m.group("u2").startswith("h") else 1
        return Sym(duration=round(float(m.group("qh")) * per))
    if "and a half" in text and not m.group("q"):
        return Sym(duration=90)
    q = m.group("q").lower()
    if hours_are_clock(m, "q", m.group("unit")):
        return None  # "after 16 hours": the clock (`rules_hclock`)
    value = float(q) if q[0].isdigit() else float(lx.number_value(q))
    minutes = round(value * _unit_minutes(m.group("unit")))
    if m.group("q2"):
        minutes += lx.number_value(m.group("q2"))
    if minutes <= 0 or minutes > 24 * 60:
        return None
    return Sym(duration=minutes)


# "in a 90 minute massage", "in a 45-min slot": "a" and a count before a unit in the
# singular make the length of what is booked, not a time from now ("in an hour", "in 20
# minutes", "in a couple of hours" stay offsets).
_ATTRIBUTIVE = re.compile(
    rf"in\s+an?\s+(?:\d{{1,3}}|{NUMW}|one)\s*-?\s*(?:hour|hr|minute|min)$", re.I
)


@rule(
    "in_n_minutes",
    rf"in\s+(?:(?:about|around|like)\s+)?(?:an?\s+|one\s+)?(?:{_QTY}\s+)?{_UNIT}|in\s+half\s+an\s+hour",
)
def _in_n_minutes(m: re.Match[str], o: Options) -> Sym | None:
    if _ATTRIBUTIVE.match(m.group(0)):
        return None  # "fit in a 90 minute massage": the length of the visit (`duration`)
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
_AFTER_TIME = re.compile(
    rf"{_AFTER_HOUR.pattern}|\s*(?:the\s+\d|(?:{WD})\b|tomorrow\b|tmrw\b|next\s|this\s)", re.I
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|your|ur|yr|their|his|her|my)\s+(?:very\s+)?$", re.I)
_NEGATION_NEXT = re.compile(rf"\s+(?:{'|'.join(lx.NEGATION_WORDS)})\b", re.I)
# "come by", "swing by", "pop by": "by" is where the visit goes, not a deadline: "can you
# swing by tmrw first thing", "could Lucy come by the 21st after 4", "stop by at noon".
_VISIT_BY = re.compile(
    r"\b(?:come|comes|coming|came|swing|swinging|swung|stop|stopping|stopped|drop|dropping|"
    r"dropped|pop|popping|popped|pass|passing|nip|nipping)\s+$",
    re.I,
)
# ... but a rough clock after it says when the visit is: "swing by noonish tomorrow",
# "pop by 4-ish", "drop by 3 or so" ("drop by about 3" has no cue to drop: `clock_at_bare`)
_ROUGH_CLOCK_NEXT = re.compile(
    rf"\s*(?:\d{{1,2}}(?:[:.][0-5]\d)?\s*(?:am|pm)?|noon|midday|{HOURW})"
    r"(?:[\s-]?ish\b|\s+or\s+so\b|\s*(?:am|pm)?\s*(?:or\s+thereabouts|give\s+or\s+take)\b)",
    re.I,
)

# "wait till next week", "happy to wait until the weekend": the time waited for is the time
# wished, not a deadline ("wait till at least the 25th" still is a bound, "wait till
# after 5" is "after"'s)
_WAIT_BEFORE = re.compile(r"\b(?:wait|waiting|waited)\s+$", re.I)
_AT_LEAST_NEXT = re.compile(r"\s+at\s+(?:the\s+)?(?:least|earliest)\b", re.I)


# "starting around 8", "starting at about 2", "beginning at noon": a clock said of the
# start is when it starts, not a bound with no end ("starting from 10" still is one)
_START_CLOCK_NEXT = re.compile(
    r"\s+(?:at\s+)?(?:around|about|roughly|approx(?:imately)?|at|~)\s*"
    r"(?:\d|noon|midday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
    re.IGNORECASE,
)


# "post" is "after" only before a time ("post 3 pm", "tomorrow post 3", "post noon"), not
# the verb ("I'll post 3 letters")
_POST_TIME = re.compile(
    r"\s+(?:\d{1,2}(?:[:.]\d\d)?(?:\s*(?:am|pm|a\.m\.?|p\.m\.?)\b|(?=\s*(?:$|[,.;!?)]|on\b|or\b|and\b|"
    r"if\b|please\b|pls\b)))|noon\b|midday\b)",
    re.IGNORECASE,
)


# "I'm after a week on Thursday", "I was after a weekday evening", "just after a weekday
# morning": British "to be after" is "to want", not a bound ("I'm free after 5", "after a
# week on friday" still are).
_WANT_AFTER = re.compile(
    r"\b(?:i['’]?m|im|i\s+am|i\s+was|we['’]?re|we\s+are|we\s+were|just)\s+$", re.I
)
_A_THING = re.compile(r"\s+an?\b", re.I)
# After Portuguese "no" (em + o, "on the" / "in the"): "no dia 10", "no sábado", "no domingo",
# "no fim da manhã", "no mesmo horário", "no máximo até".
_PT_NO_NEXT = re.compile(
    r"\s+(?:dia\s+\d|s[áa]bado|domingo|fim\b|final\b|mesmo\b|m[áa]ximo\b|m[íi]nimo\b|"
    r"hor[áa]rio\b|per[íi]odo\b|in[íi]cio\b|come[çc]o\b)",
    re.I,
)


# "Max" written with a capital inside a sentence is a name ("for Max 10 or 10.30"); the cap
# is "max 3 pm", or "Max 3pm" opening a sentence.
_NAMED_MAX = re.compile(r"Max\b")
_MID_SENTENCE = re.compile(r"[\w,]\s+$")


def _phrase_pattern(phrase: lx.CuePhrase) -> str:
    """A word of each family in turn (a family holding "" may be left out), the bound
    word in the group `said`."""
    families = [*phrase.families, tuple(phrase.bounds), *phrase.after]
    parts = []
    for k, family in enumerate(families):
        words = lx.alternation(w for w in family if w)
        if k == len(phrase.families):
            words = f"(?P<said>{words})"
        if k:
            words = r"\s+" + words
        parts.append(f"(?:{words})?" if "" in family else words)
    return "".join(parts)


# A clause's end right after a cue word: "El miércoles no, que tenemos ...", "mañana no."
_CLAUSE_ENDS_NEXT = r"(?=\s*(?:[,.;!]|$))"
# A condition opening the clause before a bare "no": "if tue no", "si el martes no".
_IF_BEFORE = re.compile(r"\b(?:if|si|unless|kalau|kung|se)\b[^,.;:!?\n]{0,30}$", re.I)


def _cue_rule(
    name: str,
    words: list[str] | dict[str, tuple[str, bool]] | lx.CuePhrase,
    cue: str,
    then: str = "",
) -> None:
    if isinstance(words, lx.CuePhrase):
        pattern = _phrase_pattern(words) + then
    else:
        pattern = lx.alternation(words) + then

    def produce(m: re.Match[str], o: Options) -> Atom | None:
        text = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
        if text.startswith("or ") and _AFTER_TIME.match(m.string, m.end()):
            return None  # "before 10 or after 3", "... or after the 25th": its own bound
        if text.endswith(" but") and _NEGATION_NEXT.match(m.string, m.end()):
            return None  # "any day but not after 4": "but" joins, "not" negates
        if text == "no" and _PT_NO_NEXT.match(m.string, m.end()):
            return None  # Portuguese "no dia 10", "no sábado": "on the", no negation
        if text == "no" and cue == "neg" and re.match(_CLAUSE_ENDS_NEXT, m.string[m.end() :]):
            return None  # "El miércoles no, que ...": said after the day (neg_suffix)
        if text == "no" and cue == "neg_post" and _IF_BEFORE.search(m.string, 0, m.start()):
            return None  # "if tue no, wed also can", "si el martes no, el miércoles": a condition
        wanted = _WANT_AFTER.search(m.string, max(0, m.start() - 12), m.start())
        if text == "after" and wanted and _A_THING.match(m.string, m.end()):
            return None  # "I'm after a fortnight on Tuesday": British "I want"
        if text == "post" and not _POST_TIME.match(m.string, m.end()):
            return None  # "I'll post 3 letters": the verb
        if text in ("starting", "beginning") and _START_CLOCK_NEXT.match(m.string, m.end()):
            return None  # "3 hours starting around 8", "starting at 2": when it starts
        if text in lx.CLOCK_BOUND_PREFIX and _DETERMINER_BEFORE.search(m.string, 0, m.start()):
            return None  # "the earliest 3pm slot", "your latest 4pm": a superlative, no bound
        if (
            text.startswith("max")
            and _NAMED_MAX.match(m.group(0))
            and _MID_SENTENCE.search(m.string, 0, m.start())
        ):
            return None  # "the pool for Max 10 or 10.30": a name, no cap
        if (
            text in ("until", "till", "til", "'til", "untill")
            and _WAIT_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
            and not _AT_LEAST_NEXT.match(m.string, m.end())
        ):
            return None  # "happy to wait till next week": the week is the wish
        visit = text == "by" and _VISIT_BY.search(m.string, 0, m.start())
        if visit and not _AFTER_HOUR.match(m.string, m.end()):
            return None  # "swing by tmrw": a visit, not a deadline ("come by 5" still is)
        if visit and _ROUGH_CLOCK_NEXT.match(m.string, m.end()):
            return None  # "swing by noonish", "pop by 4ish": when the visit is (G46)
        bound, incl = "", False
        if isinstance(words, (dict, lx.CuePhrase)):
            # a phrase's bound is its bound word's
            bounds, said = (
                (words.bounds, m.group("said"))
                if isinstance(words, lx.CuePhrase)
                else (words, text)
            )
            said = re.sub(r"\s+", " ", said.lower()).replace("’", "'")
            bound, incl = bounds.get(said, bounds.get(said.replace("'", ""), ("", False)))
        sep = text in (
            "until",
            "till",
            "til",
            "'til",
            "through",
            "thru",
            "up to",
            "up until",
            "while",  # Yorkshire "12 while 1" (`rules_regional_days`)
        )
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
# "El miércoles no, que tenemos registro civil", "mañana no. pasado sí": a bare "no" right
# after the day that ends its clause rules it out (G49); "el lunes no hay problema", "¿el
# lunes no?" do not
_cue_rule("neg_suffix", ["no"], "neg_post", then=_CLAUSE_ENDS_NEXT)


# "Wednesday's full of appointments", "Monday's packed", "tuesdays are chaos": a day ruled
# out by what fills it (`lexicon.DAY_FILLED`, G47), not when the clause asks it ("Friday's
# full?": a question about the business).
_CLAUSE_ASKED = re.compile(r"[^,.;!?\n]*\?")
# ... nor a condition ("if Tuesday's full, Wednesday", "unless the 14th is packed"): the
# fallback the message goes on to give is the wish, the day stays one.
_CLAUSE_IF = re.compile(
    r"\b(?:if|unless|in\s+case|incase|whether|when|once|should)\b(?:(?!\b(?:then|so)\b)[^,.;!?\n])*$",
    re.I,
)


@rule(
    "neg_suffix",
    lx.DAY_FILLED_SAID + lx.DAY_FILLED_NOT_AFTER,
    edges=("", ""),
)
def _day_filled(m: re.Match[str], o: Options) -> Atom | None:
    if _CLAUSE_ASKED.match(m.string, m.end()):
        return None
    if _CLAUSE_IF.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    return Atom(m.start(), m.end(), None, [], cue="neg_post", cue_text=m.group(0))


_cue_rule("bound_prefix", lx.BOUND_PREFIX, "bound")
# "nothing ending later than 5", "no sessions starting before 9": a negation, the visit's
# start or end and a bound, as one phrase (`lexicon_cues.NEGATED_EDGE_BOUND`)
_cue_rule("bound_prefix", lx.NEGATED_EDGE_BOUND, "bound")
_cue_rule("bound_suffix", lx.BOUND_SUFFIX, "bound_post")
# "earliest 2.30", "latest 4": only before an hour that ends its clause (`CLOCK_BOUND_PREFIX`)
_cue_rule("bound_prefix", lx.CLOCK_BOUND_PREFIX, "bound", then=lx.HOUR_ENDS_CLAUSE)
_cue_rule("day_around", lx.DAY_AROUND, "bound", then=r"(?=\s+(?:at|@)\s)")
_cue_rule("day_around", lx.DAY_AROUND_BY, "bound", then=r"(?=\s)")
_cue_rule(
    "between",
    {**{w: ("", False) for w in lx.BETWEEN_WORDS}, "from": ("after", True)},
    "between",
)
