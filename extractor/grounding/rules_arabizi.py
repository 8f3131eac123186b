"""Gulf and Levantine Arabic written in Latin letters and digits, Arabizi (issue 13).

Customers in Dubai and Riyadh write Arabic with digits for the letters Latin lacks ("3"
for ʿayn, "7" for ḥa, "5" for kha): "yom el sabt ba3d el 3asr" (Saturday after the
afternoon prayer), "el sa3a 4" (at 4 o'clock), "el youm msa" (this evening), "el 5amees"
(Thursday). "bukra" (tomorrow) and "ba3d bukra" (the day after) are `rules_foreign`'s,
the prayers and "ba3d" / "gabl" before them `rules_prayer`'s, the parts of the day ("el
sob7", "msa", "el lail") spellings in `lexicon_romanised`; this module reads:

| words | reads |
| --- | --- |
| `el youm`, `el yom`, `alyoum` | today (not "nafs el yom", the same day, nor "kol yom", every day) |
| `yom el sabt`, `el a7ad`, `el ithnein`, `el thalatha`, `el arb3a`, `el 5amees`, `el jum3a` | Saturday .. Friday (with the article or "yom", day; "salat el jum3a" is the prayer) |
| `el sa3a 4`, `sa3a 10`, `el sa3a 4 w nos` | the clock (a bare hour; "w nos" half past, "w rob3" quarter past, "illa rob3" quarter to) |
| `ba3d el sa3a 4`, `gabl el sa3a 10`, `2abl el sa3a 5`, `abl 3` | after / before that clock (`lexicon_romanised.ARABIZI_BOUNDS`) |
| `el osbo3 el jai`, `el usbu3 el jay` | next week |

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import ARABIZI_BOUNDS, LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym

_ART = r"(?:el|al|il|l)[\s-]?"
WEEKDAYS: dict[str, int] = {
    **{"ithnein": 0, "ethnein": 0, "itnein": 0, "etnein": 0, "ithnain": 0, "etnen": 0},
    **{"thalatha": 1, "thalath": 1, "talat": 1, "talata": 1, "tholatha": 1},
    **{"arb3a": 2, "arba3a": 2, "arbaa": 2, "arbe3a": 2, "arbi3a": 2},
    **{"khamees": 3, "khamis": 3, "5amees": 3, "5amis": 3, "5ames": 3},
    **{"jum3a": 4, "jom3a": 4, "gom3a": 4, "jum3ah": 4, "jumaa": 4, "jum'a": 4},
    **{"sabt": 5, "a7ad": 6, "ahad": 6, "7ad": 6},
}
_WD = lx.alternation(WEEKDAYS)
# Words before "el yom" that make it "the day", not today: "nafs el yom" (the same day),
# "kol yom" (every day), "fi nafs el yom", "hatha el yom" (this day, said of another).
_NOT_TODAY_BEFORE = re.compile(r"(?:nafs|nefs|kol|kul|koll|hatha|haza|hal|same|the)\s+$", re.I)
# "salat el jum3a" is Friday's prayer, not Friday
_PRAYER_BEFORE = re.compile(r"(?:salat|salah|sala|solat|sholat|salaat)\s+$", re.I)


# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["arabizi"] + "|" + _WD)


@rule("arabizi_today", rf"{_ART}yo?o?u?m(?![\w])|alyoum|elyoum|elyom")
def _today(m: re.Match[str], o: Options) -> Sym | None:
    if _NOT_TODAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    return Sym(day=DaySpec("rel", 0))


@rule(
    "arabizi_weekday", rf"(?:yo?u?m\s+)?{_ART}(?P<wd>{_WD})(?![\w])|yo?u?m\s+(?P<wd2>{_WD})(?![\w])"
)
def _weekday(m: re.Match[str], o: Options) -> Sym | None:
    """ "yom el sabt" (Saturday), "el 5amees" (Thursday), "el jum3a" (Friday)."""
    if _PRAYER_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    return Sym(day=DaySpec("wd", WEEKDAYS[(m.group("wd") or m.group("wd2")).lower()]))


@rule(
    "arabizi_clock",
    rf"(?:{_ART})?sa3a\s+(?P<h>1[0-2]|0?[1-9])(?![\d:.])"
    r"(?:\s+(?P<frac>w\s*nos|wi\s*nus|w\s*nus|o\s*nos|w\s*rob3|w\s*rub3|illa\s*rob3|ila\s*rub3))?",
)
def _sa3a(m: re.Match[str], o: Options) -> Sym | None:
    """ "el sa3a 4" (at 4), "el sa3a 4 w nos" (half past 4): a bare hour, so the business's
    hours (or "el sob7", "msa" said with it) pick its half."""
    h = int(m.group("h"))
    frac = re.sub(r"\s+", "", (m.group("frac") or "").lower())
    mi = 30 if frac.endswith(("nos", "nus")) else 15 if frac.endswith(("rob3", "rub3")) else 0
    if frac.startswith("il"):
        h, mi = (12 if h == 1 else h - 1), 45  # "illa rob3": a quarter to
    return _clock(h, mi, "", prep="at", grain="minute" if mi else "hour", bare=True)


@rule(
    "arabizi_week", rf"{_ART}(?:osbo3|usbu3|esbo3|isboo3|osboo3)\s+{_ART}(?:jai|jay|gay|gai|jaay)"
)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "el osbo3 el jai": next week (the week that comes)."""
    return Sym(span=SpanSpec("week", 1))


# "ba3d el sa3a 4" (after 4), "gabl el sa3a 10" (before 10): the prayers' bounds
# (`rules_prayer`) before the clock said with "sa3a".
_cue_rule(
    "bound_prefix",
    ARABIZI_BOUNDS,
    "bound",
    then=rf"(?=\s+(?:{_ART})?sa3a\s+\d)",
)
