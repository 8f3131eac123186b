"""Haitian Creole (Kreyòl) time words inside an English message (G49).

Haitian families in New York and Miami write English with the day and the part of the day
in Kreyòl: "demen apremidi if possible" (tomorrow afternoon), "lendi or madi, maten only"
(Monday or Tuesday, mornings), "semèn pwochen, anyday except madi" (next week, not
Tuesday), "jodi a 3è" (today at 3), "vandredi pwochen? aswè" (next Friday, the evening).
Until G49 they went unread; they are plain enough to read:

| words | reads |
| --- | --- |
| `demen`, `denmen` | tomorrow |
| `apre demen`, `apredemen` | the day after tomorrow |
| `jodi a`, `jodia`, `jodi` before a part of the day or a clock | today ("Jodi" alone is a name) |
| `maten`, `apremidi`, `apre midi`, `aprèmidi`, `aswè`, `aswe`, `lannwit` | the morning, the afternoon, the evening, the night |
| `lendi`, `mèkredi`, `vandredi`, `samdi`, `dimanch` | Monday, Wednesday, Friday, Saturday, Sunday |
| `madi`, `jedi` | Tuesday, Thursday: lowercase (or opening a sentence) and with another Kreyòl word in the message ("Madi" is a name, "Jedi" a knight; Kannada "book madi" is "do") |
| `vandredi pwochen`, `lendi sa a` | next Friday, this Monday |
| `lendi 22`, `jedi 18` | that weekday and day of the month |
| `semèn pwochen`, `semenn pwochen`, `lòt semèn`, `semèn sa a` | next week, this week |
| `3è`, `a 11è`, `11è30` | the clock (a bare hour the business's hours or the part of the day place) |
| `apre 3`, `anvan 10`, `pa anvan 9`, `pa apre 3` | after 3, before 3, not before 9, not after 3 (only before an hour) |

"après-midi" and "midi" are French (`rules_foreign`). The rules run only where one of the
words occurs (`atoms.needs`, `lexicon_romanised.LANGUAGE_CUES`), so English messages pay
one search.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

needs(__name__, LANGUAGE_CUES["kreyol"])

# The parts of the day (keys of `lexicon.PARTS_OF_DAY`).
PARTS: dict[str, str] = {
    "maten": "morning",
    "apremidi": "afternoon",
    "apre midi": "afternoon",
    "aprèmidi": "afternoon",
    "aprè midi": "afternoon",
    "apre-midi": "afternoon",
    "aswè": "evening",
    "aswe": "evening",
    "lannwit": "night",
}
# The weekdays, Monday (0) to Sunday (6), with the spellings written without accents.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lendi",),
    ("madi",),
    ("mèkredi", "mekredi", "merkredi"),
    ("jedi",),
    ("vandredi",),
    ("samdi",),
    ("dimanch",),
)
# Weekdays that are also names or other words: read only beside other Kreyòl.
_WEAK_DAYS = ("madi", "jedi")
_WD = "|".join(w for forms in WEEKDAYS for w in forms)
_PART = "|".join(sorted((re.escape(p) for p in PARTS), key=len, reverse=True)).replace(
    "\\ ", r"\s+"
)
# Kreyòl words that show the writer is writing Kreyòl (a weak weekday is then the day).
_KREYOL_WORDS = re.compile(
    r"(?<![\w'’])(?:bonjou|bonswa|m[eè]si|tanpri|randevou|mwen|vle|pou|ak|pap|anpil|gen|"
    r"demen|maten|apr[eè]\s*-?midi|asw[eè]|jodi|lendi|m[eè]kredi|vandredi|samdi|"
    r"dimanch|sem[eè]nn?|pwochen|kounye|kreyòl|kreyol|oswa|non\s+non|nan|konn|ka\s+vini)"
    r"(?![\w'’])",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
_JODI_NEXT = re.compile(rf"\s*(?:[,.!?]|$|(?:{_PART}|\d|oswa|or)(?![\w'’]))", re.I)


def _weekday(word: str) -> int:
    w = word.lower()
    return next(i for i, forms in enumerate(WEEKDAYS) if w in forms)


def _weak_day_said(text: str, start: int, end: int) -> bool:
    """ "madi", "jedi": lowercase or opening a sentence, and another Kreyòl word said."""
    if text[start].isupper() and not _SENTENCE_START.search(text, 0, start):
        return False
    return bool(_KREYOL_WORDS.search(text[:start] + " " + text[end:]))


@rule("kreyol_day", r"(?P<after>apre\s*demen)|(?P<next>d[e]n?men)|jodi(?:\s*-?\s*a(?![\w'’]))")
def _day(m: re.Match[str], o: Options) -> Sym | None:
    """ "demen" (tomorrow), "apre demen" (the day after), "jodi a" (today; "Jodi a friend
    of mine" is the name)."""
    text = m.string
    if text[m.start()] == "J" and not (
        _SENTENCE_START.search(text, 0, m.start()) and _JODI_NEXT.match(text, m.end())
    ):
        return None
    return Sym(day=DaySpec("rel", 2 if m.group("after") else 1 if m.group("next") else 0))


@rule("kreyol_today", rf"jodi(?=\s+(?:{_PART}|\d{{1,2}}\s*è))")
def _today(m: re.Match[str], o: Options) -> Sym | None:
    """ "jodi apremidi", "jodi 3è": today, "jodi" said without its "a"."""
    return Sym(day=DaySpec("rel", 0))


@rule("kreyol_part_of_day", _PART)
def _part(m: re.Match[str], o: Options) -> Sym:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    return Sym(tod=TodSpec("pod", pod=PARTS[word]))


@rule(
    "kreyol_weekday",
    rf"(?P<wd>{_WD})(?:\s+(?:(?P<next>pwochen|pwochenn|k\s*ap\s+vini)|(?P<this>sa\s+a|sa\s+ya))"
    r"|\s+(?P<d>[12]\d|3[01]|0?[1-9])(?!\d|[:.]\d|\s*(?:è|h\b|am|pm|a\.m|p\.m)))?(?![\w'’])",
)
def _weekday_rule(m: re.Match[str], o: Options) -> Sym | None:
    """ "vandredi" (Friday), "vandredi pwochen" (next Friday), "lendi 22" (Monday 22)."""
    word = m.group("wd")
    said = m.group("d") or m.group("next") or m.group("this")  # "jedi 18", "madi pwochen"
    if word.lower() in _WEAK_DAYS and not said and not _weak_day_said(m.string, m.start(), m.end()):
        return None
    wd = _weekday(word)
    if m.group("d"):
        return Sym(day=DaySpec("dom", int(m.group("d")), weekday=wd))
    mod = "next" if m.group("next") else "this" if m.group("this") else ""
    return Sym(day=DaySpec("wd", wd, mod))


@rule(
    "kreyol_week",
    r"(?:(?:sem[eè]nn?|semen)\s+(?:(?P<next>pwochen|pwochenn|k\s*ap\s+vini|kap\s+vini)|sa\s+a|sa)"
    r"|(?P<other>l[oò]t\s+sem[eè]nn?))(?![\w'’])",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "semèn pwochen" (next week), "lòt semèn" (next week), "semèn sa a" (this week)."""
    nxt = m.group("next") or m.group("other")
    return Sym(span=SpanSpec("week", 1 if nxt else 0))


@rule(
    "kreyol_clock",
    r"(?:vè\s+|ve\s+|(?<!jodi\s)(?<!sa\s)a\s+)?(?P<h>1[0-2]|0?[1-9])\s*è(?P<m>[0-5]\d)?(?![\w'’])",
)
def _clock_e(m: re.Match[str], o: Options) -> Sym | None:
    """ "3è", "a 11è" (at 11), "10è30": "è" (lè, the hour) after the number."""
    mi = int(m.group("m") or 0)
    return _clock(int(m.group("h")), mi, "", prep="at", grain="minute" if mi else "hour", bare=True)


# Bounds, only before an hour: "apre 3" (after 3), "anvan 10" (before 10), "pa anvan 9"
# (not before 9), "pa apre 3" (not after 3).
BOUNDS: dict[str, tuple[str, bool]] = {
    "apre": ("after", False),
    "aprè": ("after", False),
    "anvan": ("before", False),
    "pa anvan": ("after", True),
    "pa apre": ("before", True),
    "pa aprè": ("before", True),
}
_cue_rule(
    "bound_prefix",
    BOUNDS,
    "bound",
    then=r"(?=\s+(?:1[0-2]|0?[1-9]|2[0-3])(?:[:.][0-5]\d)?(?:\s*(?:am|pm|è))?(?![\d:\w]|\.\d))",
)
