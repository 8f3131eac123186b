"""Korean time words written in Latin letters inside an English message (issue 13).

Korean-American customers keep the day, the part of the day and the hour in Korean:
"naeil ohu possible??" (tomorrow afternoon), "friday jeonyeok?" (Friday evening), "naeil
ohu du-si" (tomorrow at 2 p.m.), "ojeon 11si on the 11th" (11 a.m.). The parts of the day
("ojeon", "ohu", "achim", "jeomsim", "jeonyeok", "bam") and the weekdays ("woryoil" ..
"iryoil") are spellings in `lexicon_romanised`; this module reads the days and the clock:

| words | reads |
| --- | --- |
| `oneul`, `onul` | today |
| `naeil`, `nae-il`, `neil` | tomorrow |
| `moreh`, `morae` | the day after tomorrow ("more" is English and stays a word) |
| `ibeon ju`, `i-beon ju` / `daeum ju`, `da-eum ju`, `daum ju` | this week / next week |
| `du-si`, `se si`, `yeolhan-si`, `11si`, `3-si`, `ohu du-si`, `ojeon 11si`, `du-si ban` | the clock: the native hour word or a digit before "si" (o'clock); "ohu" before it is p.m., "ojeon" a.m., "ban" half past; a bare one is an hour as "at 2" reads |
| `3si ihu`, `ohu 2si hu`, `5si kkaji`, `2si ijeon`, `3si jeon` | from 3 on / after 2 p.m. / until 5 / before 2 / before 3 (said after the clock) |

"si" is also Spanish and Italian ("3 si"): a digit must touch it ("3si") or join it with a
hyphen ("3-si"), and a short native word too ("du-si", "du si"; "sesi" is an Indonesian
session).

The table's rows for today, tomorrow, the day after and the weeks are rules made
from `lexicon_romanised.RELATIVE_DAYS` and `RELATIVE_WEEKS` (`rules_romanised_days`).

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import KOREAN_BOUNDS_AFTER, LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import Sym

# The native Korean numbers that count the hours (the minutes use Sino-Korean ones).
HOURS: dict[str, int] = {
    "han": 1,
    "hana": 1,
    "du": 2,
    "dul": 2,
    "se": 3,
    "set": 3,
    "ne": 4,
    "net": 4,
    "daseot": 5,
    "daseos": 5,
    "daseo": 5,
    "yeoseot": 6,
    "yeoseos": 6,
    "yeoseo": 6,
    "ilgop": 7,
    "ilgob": 7,
    "yeodeol": 8,
    "yeodul": 8,
    "ahop": 9,
    "ahob": 9,
    "yeol": 10,
    "yul": 10,
    "yeolhan": 11,
    "yeol-han": 11,
    "yeoldu": 12,
    "yeol-du": 12,
}
# The short words must be set off from "si" ("du-si", "du si"): "sesi", "hansi", "nesi"
# are other words; the long ones may touch it ("daseotsi", "yeolhansi").
_HOUR_WORD_LONG = lx.alternation(w for w in HOURS if len(w) >= 4)
_HOUR_WORD_SHORT = lx.alternation(w for w in HOURS if len(w) < 4)


# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["korean"])


@rule(
    "korean_clock",
    r"(?:(?P<half>ohu|ojeon|ojun|achim|jeonyeok|bam)\s+)?"
    r"(?:(?P<d>[01]?\d|2[0-3])\s*-?\s*si|(?P<w>" + _HOUR_WORD_LONG + r")[\s-]?si"
    r"|(?P<w2>" + _HOUR_WORD_SHORT + r")[\s-]si)"
    r"(?P<ban>[\s-]*ban)?(?![\w])",
)
def _si(m: re.Match[str], o: Options) -> Sym | None:
    """ "du-si" (2 o'clock), "11si", "ohu se-si" (3 p.m.), "ojeon 11si", "du-si ban" (2:30)."""
    said = m.group(0)
    if m.group("d") and re.search(r"\d\s+si", said, re.I):
        return None  # "3 si": Spanish "yes", Italian "si"; "3si", "3-si" are the clock
    word = m.group("w") or m.group("w2")
    h = int(m.group("d")) if m.group("d") else HOURS[word.lower()]
    mi = 30 if m.group("ban") else 0
    half = (m.group("half") or "").lower()
    ap = "am" if half in ("ojeon", "ojun", "achim") else "pm" if half else ""
    grain = "minute" if mi else "hour"
    if ap:
        return _clock(h, mi, ap, prep="at", grain=grain)
    h24 = h == 0 or h >= 13
    return _clock(h, mi, "", prep="at", grain=grain, h24=h24, bare=not h24)


# Bounds said after the clock: "3si ihu" (3 and after), "5si kkaji" (until 5), "2si ijeon"
# / "3si jeon" (before), "ohu 2si hu" (after 2 p.m.).
_cue_rule("bound_suffix", KOREAN_BOUNDS_AFTER, "bound_post")
