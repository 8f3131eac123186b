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
        k = full.index((a, b))
        if k > 0 and _BACK.search(message, a, b):
            # a sentence that names its thing only as "they" / "those" is about the thing
            # the sentence before it names: "I ordered the Horizon lenses last week. How
            # much will they cost?"
            a = full[k - 1][0]
    return _trim(message, a, b)


# a pronoun that points back to a thing named before ("how much will they cost", "are
# those in stock", "can I return it")
_BACK = re.compile(r"\b(?:they|them|those|these|it)\b", re.I)


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


QUESTION_GOALS = {"other", "availability"}
# "and a laptop hinge", "And my grandson needs a driving test", "and what about for a deep
# cleaning", "also the private sessions": a question that opens by naming another thing
# ... also inside a question about it: "and does she do nutrition coaching too", "and
# does Giulia do the facials", "And how much is psychotherapy per session?", "And how
# much is it for the wax removal", "and is a dental cleaning a lot more", "And what's the
# price for a headshot package?", "and what about malaria tablets" (not what a
# thing has or takes: "and do you have the rayban frames in stock", "and do u take hsa
# cards", "and is the deadline this friday")
# a thing named without a determiner, after words that ask about it ("how much is
# psychotherapy", "what about malaria tablets"): not a pronoun, a time or a quantity
_BARE_THING = (
    r"(?!(?:it|that|this|these|those|they|them|there|him|her|us|me|you|u|anything|something|"
    r"one|ones|with|without|if|"
    r"on|in|at|per|to|extra|more|less|too|also|total|altogether|now|then|"
    r"today|tonight|tomorrow|tmrw?|next|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|"
    r"sat(?:ur)?|sun)(?:day)?s?)\b|\d)"
    r"[a-z][^,.;:!?]+"
)
_ADDS = re.compile(
    r"^\W*(?:(?:ok|okay|oh|hmm|right|thanks|thank\s+you|cool|great)\W+)*(?:and|also|n|&)\s+"
    r"(?P<about>(?:what|how)\s+about\s+)?(?:for\s+)?"
    r"(?:(?P<ask>how\s+much\s+(?:is|are|does|do)\s+(?:it\s+)?(?:for\s+)?|"
    r"what(?:'s|\u2019s|s|\s+is|\s+are)\s+the\s+(?:price|cost|fee|charge)s?\s+(?:for|of)\s+|"
    r"(?:does|do|can|will)\s+(?:she|he|they|you|u|ye|[A-Z][a-z]+)\s+(?:do|handle|offer)\s+)|"
    r"(?:is|are)\s+(?=(?:a|an)\s))?"
    r"(?P<np>(?:a|an|the|my|his|her|our|their|your)\s+[^,.;:!?]+|"
    rf"(?(ask){_BARE_THING}|(?(about){_BARE_THING}|(?!))))",
    re.IGNORECASE,
)
# the words that end the name of the thing: "a wheel alignment on top", "my grandson needs
# a driving test", "the signature one does that include"
_NAME_ENDS = re.compile(
    r"\b(?:a|an|the|on|of|for|from|with|in|at|to|is|are|was|be|does|do|did|that|this|"
    r"those|these|it|its|them|they|one|ones|too|also|as|or|and|but|if|so)\b",
    re.IGNORECASE,
)
_DETERMINERS = {"a", "an", "the", "my", "his", "her", "our", "their", "your"}


def _content(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _DETERMINERS]


def adds_item(message: str, earlier: list[str]) -> tuple[int, int] | None:
    """The sentence of a question that adds another item to the questions before it
    (`earlier`, their messages): it opens with "and" / "also" and a thing named by a
    determiner whose words none of them said ("how much for pixel 6 screen", then "and a
    laptop hinge, hp envy"; "do u accept cigna ppo", then "and what about for a deep
    cleaning, is that covered"). A question that goes on about the same thing names it
    in a word said before ("And the peeling, how many times must I do it?" after
    "chemical peeling or laser"; "And the price per session?" after "how many
    sessions") or names nothing ("and do they expire", "and price?", "and alignment on
    top of that")."""
    m = _ADDS.match(message)
    if m is None:
        return None
    np = m.group("np")
    end = _NAME_ENDS.search(np, len(np.split(None, 1)[0]) + 1)
    name = _content(np[: end.start()] if end else np)
    said = {w for msg in earlier for w in _content(msg)}
    if not name or any(same_word(w, s) for w in name for s in said):
        return None
    a = m.start("np")
    s = next((s for s in _sentences(message) if s[0] <= a < s[1]), (0, len(message)))
    return _trim(message, s[0], s[1])


def same_word(a: str, b: str) -> bool:
    """One word, also in another form ("session" / "sessions", "clean" / "cleaning")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def added_item(questions: list[dict[str, Any]]) -> tuple[int, int, int] | None:
    """(turn, start, end) of the latest of `questions` (a run of question turns, first
    first) that adds another item to those before it (`adds_item`)."""
    for k in range(len(questions) - 1, 0, -1):
        span = adds_item(questions[k]["message"], [q["message"] for q in questions[:k]])
        if span is not None:
            return questions[k]["turn"], *span
    return None


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
    booked_before: list[Held] | None = None,
) -> tuple[int, int, int] | None:
    """(turn, start, end) of what "cancel that" means.

    1. what the cancelling turn names itself ("cancel the Wednesday appointment", also
       in a reason: "he has a match tomorrow evening, cancel that"): the held wish with
       the same days or words, else the wish of an earlier booking that a second one
       took the place of (`booked_before`: "a first meeting on Tuesday", then "also a
       video call the Thursday after", then "cancel the Tuesday one"), and the request
       it belongs to (`item_span`); a held wish said after the booking was asked for (a
       move, "can we do the 26th same time instead", or a limit, "not before 11") is the
       booking's, and means the booking (2.);
    2. else the booking the conversation established (from the turn whose goal first
       became a booking, not the pick or the move after it): questions asked after
       it are asides, not items;
    3. else, when nothing was booked, the latest question of the run at the end that
       adds another item to it (`adds_item`: "how much for pixel 6 screen", then "and a
       laptop hinge, hp envy": the hinge);
    4. else the availability question the latest questions
       follow ("whats open saturday", "anything w luis after 3", "no show policy?",
       "cancel that": the first turn of that run of availability turns);
    5. else the item the latest run of questions is about: its first turn (pricing,
       then specs, then a comparison are all about turn one's item);
    6. else the turn before.
    `turns`: earlier turns as ``{"turn", "message", "goal", "constraints"}``.
    """
    # the booking being made first, then the ones made before it, the latest first
    items = [*reversed(held), *reversed(booked_before or [])]
    for c in mentioned:
        # an exclusion books nothing: "can't have the kids this week" names no item
        # among "this week" and "not today or tomorrow"
        for h in [h for h in items if h.constraint.kind != "exclude"]:
            old = h.constraint
            if (c.intervals and overlap(old, c) and sort_of(old) == sort_of(c)) or same_words(
                old, c
            ):
                assert old.span is not None
                if booking_turn is not None and h.turn > booking_turn and h in held:
                    break  # a wish said for the booking made (a move, a limit): that booking
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
    if booking_turn is None:
        added = added_item(_trailing(turns, QUESTION_GOALS))
        if added is not None:
            return added
    chosen = booking_turn or asked or topic or turns[-1]["turn"]
    t = next(t for t in turns if t["turn"] == chosen)
    own = [Constraint.model_validate(c) for c in t.get("constraints", [])]
    a, b = item_span(t["message"], own, asks)
    return chosen, a, b
