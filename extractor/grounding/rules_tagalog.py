"""Tagalog time words inside an English message: Taglish (Manila writers, G49).

Call-centre agents, students and parents in Manila text "ngayong gabi po?" (tonight),
"Gabi po sana, mga 7" (the evening, about 7), "mamayang 10:30pm" (later today, at 10:30
pm), "sa susunod na Saturday" (next Saturday), "Sabado o Linggo" (Saturday or Sunday),
"alas tres ng hapon" (3 in the afternoon). The words most often said, "bukas" (tomorrow),
"mamaya" (later today), "ngayon" (today), "ng umaga" / "sa hapon" / "ng gabi", "mga 7"
(about 7), "bago mag 5" (before 5) and the weekdays Spanish lent ("Lunes", "Sabado"), are
`rules_foreign`'s and `lexicon`'s; this module reads the rest:

| words | reads |
| --- | --- |
| `ngayong gabi`, `ngayong umaga`, `ngayong hapon`, `ngayong tanghali` | tonight, this morning, this afternoon, this noon |
| `gabi` alone | the evening: lowercase, or "Gabi" opening a sentence before a particle ("Gabi po sana"); not the name ("si Gabi", "kay Gabi", "with Gabi", "Gabi's"), not "Magandang gabi" (good evening), not the taro ("gabi leaves") |
| `mamayang 3pm`, `mamayang mga 10` | later today, at that clock ("mamayang gabi" is `rules_foreign`'s) |
| `susunod na Sabado`, `sa susunod na Tuesday` | next Saturday, next Tuesday |
| `susunod na linggo`, `sa isang linggo`, `next linggo`, `ngayong linggo` | next week, this week ("linggo" is also Sunday) |
| `Linggo` | Sunday: capitalised and no week's words about it ("ngayong Linggo", "isang Linggo" stay weeks), or before a part of the day ("linggo ng umaga"), or listed with another day ("Sabado o linggo") |
| `makalawa`, `sa makalawa` | the day after tomorrow |
| `alas dos`, `alas-3`, `alas tres y medya`, `alas siyete ng gabi` | the clock (a bare hour the business's hours or the part of the day after it place) |
| `hanggang 5pm`, `hanggang alas singko` | until that clock |
| `sa March` | the month ("sa" is "in"; "March" alone is also the verb) |
| `sa 14th`, `sa the 3rd` | that day of the month ("sa" is "on") |
| `next next week`, `next next Friday` | the week after next, Friday after next (Philippine, Singapore and Hong Kong English) |

The rules run only where one of the words occurs (`atoms.needs`,
`lexicon_romanised.LANGUAGE_CUES`), so English messages pay one search.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import MON, WD, Atom, Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

needs(__name__, LANGUAGE_CUES["tagalog"])

# The parts of the day after "ngayong" (this), keys of `lexicon.PARTS_OF_DAY`.
PARTS: dict[str, str] = {
    "umaga": "morning",
    "hapon": "afternoon",
    "gabi": "evening",
    "tanghali": "lunch",
}
# The hours in Spanish numbers, as said after "alas" ("alas dos": 2 o'clock).
HOURS: dict[str, int] = {
    "una": 1,
    "dos": 2,
    "tres": 3,
    "kwatro": 4,
    "kuwatro": 4,
    "cuatro": 4,
    "singko": 5,
    "sinko": 5,
    "cinco": 5,
    "sais": 6,
    "seis": 6,
    "siyete": 7,
    "syete": 7,
    "siete": 7,
    "otso": 8,
    "ocho": 8,
    "nuwebe": 9,
    "nueve": 9,
    "diyes": 10,
    "dyis": 10,
    "diez": 10,
    "onse": 11,
    "once": 11,
    "dose": 12,
    "doce": 12,
}
_HOUR = r"(?:1[0-2]|0?[1-9]|" + "|".join(sorted(HOURS, key=len, reverse=True)) + ")"
_PART = "|".join(PARTS)


def _hour(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else HOURS[w]


@rule("tagalog_this_part", rf"ngayong\s+(?P<pod>{_PART})")
def _this_part(m: re.Match[str], o: Options) -> Sym:
    """ "ngayong gabi" (tonight), "ngayong umaga" (this morning), "ngayong hapon"."""
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=PARTS[m.group("pod").lower()]))


@rule("tagalog_later_today", r"mamayang(?=\s+(?:mga\s+|bandang\s+|alas[\s-]+)?\d)")
def _later_today(m: re.Match[str], o: Options) -> Sym:
    """ "mamayang 10:30pm", "mamayang mga 10": later today, at the clock said after it."""
    return Sym(day=DaySpec("rel", 0))


# "gabi" is the evening, but also a name ("Gabi") and the taro ("gabi leaves").
_GABI_NAME_BEFORE = re.compile(
    r"(?<![\w'’])(?:si|kay|ni|kina|sina|with|for|and|to|from|ask|tell|call|text|message|"
    r"thanks|thank\s+you|hi|hello|hey|dear|magandang|maganda\s+ang|ginataang|dahon\s+ng|&)"
    r"\s*,?\s*$",
    re.I,
)
_GABI_NOT_TIME_AFTER = re.compile(
    r"['’]s\b|\s+(?:leaves|leaf|root|roots|chips|plant|recipe|said|says|is|was|will|can|and\s+i)\b",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|^\s*(?:hi|hello|ok|oo|sige)\s*,?\s*)$", re.I)
_PARTICLE_AFTER = re.compile(
    r"\s*(?:[,.!?]|$|\s(?:po|sana|na|lang|ba|pls|please|ok|okay|kung|or|o|pero|after|mga|"
    r"ng|kasi)\b)",
    re.I,
)
# A Tagalog word elsewhere in the message, so a lowercase "gabi" is the time.
_TAGALOG_WORDS = re.compile(
    r"(?<![\w'’])(?:po|pwede|puwede|sana|ba|lang|kasi|naman|yung|ung|ako|ko|mo|ng|mga|basta|"
    r"kahit|bukas|mamaya|ngayon|wag|huwag|pero|tapos|din|rin|kami|tayo|kayo|sa|na|ay|ni|"
    r"kelan|kailan|anong|araw|hindi|di)(?![\w'’])",
    re.I,
)


@rule("tagalog_evening", r"gabi")
def _evening(m: re.Match[str], o: Options) -> Sym | None:
    """ "gabi po sana" (the evening, please), "Monday or Tuesday, gabi"."""
    text, start, end = m.string, m.start(), m.end()
    if _GABI_NAME_BEFORE.search(text, max(0, start - 16), start):
        return None
    if _GABI_NOT_TIME_AFTER.match(text, end):
        return None
    if text[start] == "G" and not (
        _SENTENCE_START.search(text, 0, start) and _PARTICLE_AFTER.match(text, end)
    ):
        return None  # "Gabi" inside a sentence: a name
    if not _TAGALOG_WORDS.search(text[:start] + " " + text[end:]):
        return None
    return Sym(tod=TodSpec("pod", pod="evening"))


@rule("tagalog_next_weekday", rf"(?:sa\s+)?susunod\s+na\s+(?P<wd>{WD})(?![\w])")
def _next_weekday(m: re.Match[str], o: Options) -> Sym:
    """ "susunod na Saturday", "sa susunod na Lunes": next Saturday, next Monday."""
    return Sym(day=DaySpec("wd", lx.weekday_index(m.group("wd")), "next"))


@rule(
    "tagalog_week",
    r"(?:sa\s+)?(?:susunod\s+na|next|(?P<this>ngayong|this))\s+linggo(?!\s+ng\s)"
    r"|sa\s+isang\s+linggo(?!\s+ng\s)",
)
def _week(m: re.Match[str], o: Options) -> Sym | None:
    """ "susunod na linggo", "sa isang linggo", "next linggo" (next week), "ngayong
    linggo" (this week); "ngayong Linggo" capitalised is this Sunday."""
    if m.group("this") and m.group(0).rstrip()[-6] == "L":
        return Sym(day=DaySpec("wd", 6, "this"))
    return Sym(span=SpanSpec("week", 0 if m.group("this") else 1))


_WEEK_WORDS_AROUND = re.compile(r"\s+(?:na\s+ito|nito|na\s+to|lang\s+ang)\b", re.I)
_COUNT_BEFORE = re.compile(
    r"(?:\d|isang|dalawang|tatlong|apat\s+na|ilang|bawat|kada|every|per|a|one|two)\s*$", re.I
)
_SUNDAY_NEXT = re.compile(r"\s+(?:ng|sa)\s+(?:umaga|hapon|gabi|tanghali)\b|\s+\d", re.I)
_SUNDAY_LISTED = re.compile(rf"(?:{WD})\s*(?:,|/|&|o|or|at|and|tsaka|saka)\s*$", re.I)


@rule("tagalog_sunday", r"(?:sa\s+|tuwing\s+)?linggo")
def _sunday(m: re.Match[str], o: Options) -> Sym | None:
    """ "sa Linggo" (on Sunday), "Linggo ng umaga", "Sabado o linggo"; not a week ("isang
    linggo", "linggo na ito")."""
    text, start, end = m.string, m.start(), m.end()
    if _COUNT_BEFORE.search(text, max(0, start - 14), start) or _WEEK_WORDS_AROUND.match(text, end):
        return None
    said = (
        text[end - 6] == "L"
        or _SUNDAY_NEXT.match(text, end)
        or _SUNDAY_LISTED.search(text, max(0, start - 20), start)
    )
    return Sym(day=DaySpec("wd", 6)) if said else None


@rule("tagalog_day_after", r"(?:sa\s+)?makalawa")
def _day_after(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2))


@rule(
    "tagalog_clock",
    rf"alas[\s-]*(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d))?(?P<half>\s+y\s+(?:medya|media|kinse))?"
    r"(?:\s*(?P<ap>am|pm))?(?![\d:]|\.\d)",
)
def _alas(m: re.Match[str], o: Options) -> Sym | None:
    """ "alas dos" (2 o'clock), "alas-3", "alas tres y medya" (3:30), "alas 4pm"."""
    half = (m.group("half") or "").lower()
    mi = int(m.group("m") or 0) or (15 if "kinse" in half else 30 if half else 0)
    ap = (m.group("ap") or "").lower()
    return _clock(
        _hour(m.group("h")), mi, ap, prep="at", grain="minute" if mi else "hour", bare=not ap
    )


@rule("tagalog_month", rf"sa\s+(?P<mon>{MON})(?!\s*\d)(?![\w])")
def _month(m: re.Match[str], o: Options) -> Atom:
    """ "Sa March na lang", "sa Hunyo": the month ("March" alone is weak)."""
    word = m.group("mon").lower().rstrip(".")
    sym = Sym(span=SpanSpec("month", month=lx.month_index(word)))
    return Atom(m.start(), m.end(), sym, [], weak=False)


@rule(
    "tagalog_day_number",
    r"sa\s+(?:the\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    r"(?!\s*(?:floor|flr|fl|level|lvl|year|yr|grade|time|dose|shot|week|wk|day|month|"
    r"attempt|try|batch|round|place|session|visit|booster)s?\b)",
)
def _day_number(m: re.Match[str], o: Options) -> Sym:
    """ "sa 14th po" (on the 14th): "sa" is "on"; only an ordinal ("sa 3" may be a clock),
    and not an ordinal of something else ("sa 2nd floor", "sa 3rd dose")."""
    return Sym(day=DaySpec("dom", int(m.group("d"))))


@rule("next_next", rf"next[\s-]+next\s+(?:(?P<week>week|wk)|(?P<wd>{WD}))(?![\w])")
def _next_next(m: re.Match[str], o: Options) -> Sym:
    """ "next next week" (the week after next), "next next Friday" (Friday after next):
    Philippine, Singapore and Hong Kong English."""
    if m.group("week"):
        return Sym(span=SpanSpec("week", 2))
    return Sym(day=DaySpec("wd", lx.weekday_index(m.group("wd")), "afternext"))


# "hanggang 1pm" (until 1pm), "hanggang alas singko": only before an hour.
_cue_rule(
    "bound_prefix",
    {"hanggang": ("before", True), "hanggang sa": ("before", True)},
    "bound",
    then=rf"(?=\s+(?:alas[\s-]*)?{_HOUR}(?:[:.][0-5]\d)?(?:\s*(?:am|pm|mn|nn))?(?![\w:]|\.\d))",
)
