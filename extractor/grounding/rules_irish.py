"""Irish (Gaeilge) time words inside an English message (Gaeltacht writers, G49).

People in the Connemara and Donegal Gaeltachtaí text the day and the part of the day in
Irish, inside English or in whole Irish sentences: "De Mairt, maidin if possible",
"amárach after 3", "maidin Déardaoin", "De Luain seo chugainn or De Máirt seo chugainn,
tráthnóna", "an tseachtain seo chugainn". Until G49 they went unread; they are plain
enough to read, with or without the accents (phones drop them):

| words | reads |
| --- | --- |
| `Dé Luain`, `Dé Máirt`, `Dé Céadaoin`, `Déardaoin`, `Dé hAoine`, `Dé Sathairn`, `Dé Domhnaigh` | Monday to Sunday ("De Mairt", "De hAoine" unaccented alike) |
| `Luain`, `Céadaoin`, `hAoine`, `Sathairn`, `Domhnaigh` alone | the weekday ("Céadaoin so, same time"); "Máirt" alone is a name's start, only after "Dé" |
| `Dé Luain seo chugainn`, `Dé hAoine seo`, `Dé Máirt seo caite` | next Monday, this Friday, last Tuesday |
| `maidin Dé Luain`, `tráthnóna Dé hAoine`, `oíche Dé Sathairn` | that day's morning, afternoon, night |
| `inniu`, `amárach`, `arú amárach`, `anóirthear` | today, tomorrow, the day after tomorrow |
| `ar maidin`, `maidin inniu`, `tráthnóna inniu`, `anocht`, `maidin amárach` | this morning, this afternoon, tonight, tomorrow morning |
| `maidin`, `tráthnóna`, `iarnóin`, `am lóin` | the morning, the afternoon, lunch ("Maidin mhaith", "Tráthnóna maith", "Oíche mhaith" are greetings) |
| `an tseachtain seo chugainn`, `an tseachtain seo`, `an deireadh seachtaine` | next week, this week, the weekend |
| `roimh 10`, `tar éis 2`, `i ndiaidh 2`, `go dtí 4` | before 10, after 2, after 2, until 4 (only before an hour) |
| `10 a chlog`, `a deich a chlog`, `leathuair tar éis 2` | the clock (a bare hour the business's hours place) |

"Dia dhuit" (hello) and "go raibh maith agat" (thank you) hold no time word. The rules run
only where one of the words occurs (`atoms.needs`, `lexicon_romanised.LANGUAGE_CUES`), so
English messages pay one search; the Irish "Dé" alone ("de" is French, Spanish, a
surname's part) is no cue: a day's name must follow it.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

needs(__name__, LANGUAGE_CUES["irish"])

# The weekdays, Monday (0) to Sunday (6), as said after "Dé" (accents optional: `_fold`).
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("luain",),
    ("mairt",),
    ("ceadaoin",),
    ("ardaoin",),  # "Déardaoin": one word, `_DAY` spells it whole
    ("haoine", "aoine"),
    ("sathairn",),
    ("domhnaigh", "domhnach"),
)
# The parts of the day (keys of `lexicon.PARTS_OF_DAY`), said alone or before a day.
PARTS: dict[str, str] = {
    "maidin": "morning",
    "trathnona": "afternoon",
    "iarnoin": "afternoon",
    "oiche": "night",
    "am loin": "lunch",
}
# "next", "this", "last" after a day.
MODS: dict[str, str] = {
    "seo chugainn": "next",
    "seo chugat": "next",
    "seo romhainn": "next",
    "seo caite": "last",
    "seo": "this",
}
# Hours in words, as said after "a" before "a chlog" ("a deich a chlog").
HOUR_WORDS: dict[str, int] = {
    "haon": 1,
    "do": 2,
    "tri": 3,
    "ceathair": 4,
    "cuig": 5,
    "se": 6,
    "seacht": 7,
    "hocht": 8,
    "naoi": 9,
    "deich": 10,
    "haon deag": 11,
    "do dheag": 12,
}
_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


def _fold(word: str) -> str:
    """`word` lower case, its accents and runs of spaces dropped: the tables' spelling."""
    return re.sub(r"\s+", " ", word.translate(_ACCENTS).lower())


def _accented(word: str) -> str:
    """A pattern for `word` with or without its vowels' accents ("mairt": "m[aá]irt")."""
    out = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]", " ": r"\s+"}
    return "".join(out.get(c, re.escape(c)) for c in word)


def _alt(words: Iterable[str]) -> str:
    """An alternation of `words` (accents optional), longest first."""
    return "|".join(_accented(w) for w in sorted(words, key=len, reverse=True))


_DE = r"d[eé]\s+"
# A weekday with "Dé" (any of them), or "Déardaoin" whole.
_DAY = rf"(?:{_DE}(?P<wd>{_alt(w for day in WEEKDAYS for w in day if w != 'ardaoin')})|(?P<thu>d[eé]ardaoin))"
_MOD = rf"(?:\s+(?P<mod>{_alt(MODS)}))?(?![\w])"
_PART = _alt(PARTS)


def _weekday(m: re.Match[str]) -> int:
    if m.group("thu"):
        return 3
    w = _fold(m.group("wd"))
    return next(i for i, day in enumerate(WEEKDAYS) if w in day)


def _mod(m: re.Match[str]) -> str:
    said = m.group("mod")
    return MODS[_fold(said)] if said else ""


@rule("irish_weekday", rf"{_DAY}{_MOD}")
def _de_day(m: re.Match[str], o: Options) -> Sym:
    """ "Dé Máirt", "De hAoine seo chugainn" (next Friday), "Déardaoin seo" (this one)."""
    return Sym(day=DaySpec("wd", _weekday(m), _mod(m)))


@rule("irish_part_of_weekday", rf"(?P<pod>{_PART})\s+{_DAY}{_MOD}")
def _part_of_weekday(m: re.Match[str], o: Options) -> Sym:
    """ "maidin Dé Luain", "tráthnóna Dé hAoine seo chugainn", "maidin Déardaoin"."""
    pod = PARTS[_fold(m.group("pod"))]
    return Sym(day=DaySpec("wd", _weekday(m), _mod(m)), tod=TodSpec("pod", pod=pod))


# A weekday's name alone: "Céadaoin so, same time" ("Máirt" alone begins "Máirtín").
@rule(
    "irish_weekday_alone",
    rf"(?<![\w])(?P<wd>{_alt(('luain', 'ceadaoin', 'haoine', 'sathairn', 'domhnaigh'))})(?P<thu>)",
)
def _weekday_alone(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("wd", _weekday(m)))


@rule(
    "irish_day",
    r"(?P<after>ar[uú]\s+am[aá]rach|an[oó]irthear)|(?P<today>inniu)|am[aá]rach",
)
def _day(m: re.Match[str], o: Options) -> Sym:
    """ "inniu" (today), "amárach" (tomorrow), "arú amárach" (the day after)."""
    return Sym(day=DaySpec("rel", 0 if m.group("today") else 2 if m.group("after") else 1))


@rule(
    "irish_part_of_a_day",
    rf"(?P<this>ar\s+maidin)|(?P<tonight>anocht)|"
    rf"(?P<pod>{_PART})\s+(?:(?P<today>inniu)|(?P<after>ar[uú]\s+am[aá]rach)|am[aá]rach)",
)
def _part_of_a_day(m: re.Match[str], o: Options) -> Sym:
    """ "ar maidin" (this morning), "anocht" (tonight), "maidin amárach" (tomorrow
    morning), "tráthnóna inniu" (this afternoon)."""
    if m.group("this"):
        return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="morning"))
    if m.group("tonight"):
        return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="night"))
    n = 0 if m.group("today") else 2 if m.group("after") else 1
    return Sym(day=DaySpec("rel", n), tod=TodSpec("pod", pod=PARTS[_fold(m.group("pod"))]))


@rule("irish_part_of_day", _PART)
def _part(m: re.Match[str], o: Options) -> Sym | None:
    """ "maidin", "tráthnóna", "iarnóin", "oíche"; not "Maidin mhaith" (good morning)."""
    if re.match(r"\s+(?:mhaith|maith)\b", m.string[m.end() :], re.I):
        return None
    return Sym(tod=TodSpec("pod", pod=PARTS[_fold(m.group(0))]))


@rule(
    "irish_week",
    r"(?:an\s+)?t?-?sh?eachtain\s+seo(?:\s+(?P<next>chugainn|chugat|romhainn))?(?![\w])",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "an tseachtain seo chugainn" (next week), "an tseachtain seo" (this week)."""
    return Sym(span=SpanSpec("week", 1 if m.group("next") else 0))


@rule(
    "irish_weekend",
    r"(?:an\s+)?deireadh\s+(?:na\s+)?seachtaine(?:\s+seo(?:\s+(?P<next>chugainn|romhainn))?)?(?![\w])",
)
def _weekend(m: re.Match[str], o: Options) -> Sym:
    """ "an deireadh seachtaine" (the weekend), "... seo chugainn" (next weekend)."""
    if m.group("next"):
        return Sym(span=SpanSpec("weekend", 1, mod="next"))
    return Sym(span=SpanSpec("weekend", 0))


def _irish_clock(h: int, mi: int) -> Sym | None:
    return _clock(h, mi, "", prep="at", grain="minute" if mi else "hour", bare=True)


@rule(
    "irish_oclock",
    rf"(?:(?P<h>1[0-2]|0?[1-9])|a\s+(?P<w>{_alt(HOUR_WORDS)}))\s+a\s+chlog",
)
def _oclock(m: re.Match[str], o: Options) -> Sym | None:
    """ "10 a chlog", "a deich a chlog" (ten o'clock)."""
    h = int(m.group("h")) if m.group("h") else HOUR_WORDS[_fold(m.group("w"))]
    return _irish_clock(h, 0)


@rule(
    "irish_half_past", r"leathuair\s+(?:tar\s+[eé]is|i\s+ndiaidh)\s+(?P<h>1[0-2]|0?[1-9])(?![\w:.])"
)
def _half_past(m: re.Match[str], o: Options) -> Sym | None:
    """ "leathuair tar éis 2" (half past two)."""
    return _irish_clock(int(m.group("h")), 30)


# Bounds, only before an hour: "roimh 10" (before 10), "tar éis 2" / "i ndiaidh 2" (after
# 2), "go dtí 4" (until 4).
BOUNDS: dict[str, tuple[str, bool]] = {
    "roimh": ("before", False),
    "tar éis": ("after", False),
    "tar eis": ("after", False),
    "i ndiaidh": ("after", False),
    "go dtí": ("before", True),
    "go dti": ("before", True),
}
_cue_rule(
    "bound_prefix",
    BOUNDS,
    "bound",
    then=r"(?=\s+(?:1[0-2]|0?[1-9]|2[0-3])(?:[:.][0-5]\d)?(?:\s*(?:am|pm))?(?![\d:]|\.\d)"
    r"(?!\s*(?:nóiméad|noiméad|noimead|uair|lá|la|seachtain|mins?|hours?|days?|weeks?)\b))",
)
