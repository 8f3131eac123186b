"""Mandarin time words inside an English message, in characters or in pinyin: "mingtian
xiawu" (tomorrow afternoon), "週五 上午" (Friday morning), "下午兩點" (2pm), "3點半"
(half past 3), "10點前" (before 10), "下禮拜一" (next week's Monday), "六月二十三日".

Customers in Taiwan, China, Singapore and Malaysia mix Mandarin into English texts, in
characters (traditional or simplified) or in pinyin without tones. Chinese is written
without spaces, so these rules take a word's edge to be anything but a Latin letter or
a digit (`atoms.CJK_EDGES`). The parts of the day in pinyin ("xiawu", "shangwu",
"zaoshang", "wanshang", "zhongwu") are spellings in `lexicon.POD_WORDS`.

| words | reads |
| --- | --- |
| `今天`, `明天`, `後天` / `后天`, `jintian`, `mingtian`, `houtian` | today, tomorrow, the day after tomorrow |
| `今晚`, `明早`, `明晚` | this evening, tomorrow morning, tomorrow evening |
| `週五`, `周五`, `星期三`, `禮拜四`, `礼拜天`, `zhou er`, `xingqi wu`, `libai san` | the weekday ("日" / "天" is Sunday); `這週六` / `这周六` this week's, `下週一` / `下禮拜一` next week's |
| `這週`, `本週`, `下週`, `下禮拜` | this week, next week |
| `上午`, `早上`, `中午`, `下午`, `傍晚`, `晚上` | the morning, the morning, lunchtime, the afternoon, the early evening, the evening |
| `8點`, `下午兩點`, `3點半`, `上午十點`, `10點30分`, `晚上7點` | the clock ("點" / "点" / "時"; "半" half past, "分" minutes); a part of the day before it says its half of the day, else it is a bare hour the business's hours place |
| `10點前`, `2點以後`, `下午3點之前` | before / after that clock |
| `六月二十三日`, `6月17日`, `六月十四日 (一)` | that day of that month (a weekday in brackets after it is the same day) |

Numbers are digits or Chinese numerals ("十二" 12, "兩" 2, "二十三" 23). A numeral said
alone ("二") stays a word, and so do "一點點" / "有一點" (a little), "早一點" (a bit
earlier) and the greetings "早上好", "上午好".

Rules registered like `rules_time`'s (imported in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import CJK_EDGES, Options, needs, rule
from slotwise.extractor.grounding.lexicon import alternation
from slotwise.extractor.grounding.lexicon_romanised import LANGUAGE_CUES
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

# Chinese numerals up to 31 (hours, minutes of a half hour, days of the month).
_DIGITS = {"零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_DIGITS |= {"七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,2}|[零一二兩两三四五六七八九十]{1,3})"


def number(said: str) -> int | None:
    """ "12", "十二", "二十三", "兩": the number; None when it is not one."""
    if said.isdigit():
        return int(said)
    if "十" not in said:
        return _DIGITS.get(said) if len(said) == 1 else None
    tens, _, ones = said.partition("十")
    t = _DIGITS.get(tens, 0) if tens else 1
    o = _DIGITS.get(ones, 0) if ones else 0
    return t * 10 + o


# Days said from today.
DAY_WORDS = {
    "今天": 0,
    "今日": 0,
    "明天": 1,
    "明日": 1,
    "後天": 2,
    "后天": 2,
    "jintian": 0,
    "mingtian": 1,
    "houtian": 2,
}
# Days said with their part: this evening, tomorrow morning, tomorrow evening.
DAY_PARTS = {"今晚": (0, "evening"), "明早": (1, "morning"), "明晚": (1, "evening")}
# Parts of the day in characters (pinyin: `lexicon.POD_WORDS`), and the half of the day a
# clock said after them is in.
PARTS = {
    "上午": ("morning", "am"),
    "早上": ("morning", "am"),
    "中午": ("lunch", "pm"),
    "下午": ("afternoon", "pm"),
    "傍晚": ("early_evening", "pm"),
    "晚上": ("evening", "pm"),
}
# The weekday after "週" / "星期" / "禮拜" (Monday is "一"; Sunday "日" or "天"); pinyin.
WEEKDAY_MARKS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WEEKDAY_PINYIN = {"yi": 0, "er": 1, "san": 2, "si": 3, "wu": 4, "liu": 5, "ri": 6, "tian": 6}
_WEEK = r"(?:週|周|星期|禮拜|礼拜)"
_THIS = ("這", "这", "本")
_NEXT = ("下", "下個", "下个")


# This language's rules run only where its cue words occur (G47).
needs(__name__, LANGUAGE_CUES["chinese"])


@rule("zh_day", alternation(DAY_WORDS), edges=CJK_EDGES)
def _day(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", DAY_WORDS[m.group(0).lower()]))


@rule("zh_day_part", alternation(DAY_PARTS), edges=CJK_EDGES)
def _day_part(m: re.Match[str], o: Options) -> Sym:
    n, pod = DAY_PARTS[m.group(0)]
    return Sym(day=DaySpec("rel", n), tod=TodSpec("pod", pod=pod))


@rule(
    "zh_weekday",
    rf"(?P<which>這|这|本|下個|下个|下)?{_WEEK}(?P<d>[一二三四五六日天])"
    r"|(?:zhou|xingqi|libai)\s?(?P<p>yi|er|san|si|wu|liu|ri|tian)",
    edges=CJK_EDGES,
)
def _weekday(m: re.Match[str], o: Options) -> Sym:
    """ "週五", "星期三", "禮拜天", "zhou er"; "這週六" this week's, "下禮拜一" next week's."""
    if m.group("p"):
        return Sym(day=DaySpec("wd", WEEKDAY_PINYIN[m.group("p").lower()]))
    which = m.group("which") or ""
    mod = "thisweek" if which in _THIS else "nextweek" if which in _NEXT else ""
    return Sym(day=DaySpec("wd", WEEKDAY_MARKS[m.group("d")], mod))


@rule("zh_week", rf"(?P<which>這|这|本|下個|下个|下){_WEEK}(?![一二三四五六日天])", edges=CJK_EDGES)
def _week(m: re.Match[str], o: Options) -> Sym:
    """ "這週" (this week), "下禮拜" (next week)."""
    return Sym(span=SpanSpec("week", 0 if m.group("which") in _THIS else 1))


@rule(
    "zh_part_of_day", alternation(PARTS) + rf"(?!\s*{_NUM}\s*(?:點|点|時|时)|好)", edges=CJK_EDGES
)
def _part(m: re.Match[str], o: Options) -> Sym:
    return Sym(tod=TodSpec("pod", pod=PARTS[m.group(0)][0]))


@rule(
    "zh_clock",
    rf"(?:(?P<part>{alternation(PARTS)})\s*|(?<![有早晚快慢差多少]))(?P<h>{_NUM})\s*(?:點鐘|点钟|點|点|時|时)"
    r"(?![點点兒儿])"
    rf"(?:\s*(?P<half>半)|\s*(?P<m>{_NUM})\s*分?)?"
    r"(?P<side>\s*(?:以前|之前|前|以後|之後|以后|之后|後|后))?",
    edges=CJK_EDGES,
)
def _clock_zh(m: re.Match[str], o: Options) -> Sym | None:
    """ "8點", "下午兩點" (2pm), "3點半", "10點30分", "10點前" (before 10)."""
    h = number(m.group("h"))
    mi = 30 if m.group("half") else number(m.group("m")) if m.group("m") else 0
    if h is None or mi is None or h > 24 or mi > 59:
        return None
    part = m.group("part")
    ap = PARTS[part][1] if part else ""
    if ap == "pm" and h == 12:
        ap = ""  # "中午12點": noon
    sym = _clock(h, mi, ap, prep="at", grain="minute" if mi else "hour", bare=not part)
    side = (m.group("side") or "").strip()
    if sym is None or not side:
        return sym
    bound = "before" if side.endswith("前") else "after"
    return Sym(tod=sym.tod, bound=bound)


@rule(
    "zh_date",
    rf"(?P<mo>{_NUM})\s*月\s*(?P<d>{_NUM})\s*(?:日|號|号)"
    r"(?:\s*[(（]\s*(?:週|周|星期)?[一二三四五六日天]\s*[)）])?",
    edges=CJK_EDGES,
)
def _date(m: re.Match[str], o: Options) -> Sym | None:
    """ "六月二十三日", "6月17日", "六月十四日 (一)": that day of that month."""
    mo, d = number(m.group("mo")), number(m.group("d"))
    if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Sym(day=DaySpec("md", d, month=mo))
