"""Swahili time words inside an English message (Kenyan and Tanzanian writers, G48).

Customers in Nairobi or Dar es Salaam keep the day and the part of the day in Swahili:
"kesho asubuhi" (tomorrow morning), "leo jioni" (this evening), "Ijumaa mchana" (Friday
afternoon), "wiki ijayo" (next week). Until G48 these went into warnings (reason
"romanised"); they are common and plain enough to read:

| words | reads |
| --- | --- |
| `kesho` | tomorrow |
| `kesho kutwa`, `keshokutwa` | the day after tomorrow |
| `leo` before or after a Swahili part of the day (`leo jioni`, `asubuhi leo`) | today ("Leo" alone is a name) |
| `asubuhi`, `mchana`, `jioni`, `usiku` | the morning, the afternoon, the evening, the night |
| `Jumatatu`, `Jumanne`, `Jumatano`, `Alhamisi`, `Ijumaa`, `Jumamosi`, `Jumapili` | Monday to Sunday |
| `wiki hii`, `wiki ijayo`, `wiki inayokuja`, `wiki ijao` | this week, next week |

| `saa nane`, `saa tatu asubuhi`, `saa moja jioni`, `saa nne na nusu`, `saa 3 asubuhi` | the clock (G49): Swahili hours count from 6 o'clock, "saa moja" (the first hour) is 7, "saa nane" 14:00, "saa kumi na mbili" 18:00; a part of the day after it gives its half ("saa mbili usiku" 20:00, "saa nane usiku" 02:00), without one the hours of the working day (7:00 to 18:00); "na nusu" half past. A digit after "saa" only with its part of the day ("saa 3 asubuhi" 9:00): "saa 3" alone may be the 3 o'clock of English |

The rules run only where one of the words occurs (`atoms.needs`,
`lexicon_romanised.LANGUAGE_CUES`), so English messages pay one search.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

needs(__name__, LANGUAGE_CUES["swahili"])

# The parts of the day (keys of `lexicon.PARTS_OF_DAY`).
PARTS: dict[str, str] = {
    "asubuhi": "morning",
    "mchana": "afternoon",
    "jioni": "evening",
    "usiku": "night",
}
# The weekdays, Monday (0) to Sunday (6).
WEEKDAYS: tuple[str, ...] = (
    "jumatatu",
    "jumanne",
    "jumatano",
    "alhamisi",
    "ijumaa",
    "jumamosi",
    "jumapili",
)
_PART = "|".join(PARTS)
_AFTER_PART = "|".join(rf"(?<={w}\s)" for w in PARTS)


@rule(
    "swahili_day",
    r"(?P<after>kesho\s*kutwa)|(?P<next>kesho)"
    rf"|leo(?=\s+(?:{_PART})\b)|(?:{_AFTER_PART})leo",
)
def _day(m: re.Match[str], o: Options) -> Sym:
    """ "kesho" (tomorrow), "kesho kutwa" (the day after), "leo jioni" / "asubuhi leo"
    (today, said beside its part of the day)."""
    return Sym(day=DaySpec("rel", 2 if m.group("after") else 1 if m.group("next") else 0))


@rule("swahili_part_of_day", _PART)
def _part(m: re.Match[str], o: Options) -> Sym:
    return Sym(tod=TodSpec("pod", pod=PARTS[m.group(0).lower()]))


@rule("swahili_weekday", "|".join(WEEKDAYS))
def _weekday(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("wd", WEEKDAYS.index(m.group(0).lower())))


@rule("swahili_week", r"wiki\s+(?:(?P<this>hii)|ijayo|ijao|inayokuja)")
def _week(m: re.Match[str], o: Options) -> Sym:
    return Sym(span=SpanSpec("week", 0 if m.group("this") else 1))


# The hours by name, the first hour of the day (7 o'clock) first: "saa moja" is 7:00.
HOURS: dict[str, int] = {
    "moja": 1,
    "mbili": 2,
    "tatu": 3,
    "nne": 4,
    "tano": 5,
    "sita": 6,
    "saba": 7,
    "nane": 8,
    "tisa": 9,
    "kumi": 10,
    "kumi na moja": 11,
    "kumi na mbili": 12,
}
_HOUR_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(HOURS, key=len, reverse=True))


@rule(
    "swahili_clock",
    rf"saa\s+(?:(?P<w>{_HOUR_WORDS})|(?P<d>1[0-2]|[1-9])(?=(?:\s+na\s+nusu)?\s+(?:{_PART})\b))"
    rf"(?P<half>\s+na\s+nusu)?(?:\s+(?P<part>{_PART}))?(?![\w])",
)
def _swahili_clock(m: re.Match[str], o: Options) -> Sym | None:
    """ "saa nane" (14:00), "saa tatu asubuhi" (9:00), "saa mbili usiku" (20:00): the
    hour counted from 6 o'clock, its half from the part of the day said after it."""
    said = m.group("w")
    n = HOURS[re.sub(r"\s+", " ", said.lower())] if said else int(m.group("d"))
    h12 = (n + 6) % 12 or 12  # "saa moja" 7, "saa sita" 12, "saa saba" 1
    part = PARTS.get((m.group("part") or "").lower(), "")
    if part == "morning":  # "saa kumi na mbili asubuhi" 6:00, "saa tatu asubuhi" 9:00
        h = h12
    elif part == "night":
        h = h12 + 12 if 6 <= h12 <= 11 else 0 if h12 == 12 else h12  # 20:00, 00:00, 02:00
    elif part:  # the afternoon, the evening
        h = h12 if h12 == 12 else h12 + 12
    else:  # the working day, 7:00 to 18:00
        h = h12 if 7 <= h12 <= 12 else h12 + 12
    mi = 30 if m.group("half") else 0
    return _clock(h, mi, "", prep=None, grain="minute" if mi else "hour", h24=True)
