"""Reading a turn against the conversation so far: goal, picks, corrections, "cancel that".

Each function here is pure: it takes the session's state (the goal of every earlier
turn, the constraints that hold with their turn of origin, what was shown) and this
turn's reading (the reader's intent and labelled constraints), and says what changes.

| step       | needs                                   | adds                               |
| ---------- | --------------------------------------- | ---------------------------------- |
| `pick`     | message, reading, what was shown        | the shown proposal a turn picks    |
| `goal`     | reader intent, previous goal, pick      | this turn's goal                   |
| `revise`   | held constraints, this turn's ones      | what holds now, what was dropped   |
| `give_way` | what holds, wishes whose drop lets fit  | the earlier wish that gives way    |
| `cancels`  | goal of each turn, held constraints     | the item a "cancel that" means     |

Each step lives in a module named for what it does, and is importable from here:

| module                   | holds                                                  |
| ------------------------ | ------------------------------------------------------ |
| `conversation_picks`     | `pick`, `Pick`: the shown option a turn picks          |
| (this module)            | `goal`: this turn's goal                                |
| `conversation_revise`    | `Held`, `Revision`, `revise`, `give_way`: what holds   |
| `conversation_items`     | `item_span`, `cancel_target`: what a turn is about     |
| `conversation_which`     | `named_item`: which of several bookings a cancel names |
| `conversation_sorts`     | `sort_of`, `said_sort`: what sort of wish a constraint is |
| `conversation_open`      | `opened_by`: the wishes a turn that opens the choice takes back |
| `conversation_revert`    | `reverts`, `go_back`: "never mind, keep the original"  |

Two tables are words, in the way grounding's lexicon is: ordinals ("the second one")
and determiners ("the 3pm", "that Thursday slot"); beside them, the words that offer a
wish beside the ones held ("also", "or": `replaces_softly`) and those that open the
choice ("any", "anytime", "whenever": `conversation_open.opens`). Nothing else keys on words: what a
correction replaces follows from the reader's labels (retracted, exclude) and from the
sort of constraint (a day replaces a day, a time of day a time of day); what "cancel
that" means follows from the goal of each turn and what the turns are about.
"""

from __future__ import annotations

from slotwise.conversation_items import asked_turn, cancel_target, item_span
from slotwise.conversation_picks import Pick, pick
from slotwise.conversation_revise import Held, Revision, give_way, other_days, revise
from slotwise.conversation_rules import nothing_to_move
from slotwise.conversation_sorts import said_sort, sort_of

__all__ = [
    "BOOKING_GOALS",
    "CONTINUE_BELOW",
    "Held",
    "Pick",
    "Revision",
    "asked_turn",
    "cancel_target",
    "give_way",
    "goal",
    "item_span",
    "other_days",
    "pick",
    "revise",
    "said_sort",
    "sort_of",
]

BOOKING_GOALS = frozenset({"book", "reschedule", "availability"})
# Below this intent confidence a booking-like turn continues the goal before it
# ("after 2" while looking at availability stays availability). Tuned on the dev half.
CONTINUE_BELOW = 0.98


def goal(
    intent: str,
    confidence: float,
    previous: str | None,
    picked: bool,
    own: bool,
    searching: str | None = None,
    booked: bool = True,
) -> str:
    """This turn's goal. A pick continues the booking it picks in (`searching`: the goal
    of the latest turn that asked for slots, questions in between or not; after
    availability it books); a booking-like turn the reader is unsure of continues the
    goal before it, and so does a fragment it is unsure of that names a slot ("w the
    vet", "fri is better"). A move the reader is unsure of, while a search goes on and
    nothing is `booked` in the conversation (`nothing_to_move`), continues the search."""
    if nothing_to_move(intent, booked, previous, searching, confidence >= CONTINUE_BELOW):
        intent = str(searching)  # "hmm actually any day this week after 5 works"
    if picked and intent != "cancel":
        for before in (previous, searching):
            if before in {"book", "reschedule"}:
                return before
        return "book"
    if previous == "reschedule" and intent == "book" and own:
        return previous  # "wednesday would be best" while moving a booking: still the move
    if (
        intent in {"book", "availability", "other"}
        and previous in BOOKING_GOALS
        and previous != intent
        and own
        and confidence < CONTINUE_BELOW
    ):
        return previous
    return intent
