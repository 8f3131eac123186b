"""Named rules of what a turn picks among the options shown, and of what it refers back to.

Beside `slotwise.conversation` (its `pick` reads ordinals, "the 3pm", confirmations);
each rule here is keyed to the turn's labels and the session's state, not to words:

| rule              | what a turn says                              | what it picks or refers to       |
| ----------------- | --------------------------------------------- | -------------------------------- |
| `described`       | "7pm one!", "k 4pm" (shown: Tue, Wed, Thu at   | the first shown option that all  |
|                   | 7pm); "oh tonight?? yes 6 pls"; "the thurs    | the turn's context labels (a     |
|                   | one pls" (shown: next week's Wed, Thu, Fri)   | time, a provider) describe       |
| `picks_nothing`   | "ok cancel that appointment then, I'll try    | nothing: a cancellation picks no |
|                   | TurboTax first"; "is it ok to bring my        | option, nor a question about     |
|                   | partner along to the first one?"              | something else                   |
| `latest_first`    | "same time thursday" after "wed" (turn 1) and | the wish said last, first        |
|                   | "wed at 7" (turn 2)                           |                                  |

A context label is what a turn names but asks nothing of (the writers' guide: "a pick by
time, 'the 3pm one', is context: it points at a shown option, it adds no wish"); a time
the turn asks for ("6pm if thats there", "k fri at 3 then") is a wish, not a pick.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from slotwise.schemas import Constraint

# how many weeks on a weekday named whole ("the thurs one") may lie from the options
# shown on that weekday: grounding reads a bare weekday as the next one, the options
# may be a week or more later
_WEEKS = 4


def _start(p: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(p["start"]))


def _whole_day(c: Constraint) -> bool:
    return len(c.intervals) == 1 and c.intervals[0].end - c.intervals[0].start == timedelta(days=1)


def _matches(c: Constraint, shown: list[dict[str, Any]]) -> list[int]:
    """The indexes of the shown options `c` describes: a provider's options; for a time,
    the options that start inside it (a clock time: the ones that start on it, "the 6pm"
    is not 6:30); a day named whole that holds no option describes the
    options on its weekday in the weeks after ("the thursday one", read as this week's
    Thursday, when next week's was shown)."""
    if not c.intervals:
        return [i for i, p in enumerate(shown) if p.get("resource") in c.resources]
    inside = [
        i for i, p in enumerate(shown) if any(s.start <= _start(p) < s.end for s in c.intervals)
    ]
    if all(s.end - s.start <= timedelta(hours=1) for s in c.intervals):
        return [i for i in inside if any(s.start == _start(shown[i]) for s in c.intervals)]
    if inside or not _whole_day(c):
        return inside
    day = c.intervals[0]
    return [
        i
        for i, p in enumerate(shown)
        if any(
            day.start + timedelta(weeks=w) <= _start(p) < day.end + timedelta(weeks=w)
            for w in range(1, _WEEKS + 1)
        )
    ]


def described(mentioned: list[Constraint], shown: list[dict[str, Any]]) -> int | None:
    """The index of the shown option a turn's context labels describe together, when it
    names at least one time and asks for nothing itself: each label narrows the options
    (`_matches`), and of those left the one shown first is meant ("7pm one!" when three
    days were shown at 7pm; "ok 10am with Arjun then"; "oh tonight?? yes 6 pls")."""
    if not shown or not any(c.intervals for c in mentioned):
        return None
    left = list(range(len(shown)))
    for c in mentioned:
        if not c.intervals and not c.resources:
            continue  # "him": a provider grounding could not name narrows nothing
        hits = set(_matches(c, shown))
        left = [i for i in left if i in hits]
    return left[0] if left else None


def picks_nothing(intent: str, sure: bool = False, message: str = "") -> bool:
    """A turn read as a cancellation picks no option, whatever ordinal or time it says
    ("ok cancel the lesson, il save up for the test first"); nor does a question read
    surely (`sure`) as about something else than booking, which names an option only to
    ask about it or not at all ("is it ok to bring my partner to the first one?", "I
    should have asked first - do you see under-18s?", "can you email me the
    confirmation? the last one went to spam")."""
    return intent == "cancel" or (intent == "other" and sure and "?" in message)


# what a turn did to an earlier wish, in the order it is reported: what it takes back
# in words first ("not luis, put me w dana thurs": luis), then what it rules out, then
# what it replaces, then the exclusions its wish lifts
_WHY_ORDER = {"retracted": 0, "ruled out": 1, "replaced": 2, "lifted": 3}


def latest_first(dropped: list[tuple[int, str]]) -> list[int]:
    """The order to report what a turn took back or replaced in (`dropped`: turn and why
    of each; the answer is their indexes): by why (`_WHY_ORDER`), and of what
    it replaced the wish of the latest turn first, else in the order the turn's own
    wishes replaced them ("same time thursday" after "wed" in turn 1 and "wed at 7" in
    turn 2: "wed at 7"; "Monday 28th is fine after all" after "not the 28th, the Wednesday,
    the 30th": the 30th, replaced, before the 28th, lifted)."""

    def key(k: int) -> tuple[int, int, int]:
        turn, why = dropped[k]
        order = _WHY_ORDER.get(why, len(_WHY_ORDER))
        if why != "replaced":
            return order, 0, k
        return order, -turn, k

    return sorted(range(len(dropped)), key=key)
