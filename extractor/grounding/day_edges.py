"""The day's edges said of the business's day: "first thing", "last thing" and "end of
the day".

`last_thing_slot` says whether "last thing" is the end of the day (`rules_time._pod`):
it is also the speaker's last point ("one last thing, ...", "ok last thing can I ...").

`hedged_first_thing` says whether "first thing" is hedged ("first thing?", "ideally first
thing"): then the early part of the day, not the opening slot (`resolve._edge_span`).

`first_thing_morning` is a join of the `intersect` step (`compose`): the "morning" said
after "first thing <day>" names where the first thing is. `end_of_day_by_bound` runs
after grounding (`ground_symbolic`). The windows themselves come from the business's
hours where known (`resolve._edge_windows`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from slotwise.extractor.grounding.mention import TimeMention
from slotwise.extractor.grounding.symbolic import Sym


def first_thing_morning(a: Sym, b: Sym) -> Sym | None:
    """ "first thing Monday morning", "first thing tmrw morning": the morning said after
    "first thing" is where the first thing is, not a second window (08:00-12:00) that
    would cut the opening hour off."""
    x, y = a, b
    if (
        x.tod is not None
        and x.tod.kind == "pod"
        and x.tod.pod == "first_thing"
        and y.tod is not None
        and y.tod.kind == "pod"
        and y.tod.pod == "morning"
        and not y.has_date
        and not (x.bound or y.bound or x.negated or y.negated)
    ):
        return x
    return None


# Between "end of the day" and the bound that ends the speaker's day: a comma, "but",
# "and" ("end of the day today, before 5:30 when we lock up", "eod but by 4").
_EDGE_GAP = re.compile(r"[\s,;:.—–-]*(?:(?:but|and|so|or)\s+)?(?:ideally\s+)?", re.I)


def end_of_day_by_bound(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """ "End of the day today, before 5:30 when we lock up": a bound said right after
    "end of the day" that ends the day before the business closes is the speaker's end
    of the day: its last hour (16:30-17:30), not the business's (19:00-20:00)."""
    for i in range(len(out) - 1):
        m, b = out[i], out[i + 1]
        if (
            m.reading is None
            or b.reading is None
            or m.bound is not None
            or m.negated
            or "pod=end_of_day" not in m.symbolic
            or b.bound != "before"
            or b.negated
            or not _EDGE_GAP.fullmatch(text, m.span[1], b.span[0])
        ):
            continue
        ends = {e.date(): e for _, e in b.reading.intervals}
        ivs = []
        for s, e in m.reading.intervals:
            end = ends.get(s.date())
            ivs.append((end - timedelta(hours=1), end) if end is not None and end <= s else (s, e))
        out[i] = replace(m, reading=replace(m.reading, intervals=tuple(ivs)))
    return out


# "last thing" as a time: at a clause's end or before "or" / "if" / "please" ("first
# thing or last thing?", "last thing if poss"); weak otherwise, so a day must take it in
# ("last thing friday"). After a word that makes it the speaker's point it is no time.
_LAST_THING_SLOT = re.compile(
    r"\s*(?:[.!?;)]|$|(?:pls|please|if|or|ideally|preferably|then)\b)", re.I
)
_LAST_THING_POINT = re.compile(r"\b(?:one|ok|okay|and|also|oh|the|a|my|just|final)\s+$", re.I)


def last_thing_slot(text: str, start: int, end: int, listed: bool) -> bool | None:
    """True: "last thing" is the end of the day on its own; False: only with a day; None:
    it is the speaker's point ("one last thing, ..."). `listed`: a list of days follows
    ("last thing tuesday or wednesday"), which it is said of, as "first thing" is."""
    if _LAST_THING_POINT.search(text, max(0, start - 8), start):
        return None
    return listed or _LAST_THING_SLOT.match(text, end) is not None


# A hedge said with "first thing": "first thing?", "first thing if poss", "ideally first
# thing", "first thing would be best". The wish is for the early part of the day, not
# the opening slot alone (`TodSpec.approx` on the part of the day; `resolve._edge_span`).
_HEDGE_AFTER = re.compile(
    r"(?:\s+(?:in\s+the\s+)?(?:morning|am))?\s*(?:\?|(?:,\s*)?(?:if\s+poss(?:ible)?\b|"
    r"if\s+(?:you|u)\s+(?:can|could|have|got)\b|if\s+(?:it['’]?s|that['’]?s)\s+(?:free|possible|ok)\b|"
    r"ideally\b|preferably\b|pref\b|would\s+be\s+(?:ideal|best|great|good|nice|better)\b|"
    r"(?:is|works)\s+(?:best|ideal|better)\b))",
    re.I,
)
_HEDGE_BEFORE = re.compile(
    r"\b(?:ideally|preferably|maybe|perhaps|possibly|if\s+possible|if\s+poss)\s*,?\s*$", re.I
)


def hedged_first_thing(text: str, start: int, end: int) -> bool:
    """ "first thing" said with a hedge before or after it ("the 29th, first thing?",
    "ideally first thing", "first thing if possible"): the early part of the day. Said
    plainly ("first thing Monday", "first thing please") it is the opening slot."""
    before = _HEDGE_BEFORE.search(text, max(0, start - 16), start) is not None
    return before or _HEDGE_AFTER.match(text, end) is not None
