"""Vietnamese time words inside an English message, with or without their marks (issue 13).

Customers in Ho Chi Minh City and Vietnamese-American families write "chiều mai" (tomorrow
afternoon), "tối thứ 6" (Friday evening), "thu 5 tuan sau" (Thursday next week), "lúc 4
giờ chiều" (at 4 p.m.), "khoảng 10h" (about 10), often without the marks on a phone
keyboard. The parts of the day with their marks and the unambiguous plain ones ("sáng",
"trưa", "chiều", "chieu", "trua", "tối", "đêm") are spellings in `lexicon_romanised`;
this module reads the days, the weekdays, the clock, and the plain "sang" / "toi" (English
"sang", French "toi") only next to a day:

| words | reads |
| --- | --- |
| `hôm nay`, `hom nay`, `hnay` | today |
| `ngày mai`, `ngay mai`; `mai` after or before a part of the day ("chiều mai", "mai toi") | tomorrow ("Mai" alone is a name) |
| `ngày mốt`, `ngay mot`, `mốt` | the day after tomorrow |
| `chiều nay`, `toi nay`, `sáng nay` | this afternoon, this evening, this morning |
| `thứ 2` .. `thứ 7`, `thứ hai` .. `thứ bảy`, `chủ nhật`, `chu nhat` | Monday .. Saturday, Sunday ("thứ 2" is Monday: the second day) |
| `thu 6 nay`, `thứ 5 tuần sau`, `thu 3 tuan toi`, `sang thu 6` | this Friday, Thursday next week; plain "thu 5" is English "Thu 5" (Thursday the 5th) unless a Vietnamese word is beside it |
| `tuần sau`, `tuan sau`, `tuần tới`, `tuần này` | next week, this week |
| `massage 90p`, `60p ko` | the visit's length in minutes ("phút"; "90p" alone is pence) |
| `3 giờ`, `3 gio`, `lúc 4 giờ`, `9 giờ rưỡi`, `2 giờ 15`; `10h`, `9h30` after "lúc", "khoảng", "tầm" or a day, or before a part of the day | the clock; "khoảng", "tầm" (about) make it rough; "rưỡi" is half past |

The table's rows for today, tomorrow, the day after and the weeks are rules made
from `lexicon_romanised.RELATIVE_DAYS` and `RELATIVE_WEEKS` (`rules_romanised_days`).

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, needs, rule
from slotwise.extractor.grounding.lexicon_romanised import (
    LANGUAGE_CUES,
    RELATIVE_WEEKS,
    vietnamese_h,
)
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec

# The parts of the day, marked or plain -> `lexicon.POD_WORDS` key.
PODS: dict[str, str] = {
    "sáng": "morning",
    "sang": "morning",
    "trưa": "lunch",
    "trua": "lunch",
    "chiều": "afternoon",
    "chieu": "afternoon",
    "tối": "evening",
    "toi": "evening",
    "đêm": "night",
    "dem": "night",
}
# "thứ" + the day's number (2 = Monday .. 7 = Saturday) or its word.
DAY_NUMBERS: dict[str, int] = {
    **{str(n): n for n in range(2, 8)},
    **{"hai": 2, "ba": 3, "tư": 4, "tu": 4, "năm": 5, "nam": 5, "sáu": 6, "sau": 6},
    **{"bảy": 7, "bay": 7},
}
_POD = lx.alternation(PODS)
_NUM = lx.alternation(DAY_NUMBERS)
_THIS = r"này|nay"
_NEXT_WEEK = RELATIVE_WEEKS["vietnamese"][1]  # "tuần sau", "tuan toi"
_NEXT = r"tới|sau"  # "thứ 6 tới": the coming Friday


# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["vietnamese"])


@rule(
    "vietnamese_day_pod",
    rf"(?P<pod>{_POD})\s+(?P<day>nay|này|mai|mốt)(?![\w])"
    rf"|(?P<day2>mai|nay)\s+(?P<pod2>{_POD})(?![\w])",
)
def _day_pod(m: re.Match[str], o: Options) -> Sym | None:
    """ "chiều mai" (tomorrow afternoon), "toi nay" (this evening), "mai toi"."""
    day = (m.group("day") or m.group("day2")).lower()
    pod = PODS[(m.group("pod") or m.group("pod2")).lower()]
    n = {"nay": 0, "này": 0, "mai": 1, "mốt": 2}[day]
    return Sym(day=DaySpec("rel", n), tod=TodSpec("pod", pod=pod))


@rule(
    "vietnamese_weekday",
    # a clock before it, and its part of the day: "2h chiều thứ 5" (Thursday 2 p.m.)
    r"(?:(?:(?P<lp>lúc|luc|khoảng|khoang|tầm|tam)\s+)?"
    r"(?P<lh>[01]?\d|2[0-3])\s*(?:h|giờ|gio)(?P<lm>[0-5]\d)?\s+)?"
    rf"(?:(?P<pod>{_POD})\s+)?(?:(?P<marked>thứ)|(?P<plain>thu|thuws))\s*(?P<n>{_NUM})"
    rf"(?:\s+(?P<mod>{_NEXT_WEEK}|{_THIS}|{_NEXT}))?(?![\w])"
    # a plain "10h", "9h30" after it is its clock: "thu 3 tuan sau 10h"
    r"(?:\s+(?P<hh>[01]?\d|2[0-3])h(?P<mm>[0-5]\d)?(?![\w]))?"
    r"|(?:(?P<pod2>" + _POD + r")\s+)?(?P<sun>chủ\s*nhật|chu\s*nhat)"
    rf"(?:\s+(?P<mod2>{_NEXT_WEEK}|{_THIS}|{_NEXT}))?(?![\w])",
)
def _weekday(m: re.Match[str], o: Options) -> Sym | None:
    """ "thứ 6" (Friday), "tối thứ 5 này" (this Thursday evening), "thu 3 tuan sau"."""
    mod = re.sub(r"\s+", " ", (m.group("mod") or m.group("mod2") or "").lower())
    pod = m.group("pod") or m.group("pod2")
    viet = mod or pod or m.group("hh") or m.group("lh") or _VI_NEXT.match(m.string, m.end())
    if m.group("plain") and not viet:
        return None  # "Thu 5": English, Thursday the 5th
    plain_word = m.group("plain") and m.group("n").lower() in ("sau", "tu", "nam", "ba", "hai")
    if plain_word and not (mod or pod):
        return None  # "thu sau" alone: too weak without its marks
    wd = 6 if m.group("sun") else DAY_NUMBERS[m.group("n").lower()] - 2
    said = (
        "nextweek"
        if mod.startswith(("tuần", "tuan"))
        else "this"
        if mod in ("này", "nay")
        else "next"
        if mod
        else ""
    )
    tod = TodSpec("pod", pod=PODS[pod.lower()]) if pod else None
    said_h, said_m = m.group("hh") or m.group("lh"), m.group("mm") or m.group("lm")
    if said_h:
        h, mi = int(said_h), int(said_m or 0)
        half = "" if not pod else "am" if PODS[pod.lower()] == "morning" else "pm"
        grain = "minute" if mi else "hour"
        about = (m.group("lp") or "").lower().startswith(("kho", "tầm", "tam"))
        prep = "around" if about else "at"
        clock = _clock(h, mi, half, prep=prep, grain=grain, bare=not half and h < 13, ish=about)
        tod = clock.tod if clock is not None else tod
    return Sym(day=DaySpec("wd", wd, said), tod=tod)


# Vietnamese words that may follow a plain "thu 5": the clock said the Vietnamese way
_VI_NEXT = re.compile(r"\s+(?:lúc|luc|vào|vao|\d{1,2}\s*(?:h|giờ|gio)(?![a-z]))", re.I)


@rule(
    "vietnamese_clock",
    r"(?:(?P<prep>lúc|luc|vào\s+lúc|vao\s+luc|khoảng|khoang|tầm|tam|tầm\s+khoảng)\s+)?"
    r"(?P<h>[01]?\d|2[0-3])\s*(?:(?P<gio>giờ|gio)|(?P<hh>h))"
    r"(?:\s*(?P<m>[0-5]\d)(?:\s*(?:phút|phut))?|\s+(?P<half>rưỡi|ruoi|rưởi))?(?![\w])"
    rf"(?:\s+(?P<pod>{_POD})(?![\w]))?",
)
def _clock_vi(m: re.Match[str], o: Options) -> Sym | None:
    """ "3 giờ", "lúc 4 giờ", "9 giờ rưỡi" (9:30), "khoảng 10h" (about 10), "2h chiều"
    (2 p.m.: the part of the day after the clock says its half)."""
    prep = (m.group("prep") or "").lower()
    pod = (m.group("pod") or "").lower()
    if m.group("hh") and not (prep or pod or vietnamese_h(m.string, m.start("h"))):
        return None  # "10h" alone is `rules_hclock`'s, or a length ("a 3h massage")
    if pod in ("sang", "toi", "dem") and not (prep or m.group("gio")):
        return None  # "3h sang ...": plain words, too weak after a bare "3h"
    h = int(m.group("h"))
    mi = 30 if m.group("half") else int(m.group("m") or 0)
    about = prep.startswith(("kho", "tầm", "tam"))
    grain = "minute" if mi else "hour"
    prep_said = "around" if about else "at"
    if pod:
        half = "am" if PODS[pod] == "morning" else "pm"
        sym = _clock(h, mi, half, prep=prep_said, grain=grain, ish=about)
        if sym is None or sym.tod is None:
            return None
        return Sym(tod=sym.tod)
    h24 = h == 0 or h >= 13
    return _clock(h, mi, "", prep=prep_said, grain=grain, h24=h24, bare=not h24, ish=about)


# "massage 90p", "goi dau 60p ko": minutes written "p" (phút), after a service or before a
# Vietnamese word; "90p" alone is pence.
_SERVICE_BEFORE = re.compile(
    r"(?:massage|mát\s*xa|mat\s*xa|facial|gội|goi|spa|foot|body|nail|xông|xong|liệu\s*trình)"
    r"(?:\s+\w+)?\s+$",
    re.I,
)
_VI_AFTER = re.compile(
    r"\s+(?:ko|không|khong|nha|nhé|nhe|thu|thứ|chiều|chieu|sáng|sang|tối|toi|mai|nay|shop|"
    r"được|duoc|dc)(?![\w])",
    re.I,
)


@rule("vietnamese_minutes", r"(?P<n>[1-9]\d{1,2})\s?p(?![\w])")
def _minutes(m: re.Match[str], o: Options) -> Sym | None:
    """ "massage 90p" (90 minutes, "phút"), "60p ko": the visit's length."""
    said = _SERVICE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) or _VI_AFTER.match(
        m.string, m.end()
    )
    minutes = int(m.group("n"))
    return Sym(duration=minutes) if said and minutes % 15 == 0 and minutes <= 240 else None
