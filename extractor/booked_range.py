"""A range that is the booking itself, in the `constrain` step: its length is the visit's.

Grounding records on a range of clock times that may be the booking's own span a
`BookedSpan` ("court 2 from 6 to 8": 120 minutes, the booking first; see
`grounding/booked_span.py`). When the message states no length, the first range wished
for whose best reading is the booking sets the visit's length (`booked_range`); the
trace says which range, what made it the booking and the other reading
(`duration_from`). A part of the day wished for beside it is loose and holds the range
(`held_by_range`: "the evening before, 7-10pm" runs to 22:00).
"""

from __future__ import annotations

from datetime import datetime

from slotwise.extractor.grounding import TimeMention
from slotwise.extractor.grounding.mention import BookedSpan
from slotwise.extractor.interpretation import Candidate, CandidateLabel
from slotwise.extractor.resources import ResourceMention

_WISH = frozenset({"require", "prefer"})


def booked_range(
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    labels: list[CandidateLabel],
    set_aside: list[int],
) -> tuple[int, BookedSpan] | None:
    """The first range wished for whose best reading is the booking itself ("room 3 from
    10 to 12", "elbe 6-8pm"), with its index; None when none is, or when two such ranges
    differ in length (one visit cannot run both: "5-8pm ... ok then 5-7"). A range ruled
    out, set aside or taken back says nothing of the visit's length."""
    booked: list[tuple[int, BookedSpan]] = []
    for i, cand in enumerate(candidates):
        src = sources[i]
        lab = labels[i]
        if (
            cand.type == "time"
            and isinstance(src, TimeMention)
            and src.booked_span is not None
            and src.booked_span.books
            and lab.kind in _WISH
            and not lab.retracted
            and i not in set_aside
        ):
            booked.append((i, src.booked_span))
    if not booked or len({fact.minutes for _, fact in booked}) > 1:
        return None
    return booked[0]


def duration_from(
    candidates: list[Candidate], booked: tuple[int, BookedSpan], default_minutes: int
) -> dict[str, object]:
    """What the trace says of a length read from a range: the range, the words that made
    it the booking, and the other reading (a visit of the default length inside it)."""
    i, fact = booked
    return {
        "text": candidates[i].text,
        "span": list(candidates[i].span),
        "minutes": fact.minutes,
        "hired": fact.hired,
        "readings": list(fact.readings),
        "otherwise": f"a {default_minutes}-minute visit inside {candidates[i].text!r}",
    }


def held_by_range(
    windows: list[tuple[datetime, datetime]],
    src: TimeMention,
    label: CandidateLabel,
    booked: TimeMention | ResourceMention,
) -> list[tuple[datetime, datetime]]:
    """A part of the day wished for beside the booked range, widened to hold the range
    where they meet: "Saturday afternoon ... I'd like it 2 to 6pm" is 12:00-18:00, "the
    evening before, 7-10pm" 17:00-22:00. Writers say the part of the day loosely and the
    range exactly; read apart, the two left no room for the booking."""
    if (
        src is booked
        or not isinstance(booked, TimeMention)
        or booked.reading is None
        or src.reading is None
        or src.reading.grain != "part_of_day"
        or label.kind not in _WISH
    ):
        return windows
    spans = booked.reading.intervals
    return [
        (
            min([a, *(ra for ra, rb in spans if ra < b and a < rb)]),
            max([b, *(rb for ra, rb in spans if ra < b and a < rb)]),
        )
        for a, b in windows
    ]
