"""Rules for the range families: "last night", "the third month of 2027", "the 7 to 9
window".

Cross-day datetime ranges ("Monday 9am to Tuesday 5pm") are not a rule here: they are
composed from their two ends in `compose_range.py` and grounded in `resolve_range.py`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import AMPM, DOM, HOUR, WD, Atom, Options, rule
from slotwise.extractor.grounding.compose_range import moving
from slotwise.extractor.grounding.rules_time import _ampm, _clock, _hour
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

_MONTH_ORD = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "last": 12, "final": 12,
}  # fmt: skip


@rule("last_night", r"last\s+(?:night|nite)|yesterday\s+night")
def _last_night(m: re.Match[str], o: Options) -> Sym:
    """ "last night": yesterday's night window ("between 7 and 9 last night")."""
    return Sym(day=DaySpec("rel", -1), tod=TodSpec("pod", pod="night"))


@rule(
    "nth_month_of",
    r"(?:the\s+)?(?P<ord>"
    + "|".join(sorted(_MONTH_ORD, key=len, reverse=True))
    + r")\s+month\s+(?:of|in)",
)
def _nth_month_of(m: re.Match[str], o: Options) -> Atom:
    """A prefix cue: "the third month of" + an explicit year -> that month."""
    n = _MONTH_ORD[m.group("ord").lower()]
    return Atom(
        m.start(), m.end(), None, [], cue="nth_month", cue_text=m.group(0), notes={"n": str(n)}
    )


_TO = r"\s*(?:-|–|to|thru|through|till|until|and)\s*"


@rule(
    "weekday_day_range",
    rf"(?P<w1>{WD})\.?\s+(?P<d1>{DOM}){_TO}(?P<w2>{WD})\.?\s+(?P<d2>{DOM})(?![:.]?\d|\s*[ap]\.?m\b)",
)
def _weekday_day_range(m: re.Match[str], o: Options) -> Sym | None:
    """ "Mon 11 to Fri 15", "Mon 30 - Fri 4": two ends said alike; when one number is too
    big for an hour, both are days of the month ("Mon 9 to Fri 5" stays for the clock)."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if max(d1, d2) <= 12 or moving(m.string, m.start()):
        return None  # "move me from fri 11 to mon 14": the old day and the new one
    start = DaySpec("dom", d1, weekday=lx.weekday_index(m.group("w1")))
    end = DaySpec("dom", d2, weekday=lx.weekday_index(m.group("w2")))
    return Sym(span=SpanSpec("range", start=start, end=end))


@rule(
    "the_day_range",
    rf"(?:from|between)\s+the\s+(?P<d1>{DOM}){_TO}the\s+(?P<d2>{DOM})(?![:.]?\d|\s*[ap]\.?m\b)",
)
def _the_day_range(m: re.Match[str], o: Options) -> Sym | None:
    """ "from the 14 to the 18": "the" before each number makes both days of the month."""
    if moving(m.string, m.start()):
        return None
    start, end = DaySpec("dom", int(m.group("d1"))), DaySpec("dom", int(m.group("d2")))
    return Sym(span=SpanSpec("range", start=start, end=end))


@rule(
    "window_range",
    # after "the", "my", or a day's possessive: "Thursday's 8-10 window" (G44)
    rf"(?:the\s+|(?<=['’]s\s)|(?<=\bmy\s)|(?<=\bour\s))"
    rf"(?P<a>{HOUR})(?:[:.](?P<am>[0-5]\d))?\s*(?:-|–|to|till|til)\s*"
    rf"(?P<b>{HOUR})(?:[:.](?P<bm>[0-5]\d))?(?P<ap>{AMPM})?"
    r"\s+(?:arrival\s+)?(?:window|slot|time\s*slot|block)(?!\s*machines?\b)",
)
def _window_range(m: re.Match[str], o: Options) -> Sym | None:
    """ "the 7 to 9 window", "the 12-2 window", "the 8-10am slot", "Thursday's 8-10
    window", "my 1-3 slot": a firm's arrival window
    (technicians, deliveries) named by its two hours, a clock range as "7 to 9" is."""
    ap = _ampm(m)
    am, bm = int(m.group("am") or 0), int(m.group("bm") or 0)
    a = _clock(_hour(m.group("a")), am, "", prep=None, grain="minute" if am else "hour", bare=True)
    b = _clock(
        _hour(m.group("b")), bm, ap, prep=None, grain="minute" if bm else "hour", bare=not ap
    )
    if a is None or b is None or a.tod is None or b.tod is None:
        return None
    return Sym(tod=TodSpec("range", a=a.tod, b=b.tod, grain="minute" if am or bm else "hour"))
