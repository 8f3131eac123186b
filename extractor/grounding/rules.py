"""Day rules: named rules for single days and spans of days.

"today", "next tuesday", "dec 5th", "the 3rd", "12/3", "next week", "early december".
Each is a small frozen record (name, compiled pattern, producer) registered with
`atoms.rule`; the tables behind the patterns live in `lexicon.py`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding import weak_days, web_form
from slotwise.extractor.grounding.atoms import (
    DAYW,
    DE_DAY_BEFORE_A,
    DOM,
    MON,
    NOT_COUNT,
    NUMW,
    ORD,
    ORDW,
    PART1,
    PART2,
    WD,
    YEAR,
    Atom,
    Options,
    part_of,
    rule,
    year_of,
)
from slotwise.extractor.grounding.month_after import (
    day_of,
    month_listed_before,
    month_said_after,
)
from slotwise.extractor.grounding.rules_h24_range import hours_range_after
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym


# ---------------------------------------------------------------- days
@rule("today", r"to\s?day|tdy|2day|tday|2dy|2dae")
def _today(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0))


@rule(
    "tomorrow",
    r"tomm?orr?o[wr]?|tomorow|tmrw?|tmrow|tmw|tmro|tomo|2mor+ow|2moro|2mrw|2mr|tomrw|tommorow|"
    r"tomorrrow|tomorroww|tomoz|tmoz|tomoro|2morrow|tomorro|tomorra|"  # "tomorra efternoon" (G44)
    r"tomolo|tmolo|tomolow|tomollow|tumolo|"  # Manglish: "tomolo after 2 can?"
    r"2moz|2morra|2mro|2mora|2morro|2moro2|tmorow",  # texted: "2moz pls" (G48)
)
def _tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 1))


@rule(
    "tomorrow_week",
    r"(?P<day>tomm?orr?ow|tomorow|tmrw?|tmr|2moro|2morrow|today)\s+(?P<unit>week|wk|fortnight)\b"
    r"(?!\s+after\b)",
)
def _tomorrow_week(m: re.Match[str], o: Options) -> Sym:
    """ "tomorrow week", "today fortnight": that day a week (two) on, as said in Britain
    and Ireland, like "Saturday week"."""
    days = 0 if m.group("day").lower() == "today" else 1
    return Sym(day=DaySpec("rel", days + (14 if m.group("unit").lower() == "fortnight" else 7)))


@rule("day_after_tomorrow", r"(?:the\s+)?day\s+after\s+(?:tomm?orr?ow|tomorow|tmrw?|2moro)")
def _dat(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2))


@rule("yesterday", r"yesterday|yday")
def _yesterday(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", -1))


@rule(
    "in_n_days",
    rf"in\s+(?:(?:about|around|like)\s+)?(?P<n>\d{{1,2}}|{NUMW})\s+days?(?:\s+time)?"
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
    rf"in\s+(?:(?:about|around)\s+)?(?P<n>\d{{1,2}}|{NUMW})\s+(?:weeks?|wks?)(?:['’]?\s+time)?"
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
    "próximo": "next",  # Spanish: "el próximo lunes"
    "proximo": "next",
    "próxima": "next",  # Portuguese: "na próxima terça"
    "proxima": "next",
    "following": "next",
    "the following": "next",
    "last": "last",
    "previous": "last",
    "past": "last",
    "this past": "recent",
}


_A_BEFORE = re.compile(r"(?<![\w'’])a\s+$", re.I)


@rule(
    "weekday",
    rf"(?:(?P<mod>this\s+coming|this\s+past|this|coming|upcoming|next|nxt|the\s+following|last|"
    rf"previous|pr[óo]xim[oa])\s+)?(?P<wd>{WD})\.?(?P<after>\s+after\s+next|\s+before\s+last)?"
    # "Tuesday next": British for next Tuesday ("Tuesday next week" is another rule); and
    # "jeudi prochain", French for it
    r"(?P<next>(?<!\.)\s+next(?!\s+(?:week|wk|month|year|weekend|time|one|day|door|\w+day)"
    r"|\s+to\s+(?:the|my|your|our|a|an)\b)|\s+prochaine?\b"
    # Spanish "el lunes que viene", "el martes próximo"; Portuguese "segunda que vem",
    # "sexta-feira que vem", "quarta próxima" ("na próxima terça" is the modifier before)
    r"|\s+que\s+viene\b|\s+que\s+vem\b|\s+pr[óo]xim[oa]\b)?",
)
def _weekday(m: re.Match[str], o: Options) -> Atom | None:
    wd_word = m.group("wd").lower()
    mod = _MODS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()), "")
    if (
        not mod
        and wd_word not in lx.WEAK_WEEKDAYS
        and not wd_word.startswith(lx.PT_ORDINAL_DAYS)  # Portuguese "a sexta": the article
        and _A_BEFORE.search(m.string, 0, m.start())
        and not DE_DAY_BEFORE_A.search(m.string, max(0, m.start() - 32), m.start() - 2)
    ):
        return None  # "a Friday": any Friday, rule `a_weekday`
    if m.group("after"):
        mod = "afternext" if "next" in m.group("after").lower() else "beforelast"
    end = m.end()
    if m.group("next") and mod:
        end = m.start("next")  # "this Tuesday next": not the cue
    elif m.group("next"):
        mod = "next"
    weak = not mod and wd_word in lx.WEAK_WEEKDAYS and not _weak_day_said(m.string, m)
    if m.string[m.start() : end].endswith(".") and wd_word.endswith(("day", "days")):
        end -= 1  # "Friday." ends a sentence; only an abbreviation ("Tues.") owns its dot
    return Atom(
        m.start(), end, Sym(day=DaySpec("wd", lx.weekday_index(wd_word), mod)), [], weak=weak
    )


@rule(
    "weekday_week",
    rf"(?P<wd>{WD})\.?\s+(?P<unit>week|wk|fortnight)"
    rf"|a\s+(?P<unit2>week|wk|fortnight)\s+(?:on\s+|from\s+|this\s+)?(?P<wd2>{WD})"
    # "2 weeks from saturday", "two weeks on friday", "3 wks from this tuesday"
    rf"|(?P<n>[2-4]|two|three|four)\s+(?:weeks|wks)\s+(?:on\s+|from\s+)(?:this\s+)?(?P<wd3>{WD})",
)
def _weekday_week(m: re.Match[str], o: Options) -> Sym | None:
    """ "Saturday week", "a week on Saturday", "Thursday fortnight": the coming Saturday
    (Thursday) moved on a week (two), as said in Britain; "2 weeks from saturday": that
    many weeks on."""
    if m.group("wd3"):
        if _BEEN_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()
        ) and not _BOOK_FOR.search(m.string, max(0, m.start() - 24), m.start()):
            return None  # "away for 2 weeks from friday": a stretch of time, not a day
        weeks = lx.number_value(m.group("n")) if not m.group("n").isdigit() else int(m.group("n"))
        wd = lx.weekday_index(m.group("wd3"))
        return Sym(day=DaySpec("shift", 7 * weeks, base=DaySpec("wd", wd)))
    unit = (m.group("unit") or m.group("unit2")).lower()
    wd = lx.weekday_index(m.group("wd") or m.group("wd2"))
    return Sym(day=DaySpec("shift", 14 if unit == "fortnight" else 7, base=DaySpec("wd", wd)))


_BEEN_BEFORE = re.compile(r"\b(?:been|for|about|over|almost|nearly)\s+$", re.I)
# "been a week today", "off sick for a fortnight today": a time gone by; "for" alone is the
# day booked ("a deep dive for a fortnight today", G29)
_GONE_BY_BEFORE = re.compile(
    r"\b(?:been|about|over|almost|nearly)\s+$"
    r"|\b(?:been|had|off|away|out|sick|ill|gone|waiting|here|there|on\s+leave)\b[^.!?;]{0,20}"
    r"\bfor\s+$",
    re.I,
)
# "book (me) for 2 weeks from saturday": the day booked, not a stretch of time
_BOOK_FOR = re.compile(
    r"\b(?:book(?:ed|ing)?|appointment|appt)\s+(?:(?:me|us|him|her|it|in)\s+)*for\s+$", re.I
)


@rule(
    "week_today",
    r"(?P<n>a|one|two|2)\s+(?P<unit>weeks?|wks?|fortnight)\s+(?P<rel>today|to-day|tomorrow|tmrw|tmr|2moro)"
    r"(?!\s+(?:since|ago)\b)",
)
def _week_today(m: re.Match[str], o: Options) -> Sym | None:
    """ "a week today", "a fortnight tomorrow", "two weeks today": today (tomorrow) a week
    (two) on, as said in Britain and Ireland ("a week from today" is `rules_offset`'s)."""
    if _GONE_BY_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "it's been a week today", "off sick for a week today": time gone by
    weeks = 2 if m.group("n").lower() in ("two", "2") else 1
    if m.group("unit").lower() == "fortnight":
        weeks *= 2
    rel = 0 if m.group("rel").lower().replace("-", "") == "today" else 1
    return Sym(day=DaySpec("shift", 7 * weeks, base=DaySpec("rel", rel)))


_WEAK_DAY_AFTER = re.compile(
    "|".join("(?:" + p.replace("{wd}", "(?:" + WD + ")") + ")" for p in lx.WEAK_DAY_AFTER), re.I
)
_WEAK_DAY_BEFORE = re.compile(
    "|".join(
        "(?:" + p.replace("{wd}", "(?<![\\w])(?:" + WD + ")") + ")" for p in lx.WEAK_DAY_BEFORE
    ),
    re.I,
)
_WEAK_DAY_SURE = re.compile(lx.WEAK_DAY_SURE_AFTER, re.I)
_ROMANCE_DAY_BEFORE = re.compile(lx.ROMANCE_DAY_BEFORE, re.I)
_ANY_DAY = r"(?<![\w])(?:" + WD + ")"
_WEAK_DAY_NOT_AFTER = re.compile(
    r"(?<![\w'’])(?:" + "|".join(lx.WEAK_DAY_NOT_AFTER) + r")\s+$", re.I
)


def _weak_day_said(text: str, m: re.Match[str]) -> bool:
    """ "sat?", "wed or thu", "my sat appt", "wed 9": the words after a weak weekday
    make it a day, unless the word before makes it a verb or a noun ("I sat", "the sun")."""
    if _WEAK_DAY_SURE.match(text, m.end()) or weak_days.seen_off(text, m.start(), m.end()):
        return True
    if _WEAK_DAY_NOT_AFTER.search(text, max(0, m.start() - 8), m.start()):
        return False
    if weak_days.address(text, m.start(), m.group("wd")):
        return False  # "cheers mon"
    if _WEAK_DAY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    if m.group("wd").lower() in lx.ROMANCE_WEAK_DAYS and _ROMANCE_DAY_BEFORE.search(
        text, max(0, m.start() - 10), m.start()
    ):
        return True  # "el domingo", "para este domingo", "la domenica"
    if weak_days.said(text, m.start(), m.end(), _ANY_DAY):
        return True  # "at work Wed, can ...", "fri to sat", "any slot wed"
    return _WEAK_DAY_AFTER.match(text, m.end()) is not None


@rule(
    "weekday_day_number",
    rf"(?P<wd>{WD})\.?,?\s+(?:the\s+)?(?:(?P<d>1[3-9]|2\d|3[01])(?![:.]?\d|\s*h\b){NOT_COUNT}"
    rf"|(?P<o>{ORD}))",
)
def _weekday_day_number(m: re.Match[str], o: Options) -> Sym | None:
    """ "Monday 21", "friday 23 at 4": a weekday and a day number too big for an hour
    ("mon 22 PM" is the 22nd's afternoon)."""
    d = int(m.group("d")) if m.group("d") else lx.ordinal_value(m.group("o"))
    if m.group("d") and hours_range_after(m.string, m.end(), d):
        return None  # "Thursday, 15-17": hours on the 24-hour clock (`rules_h24_range`)
    return Sym(day=DaySpec("dom", d, weekday=lx.weekday_index(m.group("wd"))))


# The weekdays of the languages that say a date as the weekday and its number ("el martes
# 3", "quinta 4 às 15h", "mardi 3", "Montag 2", "maandag 2"): after them a small number is
# the day of the month, not an hour, which they say with a word ("a las 3", "às 15h", "à
# 14h", "um 2", "om 2 uur"). English "Monday 2" stays Monday at 2 (`weekday_day_number`
# takes only numbers too big for an hour).
_DATE_WEEKDAYS = "|".join(
    sorted((re.escape(w) for w in lx.WEEKDAYS_SAID_WITH_DATE), key=len, reverse=True)
)


@rule(
    "weekday_day_number_foreign",
    rf"(?P<wd>{_DATE_WEEKDAYS}),?\s+(?:(?:dia|el|le|den)\s+)?(?P<d>[1-9]|[12]\d|3[01])"
    rf"(?![:.,]?\d|\s*(?:h\b|hs?\b|hrs?\b|horas?\b|heures?\b|uhr\b|uur\b|am\b|pm\b|a\.m|p\.m|º|ª)){NOT_COUNT}",
)
def _weekday_day_number_foreign(m: re.Match[str], o: Options) -> Sym:
    """ "el lunes 2", "martes 3 a las 10", "viernes 12 por la mañana": the weekday and
    the day of the month (a Spanish, Portuguese, French, German or Dutch weekday)."""
    return Sym(day=DaySpec("dom", int(m.group("d")), weekday=lx.weekday_index(m.group("wd"))))


@rule(
    "month_day",
    # ("Monday 2 August first thing": "first thing" is the hour's, not August 1st)
    rf"(?P<mon>{MON})(?:\s*(?:the\s+)?|[/-])(?P<d>(?:{ORD}|{DOM}){NOT_COUNT}|{ORDW}(?!\s+thing\b)|{DAYW})"
    rf"(?:\s*,?\s*(?P<y>{YEAR}))?",
)
def _month_day(m: re.Match[str], o: Options) -> Sym | None:
    if _small_word(m.group("d")) and m.group("mon").lower().rstrip(".") in lx.WEAK_MONTHS:
        return None  # "may two", "march one": words first
    d = m.group("d")
    if m.group("mon").endswith(".") and d[0].isupper() and not d[0].isdigit():
        return None  # "on 3 Dec. First choice 11am": a new sentence, not Dec 1
    return _md(lx.month_index(m.group("mon")), lx.ordinal_value(m.group("d")), m.group("y"))


def _small_word(d: str) -> bool:
    """A cardinal word under ten ("two"): too common to be a day after a weak word."""
    return d.lower() in lx.DAY_WORDS and lx.DAY_WORDS[d.lower()] < 10


@rule(
    "day_month",
    rf"(?:the\s+)?(?P<d>{ORD}|{DOM}|{ORDW}|{DAYW})\s+(?:of\s+)?(?P<mon>{MON})"
    rf"(?:\s*,?\s*(?P<y>{YEAR}))?",
)
def _day_month(m: re.Match[str], o: Options) -> Sym | None:
    if _small_word(m.group("d")):
        return None  # "two may", "one of march"
    return _md(lx.month_index(m.group("mon")), lx.ordinal_value(m.group("d")), m.group("y"))


def _md(month: int, day: int, year: str | None) -> Sym | None:
    if not 1 <= day <= 31:
        return None
    return Sym(day=DaySpec("md", day, month=month, year=year_of(year)))


_AND_JOINED = re.compile(r"\s(?:and|&)\s", re.I)


def _and_without_between(m: re.Match[str]) -> bool:
    """Two days joined by "and" are a range only after "between" ("between the 3rd and the
    5th"); "Dec 14 and 16", "the 3rd and 5th of May" name two days."""
    said = m.group(0)
    return bool(_AND_JOINED.search(said)) and not said.lower().startswith("between")


@rule(
    "month_day_range",
    rf"(?:from\s+|between\s+)?(?P<mon>{MON})\s+(?P<d1>{ORD}|{DOM})\s*(?:-|–|to|through|thru|"
    rf"until|till|and)\s*(?P<d2>{ORD}|{DOM})(?!\s*(?:am|pm|a\.m|p\.m|:|o['’]?clock))",
)
def _month_day_range(m: re.Match[str], o: Options) -> Sym | None:
    if _and_without_between(m):
        return None  # "Dec 14 and 16": two days; "between Dec 14 and 16": a range
    mon = lx.month_index(m.group("mon"))
    d1, d2 = lx.ordinal_value(m.group("d1")), lx.ordinal_value(m.group("d2"))
    if d2 <= d1:
        return None
    a, b = DaySpec("md", d1, month=mon), DaySpec("md", d2, month=mon)
    return Sym(span=SpanSpec("range", start=a, end=b))


@rule(
    "day_range_of_month",
    rf"(?:from\s+|between\s+)?(?:the\s+)?(?P<d1>{ORD}|{DOM}|{ORDW})\s*(?:-|–|to|through|thru|until|till"
    rf"|and)\s*(?:the\s+)?(?P<d2>{ORD}|{DOM}|{ORDW})\s+(?:of\s+|in\s+)?(?:(?P<mon>{MON})"
    r"|(?:the\s+)?(?P<which>this|next|nxt)\s+month)"
    rf"|(?:from\s+|between\s+)?(?P<mon2>{MON})\s+(?P<d3>{ORDW}|{ORD})\s*(?:-|–|to|through|thru|until"
    rf"|till|and)\s*(?:the\s+)?(?P<d4>{ORD}|{ORDW}|{DOM})(?!\s*(?:am|pm|a\.m|p\.m|:|o['’]?clock))",
)
def _day_range_of_month(m: re.Match[str], o: Options) -> Sym | None:
    """ "between 3 and 12 of Sept", "from 4-23 in next month", "april ninth through 17th"."""
    if _and_without_between(m):
        return None  # "the 3rd and 5th of May": two days
    d1 = lx.ordinal_value(m.group("d1") or m.group("d3"))
    d2 = lx.ordinal_value(m.group("d2") or m.group("d4"))
    if not 1 <= d1 < d2 <= 31:
        return None
    word = m.group("mon") or m.group("mon2")
    if word is None:
        mod = "nextmonth" if m.group("which").lower().startswith("n") else ""
        a, b = DaySpec("dom", d1, mod=mod), DaySpec("dom", d2)
    else:
        mon = lx.month_index(word)
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
def _ordinal_day(m: re.Match[str], o: Options) -> Atom | None:
    if not m.group("pre") and _whose(m.string[: m.start()]):
        return None  # "my roommate's 25th", "for her 21st": a birthday, not a date
    d = lx.ordinal_value(m.group("d"))
    month = month_said_after(m.string, m.end())  # "the 3rd or 4th of january" (G14b)
    month = month or month_listed_before(m.string, m.start())  # "may 3rd or 5th"
    sym = Sym(day=day_of(d, month))
    said = _ORDINAL_DAY_AFTER.match(m.string, m.end()) is not None or month is not None
    return Atom(m.start(), m.end(), sym, [], weak=not m.group("pre") and not said)


_ORDINAL_DAY_AFTER = re.compile(lx.ORDINAL_DAY_AFTER, re.I)
# Whose ordinal: right after a possessive, an ordinal counts years (a birthday, an
# anniversary: "my roommate's 25th", "it's her 21st", "our 10th"), not a day of the month.
_WHOSE = re.compile(r"\b(?:(?P<own>my|his|her|their|our|your)|(?P<who>\w+)['’]s?)\s+$", re.I)
# "it's 25th?", "Tuesday's 25th?": "is", not a possessive
_NOT_WHOSE = re.compile(
    r"(?:it|that|what|there|here|who|how|when|where|let|he|she|today|tomorrow|tmrw|"
    + lx.alternation(w for names in lx.WEEKDAYS for w in names)
    + r")",
    re.I,
)


def _whose(before: str) -> bool:
    m = _WHOSE.search(before)
    if m is None:
        return False
    who = m.group("who")
    return who is None or _NOT_WHOSE.fullmatch(who) is None


# Nouns an ordinal word counts, so that it is no day: "the second viewing", "the third
# visit", "the first lesson" (the rule's negative lookahead)
_COUNTED = (
    r"time|one|thing|floor|viewing|visit|appointment|appt|session|lesson|meeting|class|"
    r"round|attempt|try|go|call|interview|check|dose|shot|jab|injection|treatment|fitting|"
    r"consultation|consult|booking|slot|option|choice|person|kid|child|son|daughter|"
    r"coat|stage|step|phase|part|half|car|room|tattoo|piercing|shoot|cleaning|service|test"
)


@rule(
    "ordinal_word_day",
    rf"(?P<pre>on\s+the|the)\s+(?P<d>{ORDW})(?!\s+(?:{_COUNTED})(?:e?s)?\b)",
)
def _ordinal_word_day(m: re.Match[str], o: Options) -> Atom:
    sym = Sym(day=DaySpec("dom", lx.ordinal_value(m.group("d"))))
    return Atom(m.start(), m.end(), sym, [], weak=not m.group("pre").lower().startswith("on"))


# "3/4 in" is three quarters of an inch, but "12/9 in the morning" is Dec 9's morning.
_IN_THE_POD = r"(?!\s+the\s+(?:morning|afternoon|evening|night)\b)"


@rule(
    "numeric_date",
    r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?"
    r"(?!\s*(?:price|off|portion|size|cups?|pints?|inch|of\b|an?\b|in\b" + _IN_THE_POD + r"))",
)
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


@rule("quoted_date", r"['\"](?P<y>20\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)['\"]")
def _quoted_date(m: re.Match[str], o: Options) -> Atom | None:
    """ "date: '2027-05-28'": a form's value in quotes (a quote before a word is otherwise
    no start of a time, "'til", "'22")."""
    sym = _md(int(m.group("mo")), int(m.group("d")), m.group("y"))
    return None if sym is None else Atom(m.start() + 1, m.end() - 1, sym, [])


# "DATE: 6-3", "Preferred date: 6-10": a month and day joined by a dash, only as the value
# of a form's date field (elsewhere "6-3" is a score or a range of hours).
@rule("form_dash_date", r"(?P<a>[01]?\d)-(?P<b>[0-3]?\d)(?![-\d:./])")
def _form_dash_date(m: re.Match[str], o: Options) -> Sym | None:
    if not web_form.date_field_value(m.string, m.start()):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    mo, d = (b, a) if o.date_order.upper() == "DMY" else (a, b)
    return _md(mo, d, None) if 1 <= mo <= 12 else None


# A bound from a named day: "after Easter", "since christmas", "from new year on"
_SINCE = re.compile(r"\b(?:after|since|from|post|following)\s+$", re.I)
_MONDAY_HOLIDAYS = frozenset(
    {"memorial_day", "labor_day", "presidents_day", "mlk_day", "columbus_day", "easter_monday"}
)
# Spellings without their apostrophes: the pattern takes "valentines" for "valentine's"
_HOLIDAY_BARE = {k.replace("'", ""): v for k, v in lx.HOLIDAYS.items()}


# A wind named by its compass point holds "easter" and is no holiday: "before the
# south-easter picks up" (Cape Town), "the southeaster", "a nor'easter" (New England);
# written apart only after "the" or "a" ("the south easter"; "down south easter sunday"
# stays Easter).
_WIND_BEFORE = (
    r"(?<!south-)(?<!south)(?<!north-)(?<!north)(?<!nor')(?<!nor’)"
    r"(?<!the\ssouth\s)(?<!the\snorth\s)(?<!a\ssouth\s)(?<!a\snorth\s)"
)


@rule(
    "holiday",
    rf"(?:(?P<which>this|next|nxt|coming|last|previous|past)\s+|the\s+)?{_WIND_BEFORE}"
    rf"(?P<name>{lx.alternation(lx.HOLIDAYS)})"
    rf"(?:\s*,?\s*(?P<y>{YEAR}))?(?:(?P<week>\s+week\b(?!\s*(?:s\b|end)))|(?P<wkend>\s+week[\s-]?end\b))?",
)
def _holiday(m: re.Match[str], o: Options) -> Sym:
    """Named days from `lexicon.HOLIDAYS`; "last easter", "black friday 2010"; "xmas
    week", "thanksgiving week": the week (Monday to Sunday) around it; "New Year's
    weekend": that week's Saturday and Sunday."""
    name = re.sub(r"\s+", " ", m.group("name").lower()).replace("’", "'").replace("-", " ")
    key = lx.HOLIDAYS.get(name) or _HOLIDAY_BARE[name.replace("'", "")]
    which = (m.group("which") or "").lower()
    n = -1 if which in ("last", "previous", "past") else 0
    if not which and _SINCE.search(m.string, max(0, m.start() - 12), m.start()):
        n = -2  # "after Easter" said the week after it: that Easter (`resolve_calendar`)
    day = DaySpec("hol", n, mod=key, year=year_of(m.group("y")))
    if m.group("week"):
        return Sym(span=SpanSpec("weekof", start=day))
    if m.group("wkend"):  # "New Year's weekend", "Easter weekend": its Saturday and Sunday;
        # a Monday holiday's is the one before ("Labor Day weekend")
        if key in _MONDAY_HOLIDAYS:
            day = DaySpec("shift", -1, base=day)
        return Sym(span=SpanSpec("weekof", start=day, part="weekend"))
    return Sym(day=day)


# ---------------------------------------------------------------- spans of days
@rule(
    "week",
    rf"(?:{PART1}[\s-]+)?(?:the\s+)?(?P<which>this|next|nxt|coming|the\s+following|following|last|"
    r"previous|past)\s+(?P<work>work(?:ing)?[\s-]?|business\s+)?(?:week|wk)|(?:the\s+)?(?:week|wk)\s+(?:after\s+next|before\s+last)"
    # "the start of the week after next", "end of the week after next": that part of it
    rf"|{PART2}[\s-]+(?:the|this)\s+(?:week|wk)(?:\s+after\s+next)?|later\s+this\s+week"
    r"|(?P<mw>mid[\s-]?week)"
    # "mid-week next week", "midweek the week after next": the middle of that week
    r"(?:,?\s+(?:of\s+)?(?P<mwhich>next|nxt|this|coming|the\s+following)\s+(?:week|wk)\b"
    r"|,?\s+(?:of\s+)?the\s+(?:week|wk)\s+(?P<mfar>after\s+next))?",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    text = m.group(0).lower()
    which = (m.group("which") or "this").lower()
    back = {"last": -1, "previous": -1, "past": -1}
    n = 2 if "after next" in text else back.get(which, 1 if which != "this" else 0)
    if "before last" in text:
        n = -2
    if which in ("coming",):
        n = 0 if "this" in text else 1
    part = part_of(m)
    if part == "early" and "half" in text:
        part = "early_wide"  # "the first half of next week": Monday to Wednesday
    if text.startswith("later this"):
        part = "after_today"  # "later this week": tomorrow to Sunday
    if m.group("mw"):
        part = "mid"
        mwhich = (m.group("mwhich") or "this").lower()
        n = 2 if m.group("mfar") else (0 if mwhich == "this" else 1)
    if m.group("work") and not part:  # "this working week": Monday to Friday
        part = "work"
    return Sym(span=SpanSpec("week", n, part=part))


@rule(
    "weekend",
    r"(?P<which>this|next|nxt|the|coming|this\s+coming|the\s+following)?\s*(?:week[\s-]?end|wkend|wknd)"
    r"(?P<far>\s+after\s+next(?!\s+(?:week|wk|month)))?",
)
def _weekend(m: re.Match[str], o: Options) -> Sym:
    """ "this weekend", "next weekend", "the weekend after next" (the one after next
    weekend: Saturday and Sunday of the week after next)."""
    which = (m.group("which") or "").lower()
    n = 1 if which.startswith(("next", "nxt", "the following")) else 0
    if m.group("far"):
        n = 2
    said = "" if which in ("", "the") else "next" if n else "this"  # "this weekend"
    return Sym(span=SpanSpec("weekend", n, mod=said))


@rule(
    "month_relative",
    rf"(?:{PART1}[\s-]+)?(?:the\s+)?(?P<which>this|next|nxt|the\s+following|following|coming|last|"
    r"previous|past)\s+month|(?:the\s+)?month\s+(?P<far>after\s+next|before\s+last)"
    rf"|{PART2}[\s-]+(?:the|this)\s+month|end\s+of\s+month|eom",
)
def _month_relative(m: re.Match[str], o: Options) -> Sym:
    which = (m.group("which") or "this").lower()
    n = 0 if which == "this" else -1 if which in ("last", "previous", "past") else 1
    if m.group("far"):
        n = 2 if "next" in m.group("far").lower() else -2
    part = part_of(m)
    if m.group(0).lower() in ("end of month", "eom"):
        part = "end"
    if n == 0 and m.group(0).lower().startswith("later"):
        part = "after_today"  # "later this month": tomorrow to the month's end, as the week's
    return Sym(span=SpanSpec("month", n, part=part))


@rule("month_name", rf"(?:{PART1}[\s-]+)?(?P<mon>{MON})(?:\s+(?P<y>{YEAR}))?")
def _month_name(m: re.Match[str], o: Options) -> Atom:
    word = m.group("mon").lower().rstrip(".")
    sym = Sym(
        span=SpanSpec(
            "month", month=lx.month_index(word), year=year_of(m.group("y")), part=part_of(m)
        )
    )
    weak = not m.group("part") and not m.group("y") and (word in lx.WEAK_MONTHS or len(word) <= 4)
    return Atom(m.start(), m.end(), sym, [], weak=weak)


@rule(
    "next_n_days",
    rf"(?:in\s+|within\s+|over\s+|during\s+)?(?:the\s+)?(?:next|coming|following)\s+"
    rf"(?P<n>\d{{1,2}}|{NUMW})\s+days|(?:in\s+|within\s+|over\s+)?the\s+next\s+(?:few|couple)\s+days"
    r"|(?:in|within|over|during)\s+the\s+(?:next|coming)\s+days",
)
def _next_n_days(m: re.Match[str], o: Options) -> Sym:
    """ "the next 3 days", "over the next few days"; a learner's "in the next days" and
    "in the coming days" are the next few (3)."""
    word = m.group("n")
    n = lx.number_value(word) if word else (2 if "couple" in m.group(0).lower() else 3)
    if m.group(0).lower().startswith("within"):  # "within the next 3 days": from today
        return Sym(span=SpanSpec("range", start=DaySpec("rel", 0), end=DaySpec("rel", n)))
    return Sym(span=SpanSpec("days", n))
