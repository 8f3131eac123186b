"""Japanese time words written in Latin letters (romaji) inside an English message.

Japanese customers writing English keep the day and the part of the day in their own
words: "ashita gogo, can I see Dr Miller?" (tomorrow afternoon), "Ashita no gogo wa
ikaga desu ka?", "kyou no yuugata" (this evening), "Thursday next week, gogo". The parts
of the day are spellings in `lexicon.POD_WORDS` ("gogo", "gozen", "yugata", "yoru", each
also with the "no" that ties it to its day: "ashita no gogo"; "asa" alone is weak,
`rules_time._POD_WEAK`, and is read only with its day); this module reads the days and
the clock:

| words | reads |
| --- | --- |
| `kyou`, `kyō`, `kyoo` | today |
| `ashita`, `asita`, `ashta` | tomorrow ("Ashita" is also a given name: capitalised inside a sentence, or before "here" / "speaking", it stays a word) |
| `asatte` | the day after tomorrow |
| `konban`, `kon'ya`, `konya` | tonight |
| `getsuyoubi`, `kayoubi`, `suiyoubi`, `mokuyoubi`, `kinyoubi`, `doyoubi`, `nichiyoubi` (also "-yōbi", "-yobi") | Monday to Sunday (G48) |
| `raishuu`, `raishū`, `raishu`; `konshuu`, `konshū`; `shuumatsu`, `shūmatsu` | next week; this week; the weekend ahead (G48) |
| `3ji`, `3-ji`, `gogo 3 ji`, `gozen 10ji`, `3ji han` | the clock: "gogo" is p.m., "gozen" a.m., "han" half past; a bare "3ji" is an hour as "at 3" reads |

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["romaji"])


@rule("romaji_today", r"ky[oō]u?|kyoo")
def _today(m: re.Match[str], o: Options) -> Sym | None:
    if m.group(0).lower() == "kyo":
        return None  # "kyo" alone: too short to be sure (a name, a place: "Kyo's salon")
    return Sym(day=DaySpec("rel", 0))


# "Ashita" is also a given name: capitalised inside a sentence ("this is Ashita", "with
# Ashita", "Hi Ashita,") or before "here" ("Ashita here"), it is the name.
_INSIDE_SENTENCE = re.compile(r"[a-z,'’]\s+$")
_NAME_AFTER = re.compile(r"\s+(?:here|speaking|says|said)\b", re.I)


@rule("romaji_tomorrow", r"ashita|asita|ashta")
def _tomorrow(m: re.Match[str], o: Options) -> Sym | None:
    if m.group(0)[0].isupper():
        before = m.string[max(0, m.start() - 12) : m.start()]
        if _INSIDE_SENTENCE.search(before) or _NAME_AFTER.match(m.string, m.end()):
            return None
    return Sym(day=DaySpec("rel", 1))


@rule("romaji_day_after", r"asatte")
def _day_after(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2))


@rule("romaji_tonight", r"konban(?:\s+wa)?|kon['’]?ya")
def _tonight(m: re.Match[str], o: Options) -> Sym | None:
    if m.group(0).lower().replace(" ", "") == "konbanwa":
        return None  # "konbanwa": good evening, a greeting
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="night"))


@rule(
    "romaji_clock",
    r"(?:(?P<half>gogo|gozen)(?:\s+no)?\s+)?(?P<h>[01]?\d|2[0-3])\s*-?\s*ji(?P<han>\s*-?\s*han)?",
)
def _ji(m: re.Match[str], o: Options) -> Sym | None:
    """ "3ji", "gogo 3 ji" (3 p.m.), "gozen 10ji", "4ji han" (half past 4)."""
    h = int(m.group("h"))
    mi = 30 if m.group("han") else 0
    half = (m.group("half") or "").lower()
    ap = {"gogo": "pm", "gozen": "am"}.get(half, "")
    grain = "minute" if mi else "hour"
    if ap:
        return _clock(h, mi, ap, prep="at", grain=grain)
    h24 = h == 0 or h >= 13
    return _clock(h, mi, "", prep="at", grain=grain, h24=h24, bare=not h24)


@rule(
    "romaji_week",
    r"(?:(?P<next>raish[uū]u?)|(?P<this>konsh[uū]u?)|(?P<end>sh[uū]u?matsu))"
    # "raishuu no kayoubi": "no" ties it to what follows
    r"(?:\s+no(?=\s+\w+y[oō]u?bi))?",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "raishuu" (next week), "konshuu" (this week), "shuumatsu" (the weekend)."""
    if m.group("end"):
        return Sym(span=SpanSpec("weekend", 0))
    return Sym(span=SpanSpec("week", 1 if m.group("next") else 0))


_WEEKDAY_STEMS = ("getsu", "ka", "sui", "moku", "kin", "do", "nichi")


@rule("romaji_weekday", rf"(?P<d>{'|'.join(_WEEKDAY_STEMS)})[\s-]?y[oō]u?bi")
def _weekday(m: re.Match[str], o: Options) -> Sym:
    """ "getsuyoubi" (Monday) .. "nichiyoubi" (Sunday)."""
    return Sym(day=DaySpec("wd", _WEEKDAY_STEMS.index(m.group("d").lower())))
