"""A second booking said in the same message, with another resource: set aside.

"Can I book the van for next Friday, plus a tip slot the same day", "a tip slot on
Thursday and then the van on Friday", "one with Tane on Sat 5th morning and one with
Bella the following Monday evening": two appointments, each with its own resource. The
engine books one appointment per message, and read as one booking the two resources
"cannot all hold together" (each appointment takes one). So the first booking is
booked, and what is said from the second resource on is set aside as context, like any
other word about another appointment; the customer books the second after the first.

The second booking starts at a resource the customer requires or prefers that

- is another resource than one required or preferred before it,
- comes after a time said for the first ("the van for next Friday, plus ..."): two
  resources side by side ("Dr Kim and Dr Lee") are one list, read elsewhere,
- and follows "and", "plus", "and then", "and also", "also", "then", "as well as"
  (a few words may come between: "and I'll bring the rest to the tip", but no "not"),
  with no "or", "if", "otherwise", "instead" since the last wished words ("If she's not
  in Fridays then Dr. Webb" is a fallback, a choice).

A message that asks for them together ("together", "both", "at the same time", "at
once", "joint", "duo") is one booking that needs both, and keeps its reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from slotwise.extractor.interpretation import Candidate, CandidateLabel

# Between the first booking's last words and the second resource: a word that adds, then
# at most a few words ("and I'll bring the small stuff to the tip").
_ANOTHER = re.compile(
    r"(?:^|[\s,;.:!?-])(?:and(?:\s+(?:then|also))?|plus|also|then|as\s+well\s+as|&|\+)"
    r"(?P<rest>(?:\s+\S+){0,6}?)\s*$",
    re.IGNORECASE,
)
# Words since the last wish that make the second resource a choice or a change, not
# another booking ("If she's not in then Dr Webb"), and, after the word that adds, a "not"
# ("and not Lee"); a "not" before it is of the first booking ("20th or 22nd, not fussed.
# also want a tip slot").
_NOT_ANOTHER = re.compile(
    r"\b(?:or|if|otherwise|instead|rather|else|unless|either)\b", re.IGNORECASE
)
_NOT_AFTER = re.compile(r"\b(?:not|no|never)\b", re.IGNORECASE)
_TOGETHER = re.compile(
    r"\b(?:together|both|same\s+time|at\s+once|joint(?:ly)?|duo|simultaneous(?:ly)?)\b",
    re.IGNORECASE,
)
_WISHED = ("require", "prefer")


def second_booking_from(
    message: str, candidates: Sequence[Candidate], labels: Sequence[CandidateLabel]
) -> int | None:
    """The index of the candidate where a second booking starts, or None."""
    if _TOGETHER.search(message):
        return None
    resources: set[str] = set()
    time_since = False  # a time said for the first booking since its resource
    last = 0  # where the last wished word ended
    for cand, lab in zip(candidates, labels, strict=True):
        wished = lab.kind in _WISHED and not lab.retracted
        if cand.type == "resource" and cand.resource_id is not None and wished:
            if resources and cand.resource_id not in resources and time_since:
                between = message[last : cand.span[0]]  # "? If she's not in then Dr Webb"
                added = _ANOTHER.search(between)
                if (
                    added
                    and not _NOT_ANOTHER.search(between)
                    and not _NOT_AFTER.search(added.group("rest"))
                ):
                    return cand.index
            resources.add(cand.resource_id)
            time_since = False
        elif cand.type == "time" and resources and wished:
            time_since = True
        if wished:
            last = cand.span[1]
    return None


def set_aside_second_booking(
    message: str, candidates: Sequence[Candidate], labels: list[CandidateLabel]
) -> list[CandidateLabel]:
    """`labels` with the second booking's words made context (see the module)."""
    start = second_booking_from(message, candidates, labels)
    if start is None:
        return labels
    return [
        lab if i < start else lab.model_copy(update={"kind": "context", "modifies": None})
        for i, lab in enumerate(labels)
    ]
