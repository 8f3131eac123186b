"""A range of clock times that is the booking itself: "room 3 from 10 to 12", "the
simulator 7-10pm", "court 2 from 6 to 8", "can we book B for Wednesday, half two till
half six".

A range is read as a window: a visit of the asked length lies somewhere inside it
("any time between 10 and 2", "I'm free 1-5"). Writers who hire a room, a court, a
studio or a machine by the hour mean the range as the booking: it runs the whole range.
Across the training writers, of the clock ranges wished for with no length stated and
longer than the default visit, those said of a thing hired by the hour with no word of
availability around them were the booking (46) or expected no length with the range
itself as the first window (21); said of a service (a tutor, a plumber, a haircut) they
were a window 64 times to 5; "between", "any time", "free", "only" made a window
whatever was booked (381 to 2). See docs/grounding.md.

So grounding records on such a range a `BookedSpan` (its length, the two readings
ranked, and the words naming what is hired): the booking first when the message names a
thing hired by the hour (`HIRED`), the window first otherwise. Words of availability
(`WINDOW_BEFORE`, `WINDOW_AFTER`) leave the range a window, with no fact. The pipeline
takes the range's length as the visit's when the fact's best reading is the booking and
the message states no length ("for 2 hours from 7" keeps its two hours).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.lexicon_context import BETWEEN_WORDS
from slotwise.extractor.grounding.mention import BookedSpan, Reading
from slotwise.extractor.grounding.symbolic import Sym

# Things hired by the hour: said in the message, they make a range the booking ("room 3
# from 10 to 12", "the sim 7-10pm", "court 2 from 6 to 8", "the darkroom 6 to 9"). Not
# "space" ("do you have space between 11 and 3"), nor "bay" (a garage's service bays).
HIRED: tuple[str, ...] = (
    "room",
    "rooms",
    "boardroom",
    "darkroom",
    "court",
    "courts",
    "sim",
    "sims",
    "simulator",
    "simulators",
    "studio",
    "studios",
    "booth",
    "patio",
    "terrace",
    "hall",
    "pitch",
    "lane",
    "lanes",
    "rink",
    "desk",
    "kiln",
    "venue",
)
# Words of availability before a range, in its clause: the range is when the customer can
# come, a window ("any time from 10 to 2", "I'm free 1-5", "home from 9 till 12", "what's
# open 12-2", "he can only do 10 to 12", "my lunch break (12-1)").
WINDOW_BEFORE: tuple[str, ...] = (
    *BETWEEN_WORDS,
    "any time",
    "anytime",
    "anything",
    "anywhere",
    "any slot",
    "any slots",
    "any opening",
    "any openings",
    "sometime",
    "something",
    "whenever",
    "free",
    "available",
    "avail",
    "home",
    "only",
    "off",
    "open",
    "can do",
    "can go",
    "can come",
    "window",
    "lunch",
    "break",
)
# ... and right after it: "12 to 1 only", "2-4 window", "1:30 to 3 free".
WINDOW_AFTER: tuple[str, ...] = ("only", "window", "free", "ish")

_HIRED = re.compile(r"\b(?:" + "|".join(HIRED) + r")\b", re.I)
_WINDOW_BEFORE = re.compile(
    r"(?<![\w/])(?:" + "|".join(re.escape(w) for w in WINDOW_BEFORE) + r")(?![\w/])", re.I
)
_WINDOW_AFTER = re.compile(r"\s*(?:" + "|".join(WINDOW_AFTER) + r")\b", re.I)
# Where the clause of a range starts: the sentence's end, a bracket, a line break.
_CLAUSE_BREAK = re.compile(r"[.!?;(\n]")


def hired_in(text: str) -> re.Match[str] | None:
    """The first word of `text` naming a thing hired by the hour ("Elbe room": "room")."""
    return _HIRED.search(text)


def _clause_before(text: str, start: int) -> str:
    head = text[:start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    return head[breaks[-1] if breaks else 0 :]


def said_as_window(text: str, span: tuple[int, int]) -> bool:
    """Words of availability around the range at `span` make it a window."""
    before = _clause_before(text, span[0]) + text[span[0] : span[1]]
    return bool(_WINDOW_BEFORE.search(before) or _WINDOW_AFTER.match(text, span[1]))


def booked_span(
    text: str, span: tuple[int, int], sym: Sym, readings: list[Reading]
) -> BookedSpan | None:
    """The fact that the clock range at `span` may be the booking itself, or None: not
    a range of two clocks, negated, bounded, a length of its own, or said as a window."""
    tod = sym.tod
    if (
        tod is None
        or tod.kind != "range"
        or tod.a is None
        or tod.b is None
        or tod.a.kind != "clock"
        or tod.b.kind != "clock"
        or sym.negated
        or sym.bound
        or sym.is_length
        or sym.until is not None
        or not readings
        or not readings[0].intervals
    ):
        return None
    lengths = {int((b - a).total_seconds()) // 60 for a, b in readings[0].intervals}
    if len(lengths) != 1 or said_as_window(text, span):
        return None
    (minutes,) = lengths
    hired = next((m for m in _HIRED.finditer(text) if not (span[0] <= m.start() < span[1])), None)
    if hired is None:
        return BookedSpan(minutes, ("window", "booking"))
    return BookedSpan(minutes, ("booking", "window"), hired.group(0), hired.span())


def hired_by_name(booked: BookedSpan, words: str, span: tuple[int, int]) -> BookedSpan:
    """The fact when the message names a resource hired by the hour by a name without
    the noun ("elbe" for the Elbe room, "B" for Studio B): the booking comes first."""
    if booked.books:
        return booked
    return BookedSpan(booked.minutes, ("booking", "window"), words, span)
