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

Swahili hours ("saa nane", 2 pm: the day's hours count from 6 am) are not read: they stay
in warnings. The rules run only where one of the words occurs (`atoms.needs`,
`lexicon_romanised.LANGUAGE_CUES`), so English messages pay one search.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
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
