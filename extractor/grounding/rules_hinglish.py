"""Hindi time words, written in Latin letters inside a booking message ("Hinglish").

Indian customers text "kal 5 baje class ho sakti hai?" (can we have class tomorrow at 5?)
or "parso shaam ko, 6 baje ke baad" (the day after tomorrow in the evening, after 6). The
parts of the day ("subah", "dopahar", "shaam", "raat") are spellings in `lexicon.POD_WORDS`;
this module reads the days, the clock and the bounds said after it:

| words | reads |
| --- | --- |
| `aaj` | today |
| `kal` before a clock, a part of the day or "ya parso" ("kal 5 baje", "kal shaam", "kal ya parso"), or after a clock ("3 baje kal") | tomorrow ("kal" is also "yesterday": a booking means the day ahead; "Kal" alone stays a name) |
| `kal` before a Hindi word of its sentence ("kal ka slot", "kal nahi", "kal available hain?"), a range said with "se" ("kal 2 se 4"), or ending a question or the message ("Kal possible?", "same day, kal") | tomorrow, as above; "with Kal?", "ask Kal" stay a name |
| `2 se 4`, `10 se 12` | from 2 to 4 ("se" joins a range of hours, `compose`) |
| `11 ke aas paas`, `3:30 ke aas paas` | about that clock |
| `parso` | the day after tomorrow (also "the day before yesterday": a booking means ahead) |
| `5 baje`, `5:30 baje`, `saade 5 baje` | the clock, its half of the day as a bare "at 5" reads (business hours, or the business's open half); "saade" is half past |
| `6 baje ke baad`, `4 baje se pehle`, `7 baje tak` | after 6 / before 4 / until 7 (bounds said after their clock, as "6 onwards") |
| `agle hafte` | next week |

Punjabi, written so too, says the clock "vaje" ("10 vaje", "2 vaje ton baad": after 2,
"4 vaje ton pehlan": before 4); its days and parts of the day are the Hindi words.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym

_BAJE = r"baje|bje|vaje|vje"
# What makes "kal" a day: a clock or a part of the day right after it
_KAL_NEXT = (
    r"(?=\s+(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:"
    + _BAJE
    + r"|am|pm)\b|saade\s|subah|dopahar|shaam|raat"
    # or the other day a booking names with it: "kal ya parso", "kal or parso"
    + r"|(?:ya|or|yaa)\s+parso))"
    # or said after its clock: "3 baje kal?"
    + r"|(?<=baje\s)kal|(?<=bje\s)kal"
)
# ... or a Hindi word of the sentence right after it ("kal ka slot", "kal ke liye", "kal
# nahi", "kal toh holiday hai", "kal available hain?"), a range of hours said the Hindi
# way ("kal 2 se 4"), or the end of a question or of the message ("Kal possible?", "same
# day, kal"); not after words that make it a name ("with Kal?", "ask Kal", "Dr Kal")
_KAL_SAID = (
    r"(?<!with\s)(?<!ask\s)(?<!tell\s)(?<!and\s)(?<!dr\s)(?<!mr\s)(?<!ms\s)(?<!mrs\s)"
    r"kal(?=\s+(?:ka|ke|ki|ko|toh|nahi|nahin|nhi|hi|bhi|wala|wali|available|possible|free)\b"
    r"|\s+\d{1,2}(?:[:.][0-5]\d)?\s+(?:se\s+\d|ke\s|tak\b)|\s*(?:possible\s*)?\?|\s*[.!]*\s*$)"
)


# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["hinglish"])


@rule("hinglish_today", r"aaj")
def _today(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0))


@rule("hinglish_tomorrow", r"kal" + _KAL_NEXT + "|" + _KAL_SAID)
def _tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 1))


@rule("hinglish_day_after", r"parso|parson")
def _day_after(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2))


@rule("hinglish_next_week", r"agle\s+(?:hafte|hafta|week)")
def _next_week(m: re.Match[str], o: Options) -> Sym:
    return Sym(span=SpanSpec("week", 1))


@rule(
    "hinglish_clock",
    r"(?P<half>saade\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?:" + _BAJE + r")",
)
def _baje(m: re.Match[str], o: Options) -> Sym | None:
    """ "5 baje", "5:30 baje", "saade 5 baje" (half past 5): the clock. A bare hour, so
    the business's hours pick its half ("5 baje" at a tutor open 09:00-21:00 is 17:00)."""
    h = int(m.group("h"))
    mi = 30 if m.group("half") else int(m.group("m") or 0)
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    return _clock(h, mi, "", prep="at", grain=grain, h24=h24, bare=not h24)


@rule(
    "hinglish_about_clock",
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?:(?:" + _BAJE + r")\s+)?"
    r"ke\s+(?:aas[\s-]?paas|aaspaas|as\s+pas|around)",
)
def _about(m: re.Match[str], o: Options) -> Sym | None:
    """ "11 ke aas paas", "3:30 ke aas paas", "4 baje ke aas paas": about that clock."""
    h = int(m.group("h"))
    mi = int(m.group("m") or 0)
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    return _clock(h, mi, "", prep=None, grain=grain, h24=h24, bare=not h24, ish=True)


# Bounds said after the clock, as "6 onwards" is: "6 baje ke baad" (after 6), "4 baje se
# pehle" (before 4), "7 baje tak" (until 7).
_cue_rule(
    "bound_suffix",
    {
        "ke baad": ("after", True),
        "ke bad": ("after", True),
        "k baad": ("after", True),
        "se pehle": ("before", False),
        "se pahle": ("before", False),
        "tak": ("before", True),
        "ton baad": ("after", True),  # Punjabi
        "ton bad": ("after", True),
        "ton pehlan": ("before", False),
        "ton pehla": ("before", False),
    },
    "bound_post",
)
