"""What a turn's reading says, as the session uses it, and the words the session hands
grounding before a turn: what the turn names but asks nothing of, the orders it asks for
("asap"), whether it says anything at all or may point at a shown option, and the
antecedent of "same time" or "the week after" in the session's state (`session_context`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from slotwise import conversation as conv
from slotwise.conversation_rules import clock_held, day_mentioned, names_days
from slotwise.conversation_sorts import ASK_RULES as ASK_RULES  # the home of the orders
from slotwise.extractor.pipeline import MessageReading
from slotwise.schemas import Constraint, ScheduleRequest
from slotwise.solvers.words import clock_said


def mentions_as_constraints(reading: Any) -> list[Constraint]:
    """What a cancelling turn names but asks nothing of ("the Wednesday appointment")."""
    return [
        Constraint(
            id=f"m{i}",
            text=m.text,
            span=m.span,
            kind="require",
            strength="hard",
            intervals=m.intervals,
            resources=[m.resource] if m.resource else [],
            alternatives=m.alternatives,
        )
        for i, m in enumerate(reading.mentions)
    ]


def session_context(
    state: dict[str, Any], req: ScheduleRequest, held: list[conv.Held], turns: list[dict[str, Any]]
) -> str | None:
    """The slot the conversation booked, in words grounding reads ("Thursday 14 January
    at 10:30am."), the antecedent of "the Friday before" or "same time" in a later turn;
    before a booking, the latest days asked for, in words that name days ("next week."
    for "the week after?", not "after 5 ideally"), else those ruled out ("monday at 9."
    of the slot a move leaves, for "later that week"); before any, the day an earlier
    turn named (`day_mentioned`: "is the 4th this week or next?", then "that day").
    Before a booking, the clock said last goes before those days (`clock_held`: "9am."
    of "Friday 18th, 9am if poss", for "the week after. same time"), and after a
    cancellation with nothing held, the slot cancelled ("can we do Wednesday instead?
    same time")."""
    tz = ZoneInfo(req.timezone)
    start = state.get("booked_start")
    if not start:
        # nothing booked yet: the days the conversation asked for last ("next week", then
        # "and the week after?"), in the words that said them
        days = [
            h.constraint
            for h in held
            if h.constraint.text
            and conv.sort_of(h.constraint) == "day"
            and names_days(h.constraint)
        ]
        # ... else the days ruled out ("he's supposed to come monday at 9", then "anything
        # later that week"), else a day named
        wished = [c for c in days if c.kind != "exclude"] or days
        said = str(wished[-1].text).rstrip(" .?!,") + "." if wished else day_mentioned(turns)
        gone = state.get("cancelled_start")
        lead = clock_held(held, said) or (None if held or not gone else slot_words(gone, tz))
        return " ".join(w for w in (lead, said) if w) or None
    return slot_words(start, tz)


def read_with_context(reading: MessageReading) -> bool:
    """Grounding read the turn after the session's context (`session_context`): the turn
    pointed back at a time it does not name ("one week later? same time")."""
    return any(s.step == "ground" and "context" in s.detail for s in reading.trace)


def slot_words(start: str, tz: ZoneInfo) -> str:
    t = datetime.fromisoformat(start).astimezone(tz)
    return f"{t:%A} {t.day} {t:%B} {t.year} at {clock_said(t)}."


def asks_of(reading: MessageReading) -> list[Constraint]:
    return [
        Constraint(
            id=f"ask{k}",
            text=text,
            span=span,
            kind="prefer",
            strength="soft",
            rule=f"ask.{which}",
        )
        for k, (text, span, which) in enumerate(reading.asks, 1)
    ]


def points(reading: MessageReading) -> bool:
    """The turn's context labels may point at a shown option: a booking-like turn that
    asks for no order of its own ("earlier the better, we're driving to Galway for
    Christmas after" asks, and Christmas is its reason)."""
    return reading.intent.name in conv.BOOKING_GOALS and not (
        reading.asks or reading.urgent or reading.latest or reading.duration_minutes
    )


def names_only(
    reading: MessageReading, named: list[Constraint], shown: list[dict[str, Any]]
) -> bool:
    """The turn may pick an option by what it names alone ("the 1:30", "9:30 pls", "the
    Thursday one", "Brenda's slot please" after options were `shown`): it may point at
    one (`points`), names a time or a provider, and asks for nothing else, no wish of its
    own, no provider left open."""
    return (
        bool(shown)
        and points(reading)
        and any(c.intervals or c.resources for c in named)
        and all(c.retracted for c in reading.constraints)
        and reading.anyone is None
    )


def says_anything(reading: MessageReading) -> bool:
    """The turn names a time, a provider, a length, "asap" or "whoever is free", or refers
    back to a time grounding could not find ("actually make it the week after"); a bare
    number it could not place ("9 is great, I'll take that") says nothing new."""
    return bool(
        reading.constraints
        or any(why == "no_antecedent" for _, _, why in reading.unread)
        or reading.mentions
        or reading.asks
        or reading.urgent
        or reading.latest
        or reading.anyone
        or reading.duration_minutes
    )
