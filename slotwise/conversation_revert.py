"""Named rule beside `slotwise.conversation`: a turn that keeps the original after a
change ("never mind, keep the original", "the original time is ok", "keep tuesday 7:30
as it was", "nah actually keep it", "go back to the day I first said").

| rule        | what a turn says                              | what it does                      |
| ----------- | --------------------------------------------- | --------------------------------- |
| `reverts`   | it keeps what was there before the latest     | the session goes back to what     |
|             | change, in words                              | held before that change           |
| `change_at` | (a turn that replaced or took back a wish, or | the state a later `reverts` turn  |
|             | began to move a booking)                      | goes back to                      |
| `go_back`   | (the reverting turn)                          | what holds again, what it drops   |
| `said_again`| "keep the original 2pm"                       | the turn's own words in place of  |
|             |                                               | the wish it brings back, which it |
|             |                                               | does not drop (`not_taken_back`)  |

One word table, as the picks' ordinals are: the words that keep or go back to the
original ("keep the original", "stick with the old time", "the original day is fine",
"as it was", "switch it back", "go back to the ... I first said"; Spanish "déjalo como
estaba", "la hora original está bien"; French "on garde l'original", "comme avant").
Not "the original" said of a thing ("bring the original will"), nor "the first one" or
"the earlier one" (picks of a shown option), nor "move it back" (later).

The writers of the training conversations label such a turn so: what the change added
goes (`dropped`, and `refers_to` its first wish), what it replaced or took back holds
again in its own words and turn (c47, c97, c98, c99, c100, c102, c103); when the
conversation opened with the move and nothing changed since, keeping the original keeps
the booking there was before it: nothing of the move holds (c47-033).
"""

from __future__ import annotations

import re
from typing import Any

from slotwise.conversation_revise import Held
from slotwise.conversation_rules import covers

_OLD = r"(?:original(?:ly)?|old|previous|usual\s+(?:time|day|slot))"
_KEEP = r"(?:keep|keeping|stick\s+with|stay\s+with|stay\s+on|go\s+with|revert\s+to|leave\s+it\s+(?:at|on|as))"
_THING = r"(?:time|day|date|slot|one|booking|appointment|plan|hour)"
_REVERTS = re.compile(
    "|".join(
        [
            # "keep the original", "stick with the old time", "keep the original Monday one"
            rf"\b{_KEEP}\s+(?:the\s+|my\s+|our\s+)?{_OLD}\b",
            # "the original time is ok", "the original day works", "original slot pls"
            rf"\b(?:the\s+|my\s+)?{_OLD}\s+(?:\w+\s+)?{_THING}\b\s*(?:is|was|'s|works?|will\s+do)"
            r"\s*(?:ok|okay|fine|good|better|best|great|grand|perfect|alright|all\s+right|la|then)?",
            # "keep tuesday 7:30 as it was", "leave it as it is", "keep it as before"
            r"\b(?:keep|leave)\b[^.!?\n]{0,40}?\bas\s+(?:it\s+|we\s+had\s+it\s+|)(?:was|were|before)\b",
            # "nah actually keep it, we'll just go together"
            r"\bkeep\s+it\b(?=\s*(?:[,.!;]|$))",
            # "switch it back", "change it back", "put it back to thursday"
            r"\b(?:switch|change|put|set)\s+(?:it|that|them)\s+back\b(?!\s+(?:an?|by|\d|one|half))",
            # "go back to the day I first said", "back to the tuesday I asked for at first"
            r"\b(?:go|going|come)\s+back\s+to\b[^.!?\n]{0,40}?\b(?:first|original(?:ly)?|at\s+the\s+start|before)\b",
            # Spanish: "déjalo como estaba", "mejor como estaba", "la hora original está bien"
            r"\b(?:d[eé]jalo|dejarlo|lo\s+dejamos|mejor)\b[^.!?\n]{0,20}?\bcomo\s+estaba\b",
            r"\b(?:la|el)\s+(?:hora|d[ií]a|cita)\s+original\b",
            # French: "on garde l'original", "comme avant", "l'heure d'origine"
            r"\bgarde[rz]?\s+(?:l[ae']\s*)?(?:original|initial)",
            r"\bcomme\s+(?:avant|pr[ée]vu)\b",
            r"\b(?:l'heure|le\s+jour|la\s+date)\s+(?:d'origine|initiale?)\b",
        ]
    ),
    re.I,
)


def reverts(message: str) -> bool:
    """A turn that keeps what was there before the latest change, in words."""
    return _REVERTS.search(message) is not None


def change_at(turn: int, held_before: list[Held]) -> dict[str, Any]:
    """The state a later reverting turn goes back to: the turn of the change and what held
    before it (kept in the session's state)."""
    return {"turn": turn, "held": [h.to_json() for h in held_before]}


def go_back(
    held: list[Held], change: dict[str, Any] | None
) -> tuple[list[Held], list[Held]] | None:
    """What holds once a turn keeps the original, and what it drops: what held before the
    latest `change` (`change_at`) holds again, each wish in its own turn; what the change
    and the turns after it added goes, its wishes before its exclusions ("could you move
    him to the Thursday, same time? they've a trip out that Wednesday", then "never mind,
    keep the original": the Thursday first). None when there is no change to go back
    from."""
    if not change:
        return None
    before = [Held.from_json(h) for h in change["held"]]
    at = {_key(h) for h in before}
    gone = [h for h in held if _key(h) not in at]
    if not gone and {_key(h) for h in held} == at:
        return None  # what holds is what held before the change: nothing to go back from
    gone.sort(key=lambda h: h.constraint.kind == "exclude")
    return before, gone


def said_again(held: list[Held], restored: list[Held], turn: int) -> list[Held]:
    """What holds once the reverting `turn` says a wish it brings back in its own words
    ("keep the original 2pm"; "keep the original, the 15th is grand" after "monday the
    15th"): the turn's words in place of the wish it brought back, which is not dropped
    (it held before this turn no more than it does after)."""
    back = {_key(h) for h in restored}
    own = [h.constraint for h in held if h.turn == turn]

    def again(old: Held) -> bool:
        c = old.constraint
        return _key(old) in back and any(
            n.kind == c.kind
            and (
                (bool(n.intervals) and covers(c, n) and covers(n, c))
                or (bool(n.resources) and set(n.resources) == set(c.resources))
            )
            for n in own
        )

    return [h for h in held if not again(h)]


def not_taken_back(dropped: list[tuple[Held, str]], restored: list[Held]) -> list[tuple[Held, str]]:
    """What the reverting turn drops, less the wishes it brought back that its own words
    then replaced ("keep the original, the 15th is grand" after "monday the 15th" and
    "wednesday the 17th": the 17th goes; the 15th is said again, not taken back)."""
    back = {_key(h) for h in restored}
    return [(h, why) for h, why in dropped if why == "reverted" or _key(h) not in back]


def _key(h: Held) -> tuple[int, str, str]:
    return h.turn, h.constraint.id, h.constraint.text or ""
