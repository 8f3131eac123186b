"""Named rules of a turn about the slot already booked, read with the session's state.

| rule         | what a turn says                                | what it does                    |
| ------------ | ----------------------------------------------- | ------------------------------- |
| `asks_about` | "got a loan car for that day?", "and is the     | no move and no new wish: a      |
|              | loaner still ok for that day?" after a pick     | question about the booking      |
| `rules_out`  | "oh wait the 9th's no good after all" after the | a move: the slot booked cannot  |
|              | 9th was picked                                  | stay                            |

A reader that reads a turn alone sees "that day" and may take the question for a move
to that day; the session knows which day is booked. A move to the slot booked moves
nothing, so when the reader is not sure of the move and every wish the turn names holds
the booked slot, the turn asks about the booking and changes nothing that holds. And a
turn that rules out the slot booked moves it, whatever else the reader took it for.
"""

from __future__ import annotations

from datetime import datetime

from slotwise.schemas import Constraint

_MOVES = frozenset({"book", "reschedule"})


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


def _holds(c: Constraint, booked: datetime) -> bool:
    """One of `c`'s intervals holds the start of the slot booked."""
    return any(s.start <= booked < s.end for s in c.intervals)
