"""Clocks written the European way inside an English message: "at 15h", "14h30".

Writers whose first language marks the hour with "h" (French, Portuguese, Spanish,
Italian) or says "16 hours" for 16:00 keep doing so in English: "saturday 20 at 15h",
"Can be day 12 at 14h?", "friday 9h30", "then in Friday after 16 hours". The same
letters are also a length ("a 2h call", "3h from 10", "need 1h30"), so the words round
them decide:

| words | reads |
| --- | --- |
| `at 15h`, `@ 9h`, `from 9h`, `after 17h`, `till 18h30`, `tuesday 10h`, `the 20th 9h` | after "at", a clock word or a day, an hour from 7: the clock |
| `15h30`, `9h45`, `16h` | an hour with minutes from 7, or an afternoon hour (13-23): the clock |
| `after 16 hours`, `before 13 hrs` | "hours" after a bound word with an afternoon hour: the clock |
| `a 2h call`, `for 14h`, `need 1h30`, `1h30 en tout`, `after 2 hours`, `2h from 10`, `at 3h`, `looking at 3 hour sessions` | a length, as before (`h_length`: hours and minutes before 7 with a length word before them, or "en tout" / "total" after them; with a day before or nothing said ("Friday 3h30?", "so 5h30 or later") the clock) |

Rules registered like `rules_time`'s (imported in `compose.RULE_MODULES`); the length
rule (`rules_time.duration`) asks `h_clock` and leaves such words alone.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.lexicon_romanised import vietnamese_h
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# Words right before the hour that make it a clock ("after 17h", "till 18h30"); "at" and
# a day too, and before a length word is looked for ("a 2h call", "up to 8h").
_CLOCK_WORD = re.compile(
    r"(?<![\w])(?:from|after|before|until|till|til|by|between|and|to|since|-|–"
    # the same words in French ("pas avant 10h", "après 9h30", "entre 10h et midi")
    r"|avant|après|apres|vers|entre|et|jusqu['’]à|de"
    # and in Portuguese ("das 9h às 11h", "até 18h")
    r"|das|às|até)\s*$",
    re.I,
)
# A day right before it: "saturday 20 15h", "tomorrow 10h", "the 20th 9h", "Friday, 9h30".
_DAY_BEFORE = re.compile(
    r"(?<![\w])(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|today|tonight|tomorrow|tmrw|tmr|"
    # the French and Spanish days: "vendredi 9h", "demain 10h", "jueves 9h"
    r"(?:lun|mar|mercre|jeu|vendre|same|diman)di(?:\s+prochaine?)?|demain|lunes|martes|"
    r"mi[ée]rcoles|jueves|"
    r"viernes|s[áa]bado|domingo|"
    # the Portuguese ones: "quarta 9h", "segunda-feira 10h", "sexta feira 8h", "amanhã 10h",
    # "dia 22 14h" ("às 14h" is `rules_foreign.foreign_clock`'s)
    r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:[\s-]feira)?|hoje|amanh[ãa]|dia\s+\d{1,2}|"
    r"\d{1,2}(?:st|nd|rd|th)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+\d{1,2}"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:[\s-]feira)?\s+\d{1,2})\s*,?\s*$",
    re.I,
)
# The part of the day said right after the hour: "8h da manhã", "3h da tarde", "9h de la
# mañana", "7h du soir": a clock whatever is said before it.
_POD_AFTER = re.compile(
    r"\d{1,2}h(?:[0-5]\d)?\s+(?:da|de\s+la|du|de\s+l['’])\s*"
    r"(?:manh[ãa]|tarde|noite|ma[ñn]ana|noche|matin|soir|apr[èe]s-midi)\b",
    re.I,
)
# Words that make the letters a length: "a 2h call", "for 14h", "need 1h30", "about 2h".
_LENGTH_BEFORE = re.compile(
    r"(?<![\w])(?:for|a|an|need|needs|needed|takes?|took|lasts?|of|about|approx|roughly|"
    r"only|just|within|in|over|under|up\s+to|least|most|another|extra|full|whole|book)\s*$"
    r"|\d\s*$",
    re.I,
)
_AT = re.compile(r"(?<![\w])(?:at|@|à)\s*$", re.I)
# Words right after hours and minutes that make them a length: "1h30 en tout", "2h15 total".
_LENGTH_AFTER = re.compile(
    r"\d{1,2}\s*h\s*\d{2}\s*(?:en\s+tout|au\s+total|in\s+total|total|altogether|long|max)\b",
    re.I,
)
_BOUND_WORD = re.compile(r"(?<![\w])(?:from|after|before|until|till|til|by|since)\s*$", re.I)


def h_clock(text: str, start: int, hour: int, minutes: bool, hours_word: bool) -> bool:
    """Whether the hour written at `start` with "h" (or "hours" when `hours_word`) is a
    clock, by the words before it (the table in the module's docstring)."""
    before = text[max(0, start - 30) : start]
    if hours_word:  # "after 16 hours"; "looking at 3 hour sessions" stays a length
        return _BOUND_WORD.search(before) is not None and 13 <= hour <= 23
    if _POD_AFTER.match(text, start):
        return 1 <= hour <= 12
    if _AT.search(before) or _DAY_BEFORE.search(before):
        return hour >= 7
    if _LENGTH_BEFORE.search(before):
        return False
    if vietnamese_h(text, start):
        return True  # "3h nha", "lay 10h": Vietnamese (`lexicon_romanised`)
    if _CLOCK_WORD.search(before):
        return hour >= 7
    return hour >= 13 or (minutes and hour >= 7)


def h_length(text: str, start: int, hour: int) -> bool:
    """Whether hours and minutes written with "h" at `start` ("1h30 en tout", "need
    2h15") are a length: no clock by `h_clock`, and no "at" or clock word before them
    ("à 1h30", "after 2h15" stay the clock they were)."""
    before = text[max(0, start - 30) : start]
    if h_clock(text, start, hour, True, False) or _AT.search(before) or _DAY_BEFORE.search(before):
        return False  # "Friday 3h30?": a day before it makes it the clock
    if _LENGTH_BEFORE.search(before) is not None:
        return True
    # With no word before it, a length says so after it ("1h30 en tout"); "so 5h30 or
    # later" is the clock.
    return _CLOCK_WORD.search(before) is None and _LENGTH_AFTER.match(text, start) is not None


def hours_are_clock(m: re.Match[str], group: str, unit: str) -> bool:
    """Whether a length rule's hours (`group` of `m`, in `unit`) are a clock said the
    European way ("at 15h", "after 16 hours"), which the length rule then leaves alone."""
    n = m.group(group)
    if not (n.isdigit() and int(n) <= 23 and unit.lower().startswith("h")):
        return False
    return h_clock(m.string, m.start(group), int(n), False, unit.lower() != "h")


@rule(
    "clock_h",
    r"(?<![\d.,:/])(?:(?P<at>at|@|à)\s*)?(?P<h>[01]?\d|2[0-3])"
    r"(?:h(?P<m>[0-5]\d)?|\s+(?P<word>hours|hrs))(?![\w:.]\d|\w)",
)
def _clock_h(m: re.Match[str], o: Options) -> Sym | None:
    """ "at 15h", "14h30", "after 16 hours": the clock (24-hour as said; a morning hour
    without "at" is read as business hours read a bare one)."""
    hour, mi = int(m.group("h")), int(m.group("m") or 0)
    minutes, word = m.group("m") is not None, m.group("word") is not None
    if not h_clock(m.string, m.start("h"), hour, minutes, word):
        return None
    h24 = hour == 0 or hour >= 13
    grain = "minute" if mi else "hour"
    return Sym(tod=TodSpec("clock", hour, mi, h24=h24, bare=not h24, grain=grain))
