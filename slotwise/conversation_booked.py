"""Named rules of a turn about the slot already booked, read with the session's state.

| rule         | what a turn says                                | what it does                    |
| ------------ | ----------------------------------------------- | ------------------------------- |
| `asks_about` | "got a loan car for that day?", "and is the     | no move and no new wish: a      |
|              | loaner still ok for that day?" after a pick     | question about the booking      |
| `rules_out`  | "oh wait the 9th's no good after all" after the | a move: the slot booked cannot  |
|              | 9th was picked                                  | stay                            |
| `from_booked`| "could we do it an hour later?", "can we push   | the offset counts from the slot |
|              | that one day later?" after a pick               | booked, not from now            |
| `anchor`     | "or actually an hour later if he can" with      | ... or, nothing booked, from    |
|              | nothing booked but slots shown                  | the slot shown first            |
| `for_length` | "make it 2 hours" after "today 3pm" or          | the visit still starts then, at |
|              | "tomorrow 10-11"                                | its new length                  |

A reader that reads a turn alone sees "that day" and may take the question for a move
to that day; the session knows which day is booked. A move to the slot booked moves
nothing, so when the reader is not sure of the move and every wish the turn names holds
the booked slot, the turn asks about the booking and changes nothing that holds. And a
turn that rules out the slot booked moves it, whatever else the reader took it for.

Grounding reads a message alone, and "an hour later" said alone is an hour from now
(`units_ago`: "2 days ago", "an hour from now"). Once a slot is booked, "later" and
"earlier" move that slot: an hour later is an hour after its start, one day later the
day after its day. Before a pick, it moves the slot shown first (`anchor`: "Friday
same time", Friday 2pm shown, then "or actually an hour later if he can": Friday 3pm).
An offset said from now in words ("an hour from now") stays so.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from slotwise.constraint_facts import rule_parts
from slotwise.extractor.grounding.antecedents import LATER_EARLIER
from slotwise.schemas import Constraint, Span

_MOVES = frozenset({"book", "reschedule"})
# the grounding rule of an offset from now ("an hour later", "3 days ago")
OFFSET_RULE = "units_ago"


def asks_about(intent: str, sure: bool, wishes: list[Constraint], booked: datetime | None) -> bool:
    """After a slot was picked (its start `booked`), a turn read as a booking or a move,
    but not surely (`sure`), whose every wish is a time that holds the booked slot ("got
    a loan car for that day?": the booked day; "is the loaner still ok for that day?"):
    a question about the booking, not a move. A sure move stays one, and so does a turn
    that asks for anything the booked slot is not ("that day at 3 instead", "not that
    day"), or for nothing at all."""
    if booked is None or sure or intent not in _MOVES or not wishes:
        return False
    return all(c.kind != "exclude" and _holds(c, booked) for c in wishes)


def rules_out(wishes: list[Constraint], booked: datetime | None) -> bool:
    """After a slot was picked (its start `booked`), the turn rules out the slot booked
    ("oh wait the 9th's no good after all" when an option on the 9th was picked; "not
    before 10 though" after 9:00): the booking must move, so a booking turn is a move."""
    return booked is not None and any(c.kind == "exclude" and _holds(c, booked) for c in wishes)


def anchor(booked: datetime | None, shown: list[dict[str, Any]], another: bool) -> datetime | None:
    """The start a "later" or "earlier" offset counts from (`from_booked`): the slot
    booked, else the slot shown first (the one a pick of "the first" would book; "move
    it to Friday same time", then "or actually an hour later if he can": an hour after
    that slot), else none (from now). A second booking ("and one for my wife") moves
    nothing shown for the first."""
    if booked is not None:
        return booked
    if another or not shown or not shown[0].get("start"):
        return None
    return datetime.fromisoformat(str(shown[0]["start"]))


def _holds(c: Constraint, booked: datetime) -> bool:
    """One of `c`'s intervals holds the start of the slot booked."""
    return any(s.start <= booked < s.end for s in c.intervals)


def from_booked(c: Constraint, now: datetime, booked: datetime | None) -> Constraint:
    """`c`, an offset the turn says "later" or "earlier" ("an hour later", "one day
    later"), counted from the slot booked (its start `booked`) instead of from `now`:
    a time of day moves by the time between now and the booked start ("an hour later"
    after 2pm tomorrow was booked: 3pm tomorrow), whole days by the days between today
    and the booked day ("one day later" after Tuesday was booked: Wednesday). Anything
    else, or nothing booked, is `c` as it was; so is an offset grounding already
    counted from a time said (over several days, or from the slot booked when the turn
    pointed back at it: "can push one week later? same time")."""
    if booked is None or c.kind == "context" or len(c.intervals) != 1 or not c.text:
        return c  # from now, an offset is one window ("an hour later": that hour)
    if rule_parts(c) != [OFFSET_RULE] or not LATER_EARLIER.search(c.text.rstrip(" ?!.,")):
        return c
    tz = c.intervals[0].start.tzinfo
    booked = booked.astimezone(tz)
    here = now.astimezone(tz)
    span = c.intervals[0]
    if _whole_days(span.start, span.end):
        step = timedelta(days=(booked.date() - here.date()).days)
    else:
        step = booked - here
    spans = [span.model_copy(update={"start": span.start + step, "end": span.end + step})]
    return c.model_copy(update={"intervals": spans, "targets": [t + step for t in c.targets]})


def _whole_days(start: datetime, end: datetime) -> bool:
    """[start, end) is one or more whole days (midnight to midnight)."""
    return start.time() == time(0) and end.time() == time(0) and end > start


def for_length(c: Constraint, before: int, after: int) -> Constraint:
    """`c`, read when the booking was `before` minutes long, for a booking `after` minutes
    long ("today 3pm", then "make it 2 hours": 3 to 5; "tomorrow 10-11", then "hmm make
    it 2 hours": from 10 to 12). Grounding sizes a time the visit starts at by the
    length: a clock ("3pm": ``[15:00, 15:00 + length)``), an approximate one ("around
    2": its window and the length after it), and the writers read a range as long as the
    visit the same way; a wider window ("afternoons", "after 3"), a day or an exclusion
    is not sized by it and stays."""
    if before == after or c.kind == "exclude" or not c.intervals:
        return c
    grow = timedelta(minutes=after - before)
    was = timedelta(minutes=before)

    def sized(spans: list[Span]) -> list[Span]:
        return [Span(start=s.start, end=s.end + grow) for s in spans]

    if c.targets or all(s.end - s.start == was for s in c.intervals):
        parts = [p.model_copy(update={"intervals": sized(p.intervals)}) for p in c.parts]
        return c.model_copy(update={"intervals": sized(c.intervals), "parts": parts})
    return c
