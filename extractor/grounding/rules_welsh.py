"""Welsh time words inside an English message (north and south Wales writers, G49).

Farmers, parents and pet owners in Wales text the day and the part of the day in Welsh,
inside English or in whole Welsh sentences: "dydd Mercher? prynhawn ideally", "bore fory
os yn bosib", "prynhawn dydd Iau", "dim cyn 9 na ar ôl 3", "wythnos nesaf, not dydd
Mawrth". Until G49 they went unread; they are plain enough to read:

| words | reads |
| --- | --- |
| `dydd Llun`, `ddydd Mawrth`, `dydd Mercher`, `Dydd Iau`, `dydd Gwener`, `dydd Sadwrn`, `dydd Sul` | Monday to Sunday ("ddydd": the soft mutation after "o", "i") |
| `dydd Llun nesaf` / `nesa`, `dydd Sadwrn yma` / `'ma`, `ddydd Iau diwetha` | next Monday, this Saturday, last Thursday |
| `Llun`, `Mawrth`, `Gwener` ... alone | the weekday, only where a `dydd ...` is said in the same message ("dydd Mawrth, Llun is mart"), and "Mawrth" (also March) not beside a number |
| `bore Llun`, `prynhawn Mawrth`, `pnawn Iau`, `nos Wener`, `nos Fercher` | that day's morning, afternoon, evening ("nos" mutates the day after it) |
| `heddiw`, `yfory`, `fory`, `drennydd` | today, tomorrow, the day after tomorrow |
| `heno`, `bore 'ma`, `pnawn 'ma`, `prynhawn yma` | tonight, this morning, this afternoon |
| `prynhawn`, `pnawn`, `p'nawn`, `gyda'r nos`, `gyda'r hwyr`, `yn y bore`, `amser cinio`, `ar ôl cinio`, `ar ôl ysgol`, `ar ôl gwaith`, `cyn gwaith` | the afternoon, the evening, the morning, lunch, after lunch, after school, after work, before work |
| `bore` | the morning: beside a Welsh day word, or where another Welsh word is said and no English one makes it "a bore" / "she bore" ("Bore da", good morning, is a greeting) |
| `wythnos nesaf` / `nesa`, `yr wythnos yma` / `hon`, `wsnos nesa`, `yr wythnos ar ôl nesa` | next week, this week, the week after next |
| `penwythnos` (`yma`, `nesa`), `mis nesa` | the weekend (this, next), next month |
| `ar ôl 10`, `cyn 3`, `dim cyn 9`, `na ar ôl 3`, `erbyn 4` | after 10, before 3, not before 9, nor after 3, by 4 (only before an hour) |
| `9 o'r gloch`, `am 11` after a Welsh day, `3 y bore`, `4 y prynhawn`, `hanner awr wedi 2`, `chwarter i 4` | the clock (a bare hour the business's hours place) |

The rules run only where one of the words occurs (`atoms.needs`,
`lexicon_romanised.LANGUAGE_CUES`), so English messages pay one search. "unrhyw un"
(anyone) is `resource_anyone`'s; "yr un amser" (the same time) `anaphora`'s
(`lexicon_romanised.SAME_TIME_ROMANISED`).

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

needs(__name__, LANGUAGE_CUES["welsh"])

# The weekdays, Monday (0) to Sunday (6), as said after "dydd" and, soft-mutated, after
# "nos" ("nos Lun", "nos Fawrth", "nos Fercher", "nos Wener").
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("llun", "lun"),
    ("mawrth", "fawrth"),
    ("mercher", "fercher"),
    ("iau",),
    ("gwener", "wener"),
    ("sadwrn",),
    ("sul",),
)
# The parts of the day said before a day (keys of `lexicon.PARTS_OF_DAY`).
PARTS: dict[str, str] = {
    "bore": "morning",
    "prynhawn": "afternoon",
    "pnawn": "afternoon",
    "p'nawn": "afternoon",
    "p’nawn": "afternoon",
    "nos": "evening",
}
# The parts of the day said alone (not "bore": `_bore`).
PARTS_ALONE: dict[str, str] = {
    "prynhawn": "afternoon",
    "pnawn": "afternoon",
    "p'nawn": "afternoon",
    "p’nawn": "afternoon",
    "gyda'r nos": "evening",
    "gyda’r nos": "evening",
    "gyda'r hwyr": "evening",
    "gyda’r hwyr": "evening",
    "yn y bore": "morning",
    "yn y prynhawn": "afternoon",
    "amser cinio": "lunch",
    "ar ôl cinio": "after_lunch",
    "ar ol cinio": "after_lunch",
    "ar ôl ysgol": "after_school",
    "ar ol ysgol": "after_school",
    "ar ôl gwaith": "after_work",
    "ar ol gwaith": "after_work",
    "cyn gwaith": "before_work",
    "canol dydd": "middle_of_day",
}
# "next", "this", "last" after a day.
MODS: dict[str, str] = {
    "nesaf": "next",
    "nesa": "next",
    "nesá": "next",
    "yma": "this",
    "'ma": "this",
    "’ma": "this",
    "ma": "this",
    "hwn": "this",
    "diwethaf": "last",
    "diwetha": "last",
    "dwytha": "last",
    "dwetha": "last",
}
# Hours in words, as said after "am" (mutated: "am ddau", "am bedwar") or before "o'r
# gloch".
HOUR_WORDS: dict[str, int] = {
    "un": 1,
    "dau": 2,
    "ddau": 2,
    "dwy": 2,
    "tri": 3,
    "dri": 3,
    "tair": 3,
    "pedwar": 4,
    "bedwar": 4,
    "pump": 5,
    "bump": 5,
    "chwech": 6,
    "saith": 7,
    "wyth": 8,
    "naw": 9,
    "deg": 10,
    "ddeg": 10,
    "un ar ddeg": 11,
    "deuddeg": 12,
    "ddeuddeg": 12,
}


def _alt(words: Iterable[str]) -> str:
    """An alternation of `words`, longest first, any run of spaces between their words."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_WD = _alt(w for day in WEEKDAYS for w in day)
_WD_PLAIN = _alt(day[0] for day in WEEKDAYS)
_MOD = _alt(MODS)
_DYDD = r"(?:d?dydd|dy['’])"
_HOUR = rf"(?:1[0-2]|0?[1-9]|{_alt(HOUR_WORDS)})"


def _weekday(word: str) -> int:
    w = word.lower()
    return next(i for i, day in enumerate(WEEKDAYS) if w in day)


def _mod(word: str | None) -> str:
    return MODS.get((word or "").lower().replace("’", "'"), "")


def _hour(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower())
    return int(w) if w.isdigit() else HOUR_WORDS[w]


@rule("welsh_weekday", rf"{_DYDD}\s+(?P<wd>{_WD_PLAIN})(?:\s+(?P<mod>{_MOD})(?![\w'’]))?")
def _dydd(m: re.Match[str], o: Options) -> Sym:
    """ "dydd Mercher", "ddydd Llun nesaf" (next Monday), "Dydd Sadwrn yma" (this one)."""
    return Sym(day=DaySpec("wd", _weekday(m.group("wd")), _mod(m.group("mod"))))


@rule(
    "welsh_part_of_weekday",
    rf"(?:gyda['’]r\s+)?(?P<pod>bore|prynhawn|pnawn|p['’]nawn|nos)\s+(?:{_DYDD}\s+)?(?P<wd>{_WD})"
    rf"(?:\s+(?P<mod>{_MOD})(?![\w'’]))?",
)
def _part_of_weekday(m: re.Match[str], o: Options) -> Sym:
    """ "bore Llun", "prynhawn dydd Iau", "pnawn Mawrth", "nos Wener" (Friday evening)."""
    wd, pod = m.group("wd").lower(), m.group("pod").lower().replace("’", "'")
    day = DaySpec("wd", _weekday(wd), _mod(m.group("mod")))
    return Sym(day=day, tod=TodSpec("pod", pod=PARTS[pod]))


# A weekday's name alone ("Llun is mart"), where the message names a day with "dydd".
_DYDD_SAID = re.compile(rf"(?<![\w]){_DYDD}\s+(?:{_WD_PLAIN})(?![\w])", re.I)
_NUMBER_BESIDE = re.compile(r"\d\s*$")


@rule("welsh_weekday_alone", r"Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul", flags=0)
def _weekday_alone(m: re.Match[str], o: Options) -> Sym | None:
    text = m.string
    if not _DYDD_SAID.search(text):
        return None
    if m.group(0) == "Mawrth" and (
        _NUMBER_BESIDE.search(text, max(0, m.start() - 6), m.start())
        or re.match(r"\s*\d", text[m.end() :])
    ):
        return None  # "3 Mawrth": March
    return Sym(day=DaySpec("wd", _weekday(m.group(0))))


@rule("welsh_day", r"(?P<today>heddiw)|(?P<after>drennydd|trennydd)|(?:y|')?fory")
def _day(m: re.Match[str], o: Options) -> Sym:
    """ "heddiw" (today), "yfory" / "fory" (tomorrow), "drennydd" (the day after)."""
    return Sym(day=DaySpec("rel", 0 if m.group("today") else 2 if m.group("after") else 1))


@rule(
    "welsh_this_part",
    r"(?P<tonight>heno)|(?P<pod>bore|prynhawn|pnawn|p['’]nawn)\s+(?:['’]ma|ma|yma)(?![\w'’])",
)
def _this_part(m: re.Match[str], o: Options) -> Sym:
    """ "heno" (tonight), "bore 'ma" (this morning), "pnawn 'ma" (this afternoon)."""
    if m.group("tonight"):
        return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="night"))
    pod = PARTS[m.group("pod").lower().replace("’", "'")]
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=pod))


@rule("welsh_part_of_day", _alt(PARTS_ALONE))
def _part(m: re.Match[str], o: Options) -> Sym | None:
    said = re.sub(r"\s+", " ", m.group(0).lower())
    if re.match(r"\s+da\b", m.string[m.end() :], re.I):
        return None  # "Prynhawn da": good afternoon
    return Sym(tod=TodSpec("pod", pod=PARTS_ALONE[said.replace("’", "'")]))


# English "bore": "a bore", "such a bore", "she bore", "bore holes", "bore the cost".
_BORE_ENGLISH_BEFORE = re.compile(
    r"(?<![\w'’])(?:a|the|such|what|so|total|real|big|it|he|she|they|we|i|who|which|that|"
    r"also|never|gun|well|full|small|it['’]s|its|is|was|be|been)\s+$",
    re.I,
)
_BORE_ENGLISH_AFTER = re.compile(
    r"\s+(?:hole|holes|hold|fruit|witness|the|a|an|his|her|their|its|me|you|him|them|us|"
    r"down|into|through|out|no|any|with|of|to|on|in|it|that|this|size|water|scope)\b",
    re.I,
)
# A Welsh word elsewhere in the message that makes "bore" Welsh.
_WELSH_WORDS = re.compile(
    rf"(?<![\w'’])(?:{_DYDD}\s+(?:{_WD_PLAIN})|prynhawn|pnawn|heno|heddiw|y?fory|wythnos|wsnos|diolch|"
    r"os\s+yn\s+bosib|plis|ond|neu|dim|ddim|efo|gyda|helo|iawn|ar\s+[oô]l|cyn\s+\d|"
    r"o['’]r\s+gloch)(?![\w'’])",
    re.I,
)


@rule("welsh_morning", r"bore")
def _bore(m: re.Match[str], o: Options) -> Sym | None:
    """ "bore" (morning) where the message is Welsh enough; not "Bore da" (a greeting),
    nor the English word ("it's a bore", "she bore it")."""
    text, start, end = m.string, m.start(), m.end()
    if re.match(r"\s+(?:da|dda)\b", text[end:], re.I):
        return None
    if _BORE_ENGLISH_BEFORE.search(text, max(0, start - 12), start):
        return None
    if _BORE_ENGLISH_AFTER.match(text, end):
        return None
    rest = text[:start] + " " + text[end:]
    if not _WELSH_WORDS.search(rest):
        return None
    return Sym(tod=TodSpec("pod", pod="morning"))


@rule(
    "welsh_week",
    r"(?:yr\s+)?(?P<unit>wythnos|wsnos|wsos|penwythnos|mis)\s+"
    r"(?:(?P<after>ar\s+[oô]l\s+nesa[f]?)|(?P<next>nesaf|nesa|nesá)|yma|['’]ma|hon|hwn)(?![\w'’])",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "wythnos nesaf" (next week), "yr wythnos yma" (this week), "yr wythnos ar ôl nesa"
    (the week after next), "penwythnos nesa" (next weekend), "mis nesa" (next month)."""
    n = 2 if m.group("after") else 1 if m.group("next") else 0
    unit = m.group("unit").lower()
    if unit == "mis":
        return Sym(span=SpanSpec("month", n))
    if unit == "penwythnos":
        return Sym(span=SpanSpec("weekend", n, mod="next" if n else "this"))
    return Sym(span=SpanSpec("week", n))


@rule("welsh_weekend", r"(?:y\s+)?penwythnos(?!\s+(?:nesaf|nesa|nesá|yma|['’]ma|hon|hwn)\b)")
def _weekend(m: re.Match[str], o: Options) -> Sym:
    return Sym(span=SpanSpec("weekend", 0))


# The half of the day said after the hour: "y bore" (am), "y prynhawn", "y nos" (pm).
_HALF = r"(?:(?:yn\s+)?y\s+bore|(?:yn\s+)?y\s+(?:prynhawn|p['’]?nawn)|y\s+nos|yr\s+hwyr)"


def _welsh_clock(h: int, mi: int, ap: str) -> Sym | None:
    grain = "minute" if mi else "hour"
    return _clock(h, mi, ap, prep="at", grain=grain, bare=not ap)


@rule(
    "welsh_oclock",
    rf"(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d))?(?P<tail>\s+o['’]r\s+gloch(?:\s+{_HALF})?|\s+{_HALF})",
)
def _oclock(m: re.Match[str], o: Options) -> Sym | None:
    """ "9 o'r gloch", "deg o'r gloch", "3 y bore" (3 am), "4 y prynhawn" (4 pm)."""
    tail = re.sub(r"o['’]r\s+gloch", "", m.group("tail").lower()).strip()
    ap = "am" if "bore" in tail else "pm" if tail else ""
    return _welsh_clock(_hour(m.group("h")), int(m.group("m") or 0), ap)


@rule(
    "welsh_half_past",
    rf"(?P<q>hanner(?:\s+awr)?\s+wedi|chwarter\s+wedi|chwarter\s+i)\s+(?P<h>{_HOUR})(?![\w])",
)
def _half_past(m: re.Match[str], o: Options) -> Sym | None:
    """ "hanner awr wedi 2" (2:30), "chwarter wedi 3" (3:15), "chwarter i 4" (3:45)."""
    q, h = m.group("q").lower(), _hour(m.group("h"))
    if q.startswith("hanner"):
        return _welsh_clock(h, 30, "")
    if q.endswith("wedi"):
        return _welsh_clock(h, 15, "")
    return _welsh_clock(12 if h == 1 else h - 1, 45, "")


# "am 11" (at 11) after a Welsh day or part of the day: "dydd Mawrth am 11", "fory am
# 3"; English "I am 11" has none before it.
_WELSH_BEFORE_AM = re.compile(
    rf"(?:{_DYDD}\s+(?:{_WD_PLAIN})(?:\s+(?:{_MOD}))?|heddiw|y?fory|heno|bore|prynhawn|"
    rf"pnawn|p['’]nawn|nos\s+(?:{_WD}))\s*,?\s*$",
    re.I,
)


@rule("welsh_at_clock", rf"am\s+(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d))?(?![\w:.])")
def _at_clock(m: re.Match[str], o: Options) -> Sym | None:
    if not _WELSH_BEFORE_AM.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    return _welsh_clock(_hour(m.group("h")), int(m.group("m") or 0), "")


# Bounds, only before an hour: "ar ôl 10" (after 10), "cyn 3" (before 3), "dim cyn 9" (not
# before 9), "na ar ôl 3" (nor after 3), "erbyn 4" (by 4).
BOUNDS: dict[str, tuple[str, bool]] = {
    "ar ôl": ("after", False),
    "ar ol": ("after", False),
    "cyn": ("before", False),
    "erbyn": ("before", True),
    "dim cyn": ("after", True),
    "ddim cyn": ("after", True),
    "nid cyn": ("after", True),
    "dim ar ôl": ("before", True),
    "dim ar ol": ("before", True),
    "ddim ar ôl": ("before", True),
    "ddim ar ol": ("before", True),
    "na ar ôl": ("before", True),
    "na ar ol": ("before", True),
    "nac ar ôl": ("before", True),
    "nac ar ol": ("before", True),
}
_cue_rule(
    "bound_prefix",
    BOUNDS,
    "bound",
    then=r"(?=\s+(?:1[0-2]|0?[1-9]|2[0-3])(?:[:.][0-5]\d)?(?:\s*(?:am|pm))?(?![\d:]|\.\d)"
    r"(?!\s*(?:o\s+(?:funudau|oriau|ddiwrnodau)|munud|awr|oriau|diwrnod|wythnos|mis|"
    r"mins?|hours?|days?|weeks?)\b))",
)
# "dim dydd Gwener" (not Friday), "ond ddim dydd Llun" (but not Monday), "nid dydd Iau":
# the day ruled out, only before a Welsh day ("dim" is also "nothing").
_cue_rule(
    "neg_prefix",
    ["dim", "ddim", "nid", "ond dim", "ond ddim", "ond nid"],
    "neg",
    then=rf"(?=\s+(?:{_DYDD}\s+(?:{_WD_PLAIN})|(?:bore|prynhawn|pnawn|nos)\s+(?:{_WD})|"
    r"y?fory|heddiw|heno|(?:yr\s+)?wythnos)(?![\w]))",
)
