"""Time-like words that grounding sets aside, with their spans, so a caller can warn.

`ground` returns only what it reads as a time. Some words look like one and are left
out on purpose, and a caller should know which, and why:

| reason | words | why they are not mentions |
| --- | --- | --- |
| `greeting` | "Good morning,", "good evening everyone" | a greeting, not a wish |
| `soonest` | "asap", "first available", "how soon" | a wish for the earliest time: the ranking serves it, and a [now, horizon) constraint adds nothing |
| `earliest_of` | "thurs or fri, whichever is earlier", "Dr Wu or Dr Santos, whichever is sooner" | the earliest of the options its own message lists (`among`: the message's time mentions, its listed times among them): the ranking serves it for that message, and it is no standing wish (said alone, "whichever is soonest" is `soonest`) |
| `latest` | "as late as possible", "the later the better", "the last slot of the day" | a wish for the latest time: the ranking turns round to serve it |
| `latest_of` | "Tues or Wed, whichever is later", "the 12th or the 13th, whichever's latest" | as `earliest_of`, the latest of the options its own message lists: the ranking turns round for that message, and it is no standing wish (said alone, "whichever's later" is `latest`) |
| `no_antecedent` | "same time", "that day", "after that" with nothing said before | a back-reference to an earlier message |
| `needs_context` | "sat", "wed", "may", a bare "3" with no word around that makes it a time | too often an ordinary word or a count |
| `no_rule` | "rush hour", "off-peak", "a bit earlier", "slightly later", "when the traffic dies down" (`NO_RULE_WORDS`) | a time, but no rule can say which: it depends on the city, or on a time shown before that the message does not name (G44) |
| `romanised` | "abhi", "nanti", "ba3den", "jigeum", "saa nane", "al rato" (`lexicon_romanised.UNREAD_ROMANISED`) | a time word of another language written in Latin letters that no rule reads: its meaning depends on when it was written, or no rule holds it yet (G47) |

`unread(text)` lists them, in text order, never overlapping a mention of `parse(text)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from slotwise.extractor.grounding.atoms import Options, find_atoms
from slotwise.extractor.grounding.compose import _greeting, parse
from slotwise.extractor.grounding.lexicon import LISTS_OPTIONS
from slotwise.extractor.grounding.lexicon_romanised import UNREAD_ROMANISED

REASONS = (
    "greeting",
    "soonest",
    "earliest_of",
    "latest",
    "latest_of",
    "no_antecedent",
    "needs_context",
    "no_rule",
    "romanised",
)
_LISTS_OPTIONS = re.compile(LISTS_OPTIONS, re.I)

# Time words no rule can read, one table: the hours they mean depend on the city ("rush
# hour", "peak times"), or on a time shown before that the message does not name ("a bit
# earlier", "slightly later"). Grounding names them so a caller can warn (G44).
NO_RULE_WORDS: tuple[str, ...] = (
    r"(?:the\s+)?(?:morning\s+|evening\s+|afternoon\s+)?rush[\s-]+hours?",
    r"(?:the\s+)?(?:peak|off[\s-]?peak)\s+(?:hours?|times?)",
    r"off[\s-]?peak",
    r"when\s+the\s+traffic\s+(?:dies\s+down|is\s+(?:lighter|quieter|better)|eases(?:\s+off)?)",
    r"(?:a\s+(?:bit|little|tad|touch|smidge)|slightly|bit|little|somewhat)\s+(?:earlier|later)",
)
_NO_RULE = re.compile(r"(?<![\w'’])(?:" + "|".join(NO_RULE_WORDS) + r")(?![\w'’-])", re.I)
_ROMANISED = re.compile(r"(?<![\w'’])(?:" + "|".join(UNREAD_ROMANISED) + r")(?![\w'’-])", re.I)


@dataclass(frozen=True)
class Unread:
    """Words that look like a time and were set aside: text, span, reason, rule; for
    `earliest_of` and `latest_of`, the spans of the message's time mentions, the times it chooses among
    with any bound said beside them (`among`)."""

    text: str
    span: tuple[int, int]
    reason: str
    rule: str
    among: tuple[tuple[int, int], ...] = ()


def unread(text: str, date_order: str = "MDY") -> list[Unread]:
    """The time-like words of `text` that `ground` does not return, and why."""
    return list(_unread(text, date_order))


@lru_cache(maxsize=256)
def _unread(text: str, date_order: str) -> tuple[Unread, ...]:
    """`unread`, once per message: candidate finding (the `soonest` wishes) and the
    pipeline's warnings both ask it of the same text; its records are frozen."""
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
        elif a.sym.soonest and rule == "earliest_of" and lists_options(text, taken):
            out.append(
                Unread(text[a.start : a.end], (a.start, a.end), "earliest_of", rule, tuple(taken))
            )
            continue
        elif a.sym.latest and rule == "latest_of" and lists_options(text, taken):
            out.append(
                Unread(text[a.start : a.end], (a.start, a.end), "latest_of", rule, tuple(taken))
            )
            continue
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
    for reason, words in (("no_rule", _NO_RULE), ("romanised", _ROMANISED)):
        for m in words.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken + [u.span for u in out]):
                out.append(Unread(m.group(0), (m.start(), m.end()), reason, reason))
    return tuple(sorted(out, key=lambda u: u.span))


def lists_options(text: str, taken: list[tuple[int, int]]) -> bool:
    """The message lists options to choose among: two times or more ("the 4th or the
    5th"), or words joined by "or", "either" or a slash ("Dr Wu or Dr Santos")."""
    return len(taken) > 1 or bool(_LISTS_OPTIONS.search(text))
