"""Thai time words written in Latin letters inside an English message (issue 13).

Bangkok customers and visitors text "prung nee torn yen have private lesson mai krub?"
(tomorrow evening), "Thursday sam mong" (Thursday at 3 p.m.), "6 mong yen" (6 p.m.). The
parts of the day ("torn chao" morning, "torn bai" afternoon, "torn yen" evening, "torn
klang wan" midday, however "torn" is spelt) are spellings in `lexicon_romanised`; this
module reads the days and the clock:

| words | reads |
| --- | --- |
| `wan nee`, `wannee` | today |
| `prung nee`, `phrung nii`, `proong nee` | tomorrow |
| `maruen nee`, `ma ruen nee` | the day after tomorrow |
| `wan jan`, `wan angkhan`, `wan phut`, `wan pharuehat`, `wan suk`, `wan sao`, `wan athit` | Monday .. Sunday (only with "wan", day: "suk", "sao" alone are words) |
| `aathit naa`, `athit na`, `sapda naa` / `aathit nee` | next week / this week |
| `sam mong`, `bai song mong`, `6 mong yen`, `jet mong chao`, `tiang` | the clock: "mong" is the hour of the day's light; "chao" after it is morning, "yen" evening, "bai" before it afternoon; alone 1 to 6 are p.m. ("bai" is left out), 7 to 11 a.m.; "tiang" noon |
| `song thum`, `4 thum` | the night's hours: 8 p.m., 10 p.m. ("thum" counts from 7 p.m.) |

The table's rows for today, tomorrow, the day after and the weeks are rules made
from `lexicon_romanised.RELATIVE_DAYS` and `RELATIVE_WEEKS` (`rules_romanised_days`).

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

NUMBERS: dict[str, int] = {
    **{"nueng": 1, "neung": 1, "nung": 1, "song": 2, "sam": 3, "si": 4, "see": 4},
    **{"ha": 5, "hok": 6, "jet": 7, "ched": 7, "chet": 7, "paet": 8, "pad": 8, "pet": 8},
    **{"kao": 9, "gao": 9, "sip": 10, "sip et": 11, "sip-et": 11, "sip song": 12},
}
WEEKDAYS: dict[str, int] = {
    **{"jan": 0, "chan": 0, "angkhan": 1, "angkarn": 1, "ang khan": 1, "angkan": 1},
    **{"phut": 2, "put": 2, "pud": 2, "pharuehat": 3, "paruhat": 3, "pharuhat": 3},
    **{"pa ru hat": 3, "pharuhas": 3, "suk": 4, "sook": 4, "sao": 5, "athit": 6, "arthit": 6},
    **{"atit": 6, "aathit": 6},
}
_NUM = r"(?:\d{1,2}|" + lx.alternation(NUMBERS) + ")"


# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["thai"])


@rule("thai_weekday", r"wan\s+(?P<wd>" + lx.alternation(WEEKDAYS) + r")")
def _weekday(m: re.Match[str], o: Options) -> Sym:
    """ "wan suk" (Friday), "wan sao" (Saturday): the day with "wan" (day)."""
    return Sym(day=DaySpec("wd", WEEKDAYS[re.sub(r"\s+", " ", m.group("wd").lower())]))


_NAME_AFTER = re.compile(r"\s+(?:is|was|said|says|has|will|can|and|told|who)\b|['’]s\b", re.I)


@rule(
    "thai_clock",
    rf"(?P<bai>bai\s+)?(?P<n>{_NUM})\s*mong(?:\s+(?P<part>chao|chow|yen))?"
    rf"|(?P<t>{_NUM})\s*thum|(?P<noon>tiang(?:\s+wan)?)",
)
def _mong(m: re.Match[str], o: Options) -> Sym | None:
    """ "sam mong" (3 p.m.), "bai song mong" (2 p.m.), "6 mong yen", "jet mong chao", "song
    thum" (8 p.m.), "tiang" (noon)."""
    if m.group("noon"):
        return _clock(12, 0, "pm", prep="at", grain="hour")
    said = m.group("n") or m.group("t")
    if said[0].isupper() and _NAME_AFTER.match(m.string, m.end()):
        return None  # "Sam mong is my friend", "Sam Mong said": a name
    if "Mong" in m.group(0) or "Thum" in m.group(0):
        return None  # "Sam Mong": a name written as one
    h = int(said) if said.isdigit() else NUMBERS[re.sub(r"[\s-]+", " ", said.lower())]
    if m.group("t"):
        return _clock(h + 6, 0, "pm", prep="at", grain="hour") if 1 <= h <= 5 else None
    part = (m.group("part") or "").lower()
    if part.startswith("ch"):
        ap = "am"
    elif part == "yen" or m.group("bai"):
        ap = "pm"
    else:
        ap = "pm" if 1 <= h <= 6 else "am" if 7 <= h <= 11 else ""
    return _clock(h, 0, ap, prep="at", grain="hour", h24=h >= 13)
