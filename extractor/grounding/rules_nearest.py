"""A wish for the time nearest to a clock: "as close to 8 as you can get", "closest to
1", "whichever is nearer to nine", "as near to 10 as poss", "as close as possible to 4".

The hour said after "close to" / "nearest to" is the time wished: the mention is that
clock (as "at 8" is), and the writer's own label says how much it is wished (nearly
always a preference, "ideally"). Ranking then puts the clock itself first when it is
free. Alone, the number after those words is set aside as a bare number that may be a
count ("8" in "as close to 8 as you can get" is neither said with "at" nor with "pm").

Not a clock: a count or an amount ("close to 5 people", "close to 20 minutes away",
"nearer to 3 hours", "close to 2k"), a day of the month ("as close to the 19th as
possible", "close to 19th"), nor a number with a decimal or a slash ("close to 8.5").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import AMPM, HOUR, NOT_COUNT, Options, rule
from slotwise.extractor.grounding.rules_time import _ampm, _clock, _hour
from slotwise.extractor.grounding.symbolic import Sym

# The words that ask for the nearest: "as close to", "as near as possible to", "closest
# to", "nearer to", "close as poss to".
_NEAR = (
    r"(?:(?:as\s+)?(?:close|near)(?:\s+as\s+(?:possible|poss|you\s+can|u\s+can))?\s+to"
    r"|(?:closest|nearest|nearer|closer)\s+to)"
)
# After the hour: a unit or an amount makes it a count, an ordinal suffix a day.
_NOT_A_CLOCK_AFTER = (
    r"(?!\s*(?:st|nd|rd|th|min|mins|minutes?|hours?|hrs?|h\b|days?|weeks?|wks?|months?|"
    r"years?|yrs?|k\b|km|miles?|mi\b|quid|bucks|dollars|pounds|euros?|kg|lbs?)\b)"
)
# The tail that closes the wish: "as you can (get/do)", "as possible", "as poss".
_TAIL = r"(?:\s+as\s+(?:possible|poss|you\s+(?:can|could)(?:\s+(?:get|do|manage))?|u\s+can))?"


@rule(
    "clock_nearest",
    rf"{_NEAR}\s+(?P<h>{HOUR})(?:[:.](?P<m>[0-5]\d))?(?P<ap>{AMPM})?"
    rf"(?:\s*o['’]?\s?clock)?{_NOT_A_CLOCK_AFTER}{NOT_COUNT}{_TAIL}",
)
def _clock_nearest(m: re.Match[str], o: Options) -> Sym | None:
    """ "as close to 8 as you can get": 8:00 (the day's likelier 8, as "at 8")."""
    ap = _ampm(m)
    mi = int(m.group("m") or 0)
    h = _hour(m.group("h"))
    if h == 0 and not mi:
        return None
    return _clock(h, mi, ap, prep=None, grain="minute" if mi else "hour", bare=not ap)
