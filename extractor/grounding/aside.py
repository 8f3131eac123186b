"""Time-like words that grounding sets aside, with their spans, so a caller can warn.

`ground` returns only what it reads as a time. Some words look like one and are left
out on purpose, and a caller should know which, and why:

| reason | words | why they are not mentions |
| --- | --- | --- |
| `greeting` | "Good morning,", "good evening everyone" | a greeting, not a wish |
| `soonest` | "asap", "first available", "how soon" | a wish for the earliest time: the ranking serves it, and a [now, horizon) constraint adds nothing |
| `latest` | "as late as possible", "the later the better", "the last slot of the day" | a wish for the latest time: the ranking turns round to serve it |
| `no_antecedent` | "same time", "that day", "after that" with nothing said before | a back-reference to an earlier message |
| `needs_context` | "sat", "wed", "may", a bare "3" with no word around that makes it a time | too often an ordinary word or a count |

`unread(text)` lists them, in text order, never overlapping a mention of `parse(text)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from slotwise.extractor.grounding.atoms import Options, find_atoms
from slotwise.extractor.grounding.compose import _greeting, parse

REASONS = ("greeting", "soonest", "latest", "no_antecedent", "needs_context")


@dataclass(frozen=True)
class Unread:
    """Words that look like a time and were set aside: text, span, reason, rule."""

    text: str
    span: tuple[int, int]
    reason: str
    rule: str


def unread(text: str, date_order: str = "MDY") -> list[Unread]:
    """The time-like words of `text` that `ground` does not return, and why."""
    taken = [(m.start, m.end) for m in parse(text, date_order)]
    out: list[Unread] = []
    for a in find_atoms(text, Options(date_order=date_order)):
        if any(s < a.end and a.start < e for s, e in taken):
            continue
        rule = a.rules[0] if a.rules else ""
        if a.cue == "anaphor":
            reason = "no_antecedent"
        elif a.sym is None:
            continue  # a cue word alone ("before", "not") says nothing yet
        elif a.sym.soonest:
            reason = "soonest"
        elif a.sym.latest:
            reason = "latest"
        elif _greeting(text, a):
            reason = "greeting"
        elif a.weak:
            reason = "needs_context"
        else:
            continue
        out.append(Unread(text[a.start : a.end], (a.start, a.end), reason, rule))
    return out
