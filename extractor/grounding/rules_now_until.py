"""Deadlines said from now: "between now and Friday", "any Thursday between now and the
New Year", "from now until the 11th", "from now till the end of next week".

"Between now and X" is a window that starts now and runs through X: a bound, as "until
X" is (before, X kept in: [now, end of X)), not the day X alone. Each is a "bound" cue
(`lexicon.BOUND_PREFIX`'s kind), folded into the day or time after it by
`compose.apply_cues`. "between 2 and 4", "from now on" keep their own readings (the cue
needs "now" followed by "and" / "until" / "till" / "to" / "through"). Registered in
`compose.RULE_MODULES`.
"""

from __future__ import annotations

from slotwise.extractor.grounding.rules_time import _cue_rule

# The words before the deadline, each read as "until" (before, the deadline kept in).
NOW_UNTIL: dict[str, tuple[str, bool]] = {
    f"{opener} now {joint}": ("before", True)
    for opener in ("between", "from", "betwn", "btwn")
    for joint in ("and", "until", "till", "til", "to", "through", "thru", "n", "&")
}

_cue_rule("bound_prefix", NOW_UNTIL, "bound", then=r"(?=\s)")
