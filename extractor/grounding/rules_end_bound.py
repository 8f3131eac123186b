"""Bounds on when the visit must be over, said with words for its end.

People who have to leave at a set time say when the visit must end, with the end word
before the clock or around it:

| words | reads |
| --- | --- |
| `latest 6pm finish`, `latest 5 end` | before 18:00 / 17:00 (the clock between "latest" and the end word) |
| `latest end 5pm`, `latest finish time 4:30`, `latest end time is 3pm`, `latest end at 5` | before that clock |
| `hard stop at 10:30`, `hard stop 4pm`, `I've a hard stop by 3` | before that clock |

Each is a "bound" cue (`lexicon.BOUND_PREFIX`'s kind), folded into the clock after it by
`compose.apply_cues`, so it reads as "by 6pm" does: the visit ends by then. "latest"
alone before a clock stays a word ("the latest 3pm slot"); after a clock it is
`BOUND_SUFFIX`'s ("3:30 latest"). Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

from slotwise.extractor.grounding.rules_time import _cue_rule

# A clock, as said after "latest" and before the end word: "6pm", "5", "4:30", "5.15 pm"
_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.?|p\.m\.?)?"
_END_WORD = r"(?:finish(?:ing)?|end(?:ing)?|done|wrap(?:[\s-]?up)?)\b"

_cue_rule(
    "bound_prefix",
    {"latest": ("before", True), "at the latest": ("before", True)},
    "bound",
    then=rf"(?=\s+{_CLOCK}\s+{_END_WORD})",
)
_cue_rule(
    "bound_prefix",
    {
        "latest end": ("before", True),
        "latest end time": ("before", True),
        "latest finish": ("before", True),
        "latest finish time": ("before", True),
        "latest finishing time": ("before", True),
        "latest end time is": ("before", True),
        "latest finish time is": ("before", True),
        "latest end is": ("before", True),
        "latest finish is": ("before", True),
        "latest end by": ("before", True),
        "latest finish by": ("before", True),
        "hard stop": ("before", True),
        "hard stop by": ("before", True),
        "a hard stop by": ("before", True),
    },
    "bound",
    then=rf"(?=\s*(?:of\s+|at\s+|@\s*|[:,]\s*)?{_CLOCK}(?!\d)|\s+(?:at\s+)?(?:noon|midday)\b)",
)
