"""The daily prayers as limits: "after Maghrib", "not before Dhuhr", "ba'd al-asr",
"after isha", "at iftar", "after taraweeh", "mish gabl 11".

Muslim customers set their limits by the prayers ("Dr Haddad after Isha any day", "the
kids after Asr", "on fasting days after iftar"). A prayer is a clock that moves with the
date and the place: this module reads the words, and `resolve` computes the clock on the
day named in the business's zone (`prayer_times`, with the method and its approximation
documented there).

| words | reads |
| --- | --- |
| `fajr`, `dhuhr` / `zuhr` / `zohr`, `asr`, `maghrib`, `isha` (with or without "al-", "prayer", "salah", "namaz", "time") | that prayer's clock; a bound before it makes it the limit ("after Maghrib": from sunset on) |
| `iftar`, `futoor` | Maghrib (the fast is broken at sunset) |
| `subuh`, `dzuhur`, `lohor`, `ashar`, `isya`, `isyak` (Indonesian, Malay); `dohr`, `3asr` (Arabizi) | Fajr, Dhuhr, Asr, Isha as above ("habis maghrib", "sebelum isya": `rules_indonesian`'s bounds) |
| `jumatan` (Indonesian) | Friday's prayer, as Jummah |
| `jummah`, `jumma`, `jumu'ah` | Friday's congregational prayer, held at Dhuhr's time: "before Jummah" is before Dhuhr's call on the day named (G44) |
| `taraweeh`, `tarawih` | the end of the Ramadan night prayers: Isha plus an hour |
| `ba'd` / `baad` / `ba3d` (after), `gabl` / `qabl` (before), `mish gabl` (not before) | Gulf and Levantine Arabic bounds, before a prayer or an hour ("ba'd al-asr", "mish gabl 11") |

A prayer's name alone, with no bound, "at", article or "prayer" beside it, stays a word:
"Isha" and "Asr" are also names ("Isha said she'd come"), "Maghrib" a region.

Rules registered like `rules_time`'s (imported in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.lexicon_romanised import ARABIZI_BOUNDS
from slotwise.extractor.grounding.rules_time import _cue_rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# Spellings -> the prayer whose clock they name (`prayer_times.PRAYERS`).
PRAYER_WORDS: dict[str, str] = {
    "fajr": "fajr",
    "fajar": "fajr",
    "dhuhr": "dhuhr",
    "duhr": "dhuhr",
    "dhuhur": "dhuhr",
    "zuhr": "dhuhr",
    "zohr": "dhuhr",
    "zuhur": "dhuhr",
    "thuhr": "dhuhr",
    "asr": "asr",
    "maghrib": "maghrib",
    "magrib": "maghrib",
    "isha": "isha",
    "ishaa": "isha",
    "isha'a": "isha",
    "iftar": "maghrib",
    "iftaar": "maghrib",
    "futoor": "maghrib",
    # Friday's congregational prayer, at Dhuhr's time: "before Jummah" (G44)
    "jummah": "dhuhr",
    "jumma": "dhuhr",
    "jumah": "dhuhr",
    "jumu'ah": "dhuhr",
    "jumuah": "dhuhr",
    "jumuʿah": "dhuhr",
    "taraweeh": "taraweeh",
    "tarawih": "taraweeh",
    "taraweh": "taraweeh",
    # Indonesian and Malay ("habis maghrib", "sebelum jumatan", "lepas isyak") and Gulf
    # Arabic in Latin letters and digits, Arabizi ("ba3d el 3asr", "gabl el dohr")
    "subuh": "fajr",
    # Malay: "lepas zohor", "after terawih"; the fast is broken at sunset ("sebelum buka
    # puasa", "lepas buka": `_BUKA_NOT`)
    "zohor": "dhuhr",
    "zuhor": "dhuhr",
    "zohur": "dhuhr",
    "terawih": "taraweeh",
    "terawikh": "taraweeh",
    "tarawikh": "taraweeh",
    "trawih": "taraweeh",
    "buka puasa": "maghrib",
    "berbuka puasa": "maghrib",
    "berbuka": "maghrib",
    "buka": "maghrib",
    "dzuhur": "dhuhr",
    "lohor": "dhuhr",
    "dohr": "dhuhr",
    "do7r": "dhuhr",
    "ashar": "asr",
    "asar": "asr",
    "3asr": "asr",
    "isya": "isha",
    "isyak": "isha",
    "jumatan": "dhuhr",
    "salat el jum3a": "dhuhr",  # Arabizi: Friday's prayer ("el jum3a" alone is Friday)
    "salat al jum3a": "dhuhr",
    "salat el jum3ah": "dhuhr",
    "salat el jomaa": "dhuhr",
    "jum'atan": "dhuhr",
}
# A usual clock for each (Gulf, spring), which `resolve` replaces with the computed one.
_USUAL = {"fajr": 300, "dhuhr": 750, "asr": 930, "maghrib": 1110, "isha": 1200, "taraweeh": 1260}
_ARTICLE = r"(?:al|el|il|ul)[-\s'’]?"
_PRAYER = lx.alternation(PRAYER_WORDS)
# Words before the name that make it the time: a bound ("after", "before", "ba'd"), "at",
# "around", "till", "to", "between ... and" (not "and" alone: "Asr and Maghrib are my
# twins").
_SAID_BEFORE = re.compile(
    r"(?<![\w'’])(?:after|before|at|around|about|by|till|til|until|to|from|since|between|past|"
    r"between\s+(?:\S+\s+){1,3}and|"
    r"ba['’]?d|baad|ba3d|gabl|qabl|qabel|b4|post|pre|right\s+after|straight\s+after|"
    # Indonesian and Malay bounds ("habis maghrib", "sebelum jumatan"), and "sholat" (prayer)
    r"habis|abis|setelah|stlh|sesudah|sebelum|sblm|lepas|selepas|sampai|sampe|"
    r"sholat|solat|shalat|salat)\s+$",
    re.I,
)


# Malay "buka" (open) is the breaking of the fast only where nothing is said to open:
# "lepas buka", "before buka, around 7.20"; not "sebelum buka kedai" (before the shop opens).
_BUKA_NOT = re.compile(
    r"\s+(?:kedai|klinik|clinic|shop|store|office|pejabat|pintu|door|gate|pagar|jam|pukul|pkl|"
    r"\d|mulut|mouth|akaun|account|app|file|fail|the|a|my)\b",
    re.I,
)


@rule(
    "prayer_time",
    rf"(?:(?<=after\s)the\s+|(?<=before\s)the\s+)?(?P<art>{_ARTICLE})?(?P<w>{_PRAYER})"
    r"(?P<noun>\s+(?:prayers?|salah|salat|namaz|time))?(?![\w'’-])",
)
def _prayer(m: re.Match[str], o: Options) -> Sym | None:
    """ "Maghrib", "al-asr", "isha prayer", "iftar": the prayer's clock, when a bound, "at",
    an article or "prayer" says it is the time."""
    said = m.group("art") or m.group("noun")
    if not said and not _SAID_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    word = m.group("w").lower().replace("’", "'")
    if word == "buka" and _BUKA_NOT.match(m.string, m.end()):
        return None  # "sebelum buka kedai": before the shop opens
    prayer = PRAYER_WORDS[word]
    usual = _USUAL[prayer]
    return Sym(
        tod=TodSpec("clock", usual // 60, usual % 60, h24=True, grain="minute", prayer=prayer)
    )


# Gulf and Levantine Arabic bounds, only before a prayer or an hour ("ba'd al-asr", "mish
# gabl 11", "2abl el maghrib"; `lexicon_romanised.ARABIZI_BOUNDS`).
_cue_rule(
    "bound_prefix",
    ARABIZI_BOUNDS,
    "bound",
    then=rf"(?=\s+(?:\d|{_ARTICLE}(?:{_PRAYER})|{_PRAYER}))",
)
