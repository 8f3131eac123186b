"""Words around a short time word that make it a time: context for weak spellings.

- `pod_said_alone`: "morn" / "eve" said as a clause of its own ("satdy wk, either van,
  morn", "sat or sun? eve preferred"); "Thanks, Eve." stays a name; "smoko onwards".
- `TIME_WORDS_BEFORE`: words before a dotted clock that name a time of day ("same time,
  10.30", "same time (11.40)", "she's down for 12.15", "the time can stay as it is,
  9.20"), so "10.30" there is 10:30, not a price.
- `dot_clock_asked`: a dotted clock asked for ("can i do 12.30?", "11.45 can?", "make it
  9.15", "the earliest we can come is 9.15").
- `dot_clock_wished`: a dotted clock wished for ("I would prefer 1.30", "can it be 10.30
  instead", "ideally 9.45") or read off a timetable ("the bus gets in 9.40", "I must catch
  the 12.05 home", "the 8.15 train", "my flight lands 6.50"): a time, though it may be
  the customer's own (G44).
"""

from __future__ import annotations

import re

_CLAUSE_BEFORE = re.compile(r"(?:[,;?!.]|\s[-–—])\s*$")
_POD_WISH_AFTER = re.compile(
    r"\s*(?:preferred|pref|prefered|ideally|pls|plz|please|only|if\s+poss(?:ible)?|works|"
    r"is\s+best)\b",
    re.I,
)
_POD_CLAUSE_AFTER = re.compile(r"\s*(?:[.!?;,]|$)|" + _POD_WISH_AFTER.pattern, re.I)


_BOUND_AFTER = re.compile(r"\s*(?:onwards?|or\s+later|or\s+after|and\s+later)\b", re.I)


def pod_said_alone(text: str, start: int, end: int, word: str) -> bool:
    """A short part of the day ("morn", "eve") after a comma or a sentence's end, and
    before the next one or a word of wishing; "eve" only before such a word. "smoko"
    (Australian: the mid-morning break) is a time as a bound's anchor ("after smoko" by
    the word before it, "smoko onwards" here), not alone ("smoko time tmrw? like 10")."""
    if word == "smoko":
        return _BOUND_AFTER.match(text, end) is not None
    if word not in ("morn", "eve") or not _CLAUSE_BEFORE.search(text, 0, start):
        return False
    after = _POD_WISH_AFTER if word == "eve" else _POD_CLAUSE_AFTER
    return after.match(text, end) is not None


TIME_WORDS_BEFORE = re.compile(
    r"\b(?:same\s+(?:time|hour|slot)(?:\s+as\s+(?:before|last\s+time|usual))?|"
    r"(?:down|booked|booked\s+in|pencilled\s+in|penciled\s+in|scheduled)\s+for|"
    r"the\s+time\s+(?:is|was|would\s+be|can\s+stay|stays|of))[^.?!\d$£€]{0,24}$",
    re.I,
)


# A dotted clock asked for: "can i do 12.30?", "11.45 can?", "make it 9.15", "the
# earliest we can come is 9.15", "10.45 possible?"
_DOT_ASKED_BEFORE = re.compile(
    r"\b(?:(?:can|could)\s+(?:i|we|u|you)\s+(?:do|come(?:\s+in)?(?:\s+at)?)|make\s+it|"
    r"(?:time|earliest|latest)\s+(?:i|we)\s+(?:can|could)\s+(?:come|do|make\s+it)\s+is)\s+$",
    re.I,
)
_DOT_ASKED_AFTER = re.compile(
    r"\s*(?:\?|(?:can|could|would|will)\s*(?:\?|(?:do|work|be|pls|please)\b)|possible\b)", re.I
)


def dot_clock_asked(text: str, start: int, end: int) -> bool:
    """The dotted clock at `start`-`end` is asked for, by the words before or after it."""
    return bool(_DOT_ASKED_BEFORE.search(text, 0, start) or _DOT_ASKED_AFTER.match(text, end))


# Words of wishing right before a dotted clock: "I'd prefer 1.30", "can it be 10.30",
# "ideally 9.45", "rather 2.15", "hoping for 11.30", "would 3.45 suit".
_DOT_WISHED_BEFORE = re.compile(
    r"\b(?:prefer(?:ably)?|ideally|rather|hoping\s+for|hope\s+for|aiming\s+for|"
    r"(?:can|could|would|will)\s+(?:it|that|we)\s+be|would|how\s+about|what\s+about|"
    r"best\s+(?:is|would\s+be)|better|rather\s+than|instead\s+of)\s+$",
    re.I,
)
_DOT_WISHED_AFTER = re.compile(
    r"\s*(?:instead|rather|suit|if\s+(?:possible|poss|you\s+can|that['’]?s\s+(?:ok|free)|"
    r"(?:he|she|they|you|u)\s+(?:has|have|got)\s+(?:it|one|room|space))|"
    r"would\s+(?:suit|be\s+(?:best|ideal|better|great|perfect)))\b",
    re.I,
)
# A timetable's words: "the bus gets in 9.40", "catch the 12.05 home", "the 8.15 train",
# "my flight lands at 6.50", "the ferry leaves 10.20".
_TIMETABLE_BEFORE = re.compile(
    r"\b(?:gets?\s+in|arrives?|lands?|leaves?|departs?|comes?\s+in|finish(?:es)?|ends|starts|"
    r"gets?\s+out|lets?\s+out|closes|opens|kicks\s+off|"
    r"(?:catch|get|take|make|miss|on)\s+the|due\s+(?:in|at))\s+(?:at\s+)?$",
    re.I,
)
_TIMETABLE_AFTER = re.compile(
    r"\s*(?:home\b|back\b|train|bus|ferry|flight|tram|coach|service|departure|arrival)", re.I
)
_MONEY_NEAR = re.compile(
    r"[$£€]|\b(?:costs?|price|fee|pay|paid|bill|pounds|dollars|euros?)\b", re.I
)


def dot_clock_wished(text: str, start: int, end: int) -> bool:
    """The dotted clock at `start`-`end` is wished for or read off a timetable, by the
    words before or after it (never where money is talked of nearby)."""
    if _MONEY_NEAR.search(text, max(0, start - 30), min(len(text), end + 20)):
        return False
    before = text[max(0, start - 30) : start]
    return bool(
        _DOT_WISHED_BEFORE.search(before)
        or _DOT_WISHED_AFTER.match(text, end)
        or _TIMETABLE_BEFORE.search(before)
        or (_TIMETABLE_AFTER.match(text, end) and re.search(r"\bthe\s+$", before, re.I))
    )
