"""What a turn is about, and what "cancel that" means.

`item_span` finds the request a turn makes, as a span of its message (the sentences
that hold its constraints, or the one that most asks for something); `cancel_target`
finds the turn and request a cancellation means, from the goal of each turn and what
held (`slotwise.conversation_revise.Held`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from slotwise.conversation_revise import Held
from slotwise.conversation_sorts import overlap, same_words, sort_of
from slotwise.schemas import Constraint

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# a title or an abbreviation whose full stop does not end the sentence ("Dr. Moreau")
_ABBREV = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|approx|appt|vs|etc|no)\.$", re.I)


def _sentences(message: str) -> list[tuple[int, int]]:
    """The sentences of `message` as spans, not split after a title ("Dr. Singh")."""
    out: list[tuple[int, int]] = []
    glue = False
    for m in _SENTENCE.finditer(message):
        if not m.group().strip():
            continue
        if glue and out:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
        glue = _ABBREV.search(message, 0, out[-1][1]) is not None
    return out


def item_span(
    message: str, constraints: list[Constraint], asks: Callable[[str], float] | None = None
) -> tuple[int, int]:
    """What a turn is about, as a span of its message: the sentences that hold its
    constraints; else the sentence that most asks for something (`asks`: the reader's
    probability that a sentence is a request to book or get something, not a question
    about it: "I want to order the blue ones" among "how much are they?"); else the
    first sentence."""
    spans = [c.span for c in constraints if c.span is not None]
    sentences = _sentences(message)
    if spans:
        a, b = min(s[0] for s in spans), max(s[1] for s in spans)
        # the request they belong to: the whole sentence(s), "can I get my nails done
        # Monday, half two", not only the time words ...
        inside = [s for s in sentences if s[0] < b and a < s[1]]
        if inside:
            # ... from the sentence that asks, when it comes first ("Can I book an eye
            # exam for my mom? ... Thursday would be ideal")
            before = [s for s in sentences if s[1] <= inside[0][0] and _words(message, s) > 2]
            if asks is not None and before:
                ask = max(before + inside[:1], key=lambda s: asks(message[s[0] : s[1]]))
                inside = [ask, *inside]
            a, b = _trim(message, inside[0][0], inside[-1][1])
        return a, b
    if not sentences:
        return 0, len(message)
    # a sentence of one or two words ("Morning.", "Hi there!") asks for nothing
    full = [s for s in sentences if _words(message, s) > 2] or sentences
    a, b = full[0]
    if asks is not None and len(full) > 1:
        # on a tie, the question over its preface ("Hi, I have two questions. First, do
        # you review lease agreements?")
        a, b = max(full, key=lambda s: (asks(message[s[0] : s[1]]), _asked(message, s)))
    return _trim(message, a, b)


def _asked(message: str, s: tuple[int, int]) -> bool:
    return message[s[0] : s[1]].rstrip().endswith("?")


def _words(message: str, s: tuple[int, int]) -> int:
    return len(message[s[0] : s[1]].split())


def _trim(message: str, a: int, b: int) -> tuple[int, int]:
    while a < b and message[a].isspace():
        a += 1
    while b > a and message[b - 1] in " \t.!?,":
        b -= 1
    return a, b


def _trailing(turns: list[dict[str, Any]], goals: set[str]) -> list[dict[str, Any]]:
    """The run of turns at the end of `turns` whose goals are in `goals`, first first."""
    k = len(turns)
    while k > 0 and turns[k - 1]["goal"] in goals:
        k -= 1
    return turns[k:]


def asked_turn(turns: list[dict[str, Any]]) -> int | None:
    """The first turn of the latest run of availability questions, questions about other
    things after it aside ("whats open saturday", "after 3?", "no show policy?")."""
    rest = turns[: len(turns) - len(_trailing(turns, {"other"}))]
    run = _trailing(rest, {"availability"})
    return run[0]["turn"] if run else None


def cancel_target(
    turns: list[dict[str, Any]],
    held: list[Held],
    mentioned: list[Constraint],
    booking_turn: int | None,
    asks: Callable[[str], float] | None = None,
) -> tuple[int, int, int] | None:
    """(turn, start, end) of what "cancel that" means.

    1. what the cancelling turn names itself ("cancel the Wednesday appointment", also
       in a reason: "he has a match tomorrow evening, cancel that"): the held wish with
       the same days or words, and the request it belongs to (`item_span`);
    2. else the booking the conversation established (from the turn whose goal first
       became a booking, not the pick or the move after it): questions asked after
       it are asides, not items;
    3. else, when nothing was booked, the availability question the latest questions
       follow ("whats open saturday", "anything w luis after 3", "no show policy?",
       "cancel that": the first turn of that run of availability turns);
    4. else the item the latest run of questions is about: its first turn (pricing,
       then specs, then a comparison are all about turn one's item);
    5. else the turn before.
    `turns`: earlier turns as ``{"turn", "message", "goal", "constraints"}``.
    """
    for c in mentioned:
        # an exclusion books nothing: "can't have the kids this week" names no item
        # among "this week" and "not today or tomorrow"
        for h in [h for h in reversed(held) if h.constraint.kind != "exclude"]:
            old = h.constraint
            if (c.intervals and overlap(old, c) and sort_of(old) == sort_of(c)) or same_words(
                old, c
            ):
                assert old.span is not None
                msg = next((t["message"] for t in turns if t["turn"] == h.turn), None)
                if msg is None:
                    return h.turn, old.span[0], old.span[1]
                # the request it belongs to, from the sentence that asks ("can I book a
                # trial lesson for Cian? tomorrow ... after 5")
                a, b = item_span(msg, [old], asks)
                return h.turn, a, b
    if not turns:
        return None
    topic = next((t["turn"] for t in _trailing(turns, {"other"})), None)
    # the availability question the questions after it were about
    asked = asked_turn(turns)
    chosen = booking_turn or asked or topic or turns[-1]["turn"]
    t = next(t for t in turns if t["turn"] == chosen)
    own = [Constraint.model_validate(c) for c in t.get("constraints", [])]
    a, b = item_span(t["message"], own, asks)
    return chosen, a, b
