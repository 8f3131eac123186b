"""Bahasa Indonesia and Malay time words inside an English message (issue 13).

Customers in Jakarta, Bali and Kuala Lumpur text "besok pagi bisa?" (tomorrow morning?),
"lusa around jam 2 siang" (the day after tomorrow, around 2 in the middle of the day),
"sebelum jam 12 ya, hari Jumat" (before 12, on Friday), "habis maghrib" (after the sunset
prayer). The weekdays ("Senin" .. "Sabtu", Malay "Isnin", "Khamis", "Ahad"), the parts of
the day ("pagi", "siang" 11-15, "sore" 15-18, "malam"), the months ("9 Agustus") and the
length units ("45 menit", "1 jam") are spellings in `lexicon_romanised`; the prayers
("maghrib", "isya", "jumatan") are `rules_prayer`'s. This module reads the rest:

| words | reads |
| --- | --- |
| `hari ini`, `hari ni` | today |
| `besok`, `bsk`, `esok` (Malay) | tomorrow |
| `lusa` | the day after tomorrow |
| `pagi ini`, `siang ini`, `sore ini`, `malam ini`, `nanti sore`, `nanti malam` | this morning ... this evening |
| `Senin depan`, `hari Selasa depan`, `Kamis ini`, `hari Jumat` | next Monday, next Tuesday, this Thursday, Friday ("hari" is "day") |
| `Minggu` | Sunday, when said as a day: after "hari", before a part of the day, a clock or a date, listed with another day, or capitalised ("oh Minggu closed ya?"); "minggu depan" (next week), "minggu ini", "Minggu lalu", "2 minggu" stay weeks |
| `minggu depan`, `pekan depan`, `minggu ini`, `bulan depan` | next week, this week, next month |
| `jam 2`, `jam 9.30`, `pukul 3`, `jam setengah 3` | the clock ("setengah 3" is half past 2, half an hour before 3); a bare hour the business's hours place |
| `jam 4an`, `jam 10-an`, `sekitar jam 7`, `kira-kira jam 7`, `around jam 2` | about that clock |
| `jam 6 pas` | exactly at 6 |
| `sebelum jam 12`, `habis jam 4`, `setelah jam 3`, `sampai jam 5`, `mulai jam 9`, `paling lambat jam 5`, `paling cepat jam 7` | before / after / until / from that clock (only before "jam", "pukul" or a prayer: "habis" is also "finished") |
| `jam 5 ke atas` | 5 onwards |
| `Lepas 7.30 ok`, `selepas 3`, `sebelum 5 ya` (Malay) | after / before that clock ("lepas 2 minggu" is after two weeks) |

"jam" is also English ("a traffic jam"): only "jam" before an hour is a clock, and only a
count before it ("1 jam") a length. "Selamat pagi" is a greeting (`compose._greeting`).

The table's rows for today, tomorrow and the day after are rules made from
`lexicon_romanised.RELATIVE_DAYS` (`rules_romanised_days`).

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_prayer import PRAYER_WORDS
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

# The parts of the day of this language, and what "ini" (this) after them reads.
_POD = r"(?:pagi|siang|sore|malam|malem|petang)"
_WEEKDAY = lx.alternation([w for day in lx.WEEKDAYS_ID for w in day])
_MONTH = lx.alternation([w for names in lx.FOREIGN_MONTHS.values() for w in names])
# "jam" or "pukul" (o'clock, formal) before the hour
_JAM = r"(?:jam|jm|pukul|pkl)"


# A part of the day before "hari" and its day ("jam 3 sore hari Kamis"): the part alone,
# so "sore hari" (in the late afternoon) does not take the "hari" of "hari Kamis"
# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["indonesian"])


@rule("indonesian_pod_before_day", rf"{_POD}(?=\s+(?:hari|hr)\s+(?:{_WEEKDAY}|minggu|ini|ni)\b)")
def _pod_before_day(m: re.Match[str], o: Options) -> Sym:
    return Sym(tod=TodSpec("pod", pod=lx.pod_key(m.group(0))))


@rule("indonesian_this_pod", rf"(?P<pod>{_POD})\s+(?:ini|ni)|nanti\s+(?P<pod2>{_POD})")
def _this_pod(m: re.Match[str], o: Options) -> Sym:
    """ "malam ini" (tonight), "sore ini", "nanti sore" (later today, in the late afternoon)."""
    pod = lx.pod_key(m.group("pod") or m.group("pod2"))
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=pod))


@rule(
    "indonesian_weekday",
    rf"(?:(?:hari|hr)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<mod>depan|dpn|ini|ni|nanti))?(?![\w'’])",
)
def _weekday(m: re.Match[str], o: Options) -> Sym:
    """ "Senin depan" (next Monday), "Kamis ini" (this Thursday), "hari Jumat"."""
    return Sym(day=DaySpec("wd", lx.weekday_index(m.group("wd")), _said(m.group("mod"))))


def _said(mod: str | None) -> str:
    mod = (mod or "").lower()
    return "next" if mod in ("depan", "dpn") else "this" if mod in ("ini", "ni", "nanti") else ""


# Sunday, "Minggu", is also "week" ("minggu depan": next week, "2 minggu": two weeks): a
# day after "hari", before a part of the day, a clock or a date, listed with another day
# ("Sabtu atau Minggu", "Sabtu/Minggu"), or capitalised (below).
_SUNDAY_NEXT = re.compile(rf"\s+(?:{_POD}|{_JAM}\s*\d|\d{{1,2}}\s+{_MONTH})(?![\w])", re.I)
_SUNDAY_LISTED = re.compile(rf"(?:{_WEEKDAY})\s*(?:(?:atau|atw|or|dan|and|&|/|-|,)\s*)$", re.I)
# "Minggu" capitalised is the day ("oh Minggu closed ya?", "Kalau ga bisa, Minggu?"),
# unless a week's word follows it ("Minggu lalu", "Minggu kemarin") or a count comes
# before it ("2 Minggu").
_WEEK_AFTER = re.compile(
    r"\s+(?:lalu|kemarin|kmrn|lagi|berikutnya|sekali|ke|pertama|kedua|ketiga|terakhir|"
    r"depan|dpn|ini|ni)\b",
    re.I,
)
_COUNT_BEFORE = re.compile(r"(?:\d|satu|dua|tiga|empat|lima|beberapa|se)\s*$", re.I)


@rule("indonesian_sunday", r"(?:(?P<hari>hari|hr)\s+)?minggu(?:\s+(?P<mod>depan|dpn|ini|ni))?")
def _sunday(m: re.Match[str], o: Options) -> Sym | None:
    text, start = m.string, m.start()
    if m.group("hari"):
        return Sym(day=DaySpec("wd", 6, _said(m.group("mod"))))
    if m.group("mod"):
        return None  # "minggu depan", "minggu ini": the week (`indonesian_week`)
    said = (
        _SUNDAY_NEXT.match(text, m.end())
        or _SUNDAY_LISTED.search(text, max(0, start - 16), start)
        or (
            text[start] == "M"
            and not _WEEK_AFTER.match(text, m.end())
            and not _COUNT_BEFORE.search(text, max(0, start - 12), start)
        )
    )
    return Sym(day=DaySpec("wd", 6)) if said else None


@rule(
    "indonesian_week",
    r"(?P<unit>minggu|pekan|bulan)\s+(?P<which>depan|dpn|ini|ni)(?!\s+(?:jam|pukul)\b)",
)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "minggu depan" (next week), "pekan ini" (this week), "bulan depan" (next month)."""
    n = 1 if m.group("which").lower() in ("depan", "dpn") else 0
    if m.group("unit").lower() == "bulan":
        return Sym(span=SpanSpec("month", n))
    return Sym(span=SpanSpec("week", n))


@rule(
    "indonesian_clock",
    r"(?:(?P<about>sekitar|sktr|kira[-\s]?kira|kira2|kurang\s+lebih|around|about|abt|like)\s+)?"
    + _JAM
    + r"\s*(?P<half>setengah\s+|stgh\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?"
    r"(?P<an>\s*-?\s*an(?![\w]))?(?P<pas>\s+pas(?![\w]))?"
    r"(?!\s*(?:jam|menit|mnt|orang|thn|tahun)\b)",
)
def _clock_jam(m: re.Match[str], o: Options) -> Sym | None:
    """ "jam 2" (at 2), "jam 9.30", "jam setengah 3" (2:30), "jam 4an" (about 4), "sekitar
    jam 7", "jam 6 pas" (6 sharp): a bare hour, so the business's hours or the part of the
    day said after it ("jam 7 malam") pick its half."""
    h = int(m.group("h"))
    mi = int(m.group("m") or 0)
    if m.group("half"):
        if mi:
            return None
        h, mi = (12 if h == 1 else h - 1), 30
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    about = bool(m.group("about") or m.group("an"))
    prep = "around" if about else "at"
    return _clock(h, mi, "", prep=prep, grain=grain, h24=h24, bare=not h24, ish=about)


_PRAYER = lx.alternation(PRAYER_WORDS)
# Bounds, only before "jam" / "pukul" or a prayer ("habis" is also "finished", "dari"
# "from" anything); "paling lambat" is "at the latest", "paling cepat" "at the earliest".
_cue_rule(
    "bound_prefix",
    {
        "sebelum": ("before", False),
        "sblm": ("before", False),
        "habis": ("after", False),
        "abis": ("after", False),
        "setelah": ("after", False),
        "stlh": ("after", False),
        "sesudah": ("after", False),
        "lepas": ("after", False),  # Malay
        "selepas": ("after", False),
        "lewat": ("after", False),
        "sampai": ("before", True),
        "sampe": ("before", True),
        "smp": ("before", True),
        "hingga": ("before", True),
        "mulai": ("after", True),
        "paling lambat": ("before", True),
        "paling telat": ("before", True),
        "paling cepat": ("after", True),
        "paling cepet": ("after", True),
    },
    "bound",
    then=rf"(?=\s+(?:{_JAM}\s*\d|(?:sholat|solat|shalat|salat)\s+|{_PRAYER}(?![\w'’])))",
)
# Malay "lepas" / "selepas" (after) and "sebelum" (before) also go straight before a bare
# clock ("Lepas 7.30 ok", "sebelum 5 ya"), not before a count ("lepas 2 minggu": after two
# weeks, "sebelum 3 hari").
_cue_rule(
    "bound_prefix",
    {"lepas": ("after", False), "selepas": ("after", False), "sebelum": ("before", False)},
    "bound",
    then=r"(?=\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?![\d.:])"
    r"(?!\s*(?:minggu|hari|hr|bulan|tahun|thn|jam|menit|minit|mnt|min|orang|kali|"
    r"weeks?|days?|months?|years?|hours?|mins?|people)\b))",
)
# "jam 5 sore ke atas": 5 onwards
_cue_rule("bound_suffix", {"ke atas": ("after", True), "keatas": ("after", True)}, "bound_post")
