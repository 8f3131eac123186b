"""What a turn's reading says, as the session uses it, and the words the session hands
grounding before a turn: what the turn names but asks nothing of, the orders it asks for
("asap"), whether it says anything at all or may point at a shown option, and the
antecedent of "same time" or "the week after" in the session's state (`session_context`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from slotwise import conversation as conv
from slotwise.conversation_rules import clock_held, day_mentioned, names_days
from slotwise.conversation_sorts import ASK_RULES as ASK_RULES  # the home of the orders
from slotwise.extractor.pipeline import MessageReading
from slotwise.extractor.placed_against import PlacedAgainst
from slotwise.schemas import Constraint, Mention, ScheduleRequest
from slotwise.solvers.words import clock_said

# the goals a turn's words may ask against the conversation's bookings or options in:
# a search, or an aside the reader read ("and me straight after her", "anything earlier?")
ASKS_OR_ASIDE = conv.BOOKING_GOALS | {"other"}


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


# words that ask for a visit in the sentence of an aside's placing: a verb that books or
# puts someone in ("could Kiki have the hour after Bruno's?", "can he go right after
# her", "May I book it immediately after mine?", "put him in right behind her"), the
# visit named ("a kids check straight after mine", "a foot one", "la cita"), or one more
# of it ("and me too, straight after"; not "also", which opens questions as well: "also
# is it ok that she ate right before?")
_ASKS_A_VISIT = (
    "book", "booking", "booked", "add", "get", "have", "go", "come", "put", "fit",
    "squeeze", "schedule", "take", "slot", "spot", "appointment", "appt", "session",
    "visit", "check", "checkup", "one", "turn", "needs", "need", "wants", "want",
    "would like", "i'd like", "lesson", "class", "fitting", "consult", "exam", "service",
    "too", "as well", "reservar", "cita", "turno", "hora", "pasar", "ir", "venir",
    "meter", "agendar", "también", "and me", "then me", "me next", "y yo",
)  # fmt: skip
_ASKS_A_VISIT_RE = re.compile(rf"\b(?:{'|'.join(_ASKS_A_VISIT)})\b", re.IGNORECASE)
# a sentence ends at a stop, a question or an exclamation mark, or a new line
_SENTENCE_END = re.compile(r"[.?!\n]+")


def _sentence(message: str, span: tuple[int, int]) -> str:
    """The sentence of `message` that holds `span`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(message, 0, span[0])]
    after = _SENTENCE_END.search(message, span[1])
    return message[(ends[-1] if ends else 0) : (after.start() if after else len(message))]


def asks_a_visit(message: str, fact: PlacedAgainst) -> bool:
    """An aside's placing asks for a visit: it touches a booking it names ("DeShawn right
    after Kayla", "And his sister Maisie straight after him?"), or its sentence asks for
    a visit in words (`_ASKS_A_VISIT`: "could Kiki have the hour
    after Bruno's?", "Can I add a brow tint straight after?", "and me too, straight
    after"); not a question whose placing only says when ("is it ok that she ate right
    before?", "can my mother sit in the day room after hers until I collect her?", "how
    long does redness last after the peel? I have a dinner that evening")."""
    if fact.right and fact.named is not None:
        return True
    said = _sentence(message, fact.span)
    return _ASKS_A_VISIT_RE.search(said) is not None


def placings(reading: MessageReading, message: str) -> list[PlacedAgainst]:
    """The placings of a turn (`MessageReading.placed`) the session reads: all of a turn
    that asks for slots; of an aside (`other`), those that name a person or nothing, or
    touch the booking they name ("and me straight after her", "right after the repair"),
    not a thing said in passing ("what food is better now, after the vomiting?", "what if
    the permit runs out before the appt?"), and that ask for a visit (`asks_a_visit`)."""
    if reading.intent.name != "other":
        return reading.placed
    return [
        p
        for p in reading.placed
        if (p.right or p.named_sort != "thing") and asks_a_visit(message, p)
    ]


def asks_after_all(
    reading: MessageReading,
    placed: list[Constraint],
    shown: list[dict[str, Any]],
    searching: str | None,
) -> MessageReading:
    """`reading`, as a turn that asks for slots where the reader read an aside (`other`)
    whose words ask against what the conversation booked or showed: a placing that names
    a booking made (`placed`: "and me straight after her", "DeShawn right after Kayla",
    "my wife needs one too, straight after mine") asks for another booking (`book`); an
    ask past the options `shown` ("anything earlier?", "nothing later?? ugh", "later? 7
    is grim") goes on with the search it follows (`searching`: the goal of the latest
    turn that asked for slots). Otherwise `reading` as it is."""
    if reading.intent.name != "other":
        return reading
    if placed:
        name = "book"
    elif reading.beyond and shown and searching is not None:
        name = searching
    else:
        return reading
    return replace(reading, intent=reading.intent.model_copy(update={"name": name}))


# "the one with Keisha", "that one w/ Dr Budi": an option shown, by its provider
_ONE_WITH = re.compile(r"\b(?:the|that)\s+one\s+(?:with|w/?|wit|con)\s*$", re.IGNORECASE)


def one_with(reading: MessageReading, message: str) -> MessageReading:
    """`reading` with a provider said after "the one with" ("ok great, the one with
    Keisha please", "I will choose the one with Mr. Leblanc", "the one w grace") as a
    mention, whatever the reader's label: it points at an option shown by its provider
    (`conversation_picks.described`), it asks for no provider (the writers label it so
    every time)."""
    said = [
        c
        for c in reading.constraints
        if len(c.resources) == 1
        and not c.intervals
        and c.span is not None
        and _ONE_WITH.search(message, 0, c.span[0]) is not None
    ]
    if not said:
        return reading
    gone = {id(c) for c in said}
    return replace(
        reading,
        constraints=[c for c in reading.constraints if id(c) not in gone],
        mentions=[
            *reading.mentions,
            *(
                Mention(text=c.text or "", span=c.span, type="resource", resource=c.resources[0])
                for c in said
                if c.span is not None
            ),
        ],
    )
