"""Bounds on when the visit must be over, said with words for its end.

People who have to leave at a set time say when the visit must end, with the end word
before the clock or around it:

| words | reads |
| --- | --- |
| `latest 6pm finish`, `latest 5 end` | before 18:00 / 17:00 (the clock between "latest" and the end word) |
| `latest end 5pm`, `latest finish time 4:30`, `latest end time is 3pm`, `latest end at 5` | before that clock |
| `hard stop at 10:30`, `hard stop 4pm`, `I've a hard stop by 3` | before that clock |
| `need to finish at 4`, `has to be done at 11:30`, `can we finish at 5:30` | before that clock: a modal before the end word (G22) |
| `5:30 is fine for finishing`, `a 4pm finish`, `finishing at 2 is fine` | before that clock: the clock said to suit the end (G22) |

Each is a "bound" cue (`lexicon.BOUND_PREFIX`'s kind), folded into the clock after it by
`compose.apply_cues`, so it reads as "by 6pm" does: the visit ends by then. "latest"
alone before a clock stays a word ("the latest 3pm slot"); after a clock it is
`BOUND_SUFFIX`'s ("3:30 latest"). Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

from slotwise.extractor.grounding import lexicon as lx
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

# The visit's end said as the clock's job, with no "by" (G22): "5:30 is fine for
# finishing", "need to finish at 4", "has to be done around 4:30", "a 4pm finish". The
# visit is what ends: a modal before the end word ("need to", "has to", "must"), or the
# clock said to suit the end ("is fine for finishing"). A routine keeps its reading: "I
# finish work at 4", "kids finish at 3", "I'll be done at 5" (no modal) are not the visit.
_MODALS = (
    "need to",
    "needs to",
    "have to",
    "has to",
    "got to",
    "gotta",
    "must",
    "should",
    "want to",
    "wanna",
    "like to",
    "hoping to",
    "aiming to",
    "able to",
    "can we",
    "could we",
)
_ENDS = (
    "finish",
    "finish up",
    "be finished",
    "be done",
    "be out",
    "be wrapped up",
    "wrap up",
    "end",
)
# the clock after the end word, with its own "at" / "around" ("at 4pm" is one clock)
_ENDED = (
    rf"(?=\s+(?:(?:at|around|about|at\s+about|at\s+around)\s+)?(?:{_CLOCK}(?!\d)|noon|midday)\b)"
)
# the modal, the end word (which says the bound), then "for" or not: one phrase rule
_cue_rule(
    "bound_prefix",
    lx.CuePhrase((_MODALS,), {e: ("before", True) for e in _ENDS}, after=(("", "for"),)),
    "bound",
    then=_ENDED,
)
# "finishing at 4 is fine", "finishing 2pm would be ideal": the end said as a wish. Not
# "finishing around 5 would be ideal": a wish to end near 5, which a bound before reads
# as any earlier time (w65-041's top moved to the morning), so its clock stays a time.
_SUITS = ("fine", "ok", "okay", "good", "great", "ideal", "perfect", "best", "alright")
_cue_rule(
    "bound_prefix",
    {"finishing": ("before", True)},
    "bound",
    then=rf"(?=\s+(?:at\s+)?{_CLOCK}(?!\d)\s+(?:would\s+be|is|['’]s|works)\s+"
    rf"(?:{'|'.join(_SUITS)})\b)",
)
# "is fine for finishing", "would be ideal to be done": the verb, the word that suits, "for"
# or "to", then the end word, as one phrase rule; "a 4pm finish", "4pm finish time" alone
_SUITS_END = ("finish", "finishing", "end", "ending", "be done", "be finished", "wrap up")
_cue_rule(
    "bound_suffix",
    lx.CuePhrase(
        (("is", "'s", "would be", "works"), _SUITS, ("for", "to")),
        {e: ("before", True) for e in _SUITS_END},
    ),
    "bound_post",
)
_cue_rule(
    "bound_suffix", {"finish": ("before", True), "finish time": ("before", True)}, "bound_post"
)
