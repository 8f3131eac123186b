"""Clock times written as bare digits: "0930", "1430", "1230", "845"; and the half hour
said as "and half" ("at 6 and half", "at 10 and a half").

Texting drops the colon: "mon 7th, reyes, 1230", "0930 tmrw", "1430 on the 3rd", "see
you at 845". Three or four digits are a clock only when the last two are minutes
(00-59), the hour is one (0-23) and nothing marks them a year, a price, a count, an
address, a phone or order number. A leading zero ("0930") or "at"/"@" before makes
them a time; otherwise they are weak, like a bare "9": a day they touch ("1430 on the
3rd") or a list of a day's details ("mon 7th, reyes, 1230", `compose_numbers`) makes
them one, and alone they stay numbers ("1500 guests", "in 2027", "$1200").

"at 6 and half" is a writer's "seis y media" / "seis e meia": half past six. Only after
"at" ("3 and a half years", "2 and a half hours" stay counts and lengths).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import AMPM, NOT_COUNT, Atom, Options, _not_a_time, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# Words after the digits that make them a quantity or an address, not a clock.
_UNIT_AFTER = re.compile(
    r"\s*(?:sq|ft|feet|foot|km|kms|mi|miles|m|k|kg|g|mg|ml|l|lbs?|cc|hp|rpm|calories|cal|"
    r"usd|eur|gbp|aud|cad|euros?|pounds|quid|bucks|dollars|cents|words|pages|points|"
    r"st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|drive|way|place|pl|court|ct|"
    r"hwy|highway|suite|ste|block|main|north|south|east|west|[nsew]\.?(?=\s+[A-Z]))\b",
    re.I,
)
# Words before them that make them a number: an order, a code, a flight, an amount.
_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:order|ref|reference|ext|extension|flight|pin|code|id|account|acct|invoice|"
    r"ticket|confirmation|conf|model|policy|claim|case|unit|apt|room|rm|suite|ste|gate|"
    r"bus|route|page|no|number|nr|num|mileage|odometer|over|under|about|approx|"
    r"approximately|around|roughly|only|just|price|budget|of|fees?|past|above|below|least|"
    r"than|up\s+to|temp|degrees|(?:costs?|pay|paid|charged?|spen[dt]|owed?|quoted?|"
    r"bill(?:ed)?)(?:\s+(?:me|us|you|him|her|them))?)\s*[.:#]?\s*"
    r"|[$£€#+]\s*|\d[\s.,/-]*)$",
    re.I,
)


# Two four-digit clocks joined by a dash are a range of the 24-hour clock, as military,
# hospital and shift workers write it: "0800-1600", "1130-1230", "kids are in school
# 0800-1400", "I work 0600-1800". Each end is a clock (joined in `compose.join_ranges`),
# said firmly; not two years ("2019-2023": 19xx and 20xx are left out), nor a phone
# number's halves ("555-0147": three digits before the dash).
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_RANGE_END_AFTER = re.compile(rf"\s*[-–]\s*{_HHMM}(?!\d|[.,:/]\d)")
_RANGE_START_BEFORE = re.compile(rf"(?<![\d.,:/-]){_HHMM}\s*[-–]\s*$")
_YEAR = re.compile(r"19|20")
# Words before such a pair that make it a code, a number or an amount ("only", "around"
# go with a range of clocks as well as with a count: not these).
_CODE_BEFORE = re.compile(
    r"(?:\b(?:order|ref|reference|ext|extension|flight|pin|code|id|account|acct|invoice|"
    r"ticket|confirmation|conf|model|policy|claim|case|unit|apt|room|rm|suite|ste|gate|"
    r"bus|route|page|no|number|nr|num|mileage|odometer|price|budget|fees?|temp|degrees|"
    r"tel|phone|call|cell|mobile|fax)\s*[.:#]?\s*|[$£€#+(]\s*|\d[\s.,/)-]*)$",
    re.I,
)


def _clock_range(text: str, start: int, end: int) -> bool | None:
    """Whether the four digits at `start` are an end of a range of two 24-hour clocks
    ("0800-1600"): None when they are no such end, False when the two are years or a
    number's parts."""
    after = _RANGE_END_AFTER.match(text, end)
    before = _RANGE_START_BEFORE.search(text, max(0, start - 8), start)
    if after is not None:
        lo, hi = start, after.end()
    elif before is not None:
        lo, hi = before.start(), end
    else:
        return None
    if _YEAR.match(text, lo) and _YEAR.match(text, hi - 4):
        return False  # "2019-2023"
    # not "order 0800-1600", "1200-1500 sq ft"
    return not (_CODE_BEFORE.search(text, max(0, lo - 24), lo) or _UNIT_AFTER.match(text, hi))


@rule(
    "clock_hhmm",
    rf"(?:(?P<at>at|@)\s*)?(?P<h>0\d|1\d|2[0-3]|[1-9])(?P<m>[0-5]\d)(?P<ap>{AMPM})?"
    rf"(?!(?!{_RANGE_END_AFTER.pattern})[\s-]*\d|[.,:/]\d|\s*h\b){NOT_COUNT}",
)  # weak unless said with a zero, "at" or am/pm, or as a range's end: the producer says
def _clock_hhmm(m: re.Match[str], o: Options) -> Atom | None:
    """ "0930", "1430", "at 845": the hour and the minutes without a colon. Never a year
    ("in 2027": 19xx and 20xx are left out), a price ("$1200", "1200 dollars"), a count
    ("1500 guests"), an amount ("charged me 450 last tuesday", "heat past 200") or part of
    a longer number ("555 1234", "1200.50")."""
    text, h, mi = m.string, m.group("h"), int(m.group("m"))
    digits = len(h) + 2
    start = m.start("h")
    ranged = None
    if digits == 4 and not m.group("ap"):
        ranged = _clock_range(text, start, m.end())
    if ranged is False or (_RANGE_END_AFTER.match(text, m.end()) and ranged is None):
        return None  # "2019-2023": years; "845-1234", "order 0800-1600": a number's parts
    if ranged:
        tod = TodSpec("clock", int(h), mi, h24=True, grain="minute" if mi else "hour")
        return Atom(m.start(), m.end(), Sym(tod=tod), [])
    if digits == 4 and h in ("19", "20"):
        return None  # a year, as often as a clock
    if _NUMBER_BEFORE.search(text, max(0, start - 24), start) or _not_a_time(text, start, m.end()):
        return None
    if _UNIT_AFTER.match(text, m.end()):
        return None
    if digits == 3 and mi == 0 and not (m.group("at") or m.group("ap")):
        return None  # "400", "200": an amount far more often than 4:00
    hour = int(h)
    ap = (m.group("ap") or "").strip().lower()[:1]
    if (hour == 0 and digits == 3) or (ap and not 1 <= hour <= 12):
        return None
    zero = h.startswith("0") and digits == 4 and not ap
    strong = zero or bool(m.group("at") or ap)
    h24 = zero or hour == 0 or hour >= 13
    grain = "minute" if mi else "hour"
    ap = f"{ap}m" if ap else ""
    tod = TodSpec("clock", hour, mi, ap=ap, h24=h24, bare=not (h24 or ap), grain=grain)
    return Atom(m.start(), m.end(), Sym(tod=tod), [], weak=not strong)


# Spoken times as a transcript writes them: "7 30 am", "around 5 30", "make it 12 30",
# "at like 7 15". The hour (1-12) and the minutes (a multiple of five) apart, with
# nothing marking them a count ("2 30 minute sessions", "3 15 year olds") or a longer
# number. Weak like a bare "9" unless "at", "around", "like" or am/pm says it is a time.
_UNIT_SPOKEN = re.compile(
    r"\s*-?\s*(?:min|mins|minutes?|m|hours?|hrs?|h|secs?|seconds?|days?|weeks?|wks?|"
    r"months?|years?|yrs?|y/?o|percent|ppl|people|kids|guests)\b",
    re.I,
)


@rule(
    "clock_spoken",
    rf"(?:(?P<at>at|@|around|about|like|say)\s+)?(?P<h>1[0-2]|[1-9])\s(?P<m>[1-5][05]|00)"
    rf"(?P<ap>{AMPM})?(?![\s-]*\d|[.,:/]\d){NOT_COUNT}",
)
def _clock_spoken(m: re.Match[str], o: Options) -> Atom | None:
    """ "thurs around 5 30", "7 15 am", "from 1 to 1 30 tomorrow": one clock time."""
    text, start = m.string, m.start()
    if _NUMBER_BEFORE.search(text, max(0, start - 24), start) or _not_a_time(text, start, m.end()):
        return None
    if _UNIT_AFTER.match(text, m.end()) or _UNIT_SPOKEN.match(text, m.end()):
        return None
    ap = (m.group("ap") or "").strip().lower()[:1]
    mi = int(m.group("m"))
    if mi == 0 and not ap:
        return None  # "7 00": a number more often than a time
    prep = (m.group("at") or "").lower()
    ap = f"{ap}m" if ap else ""
    approx = prep in ("around", "about")
    tod = TodSpec("clock", int(m.group("h")), mi, ap=ap, bare=not ap, approx=approx, grain="minute")
    return Atom(m.start(), m.end(), Sym(tod=tod), [], weak=not (prep or ap))


@rule(
    "clock_and_half",
    r"(?:at|@)\s*(?P<h>1[0-2]|[1-9])\s+and\s+(?:a\s+)?half"
    r"(?!\s+(?:an?\s+)?(?:hours?|hrs?|days?|weeks?|months?|years?|mins?|minutes?)\b)",
)
def _clock_and_half(m: re.Match[str], o: Options) -> Sym:
    """ "at 6 and half", "at 10 and a half": half past the hour (a bare hour's half)."""
    tod = TodSpec("clock", int(m.group("h")), 30, bare=True, grain="minute")
    return Sym(tod=tod)
