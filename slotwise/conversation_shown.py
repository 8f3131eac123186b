"""A wish against the options shown: "anything later?", "nothing earlier?", "anything
sooner? even this week".

Grounding gives the side asked for (`slotwise.extractor.beyond_shown`); the options the
session showed after the previous turn say where that side begins: the option shown
first, the one the customer weighs ("nothing earlier?" after Friday 5pm was offered
first; after a pick, "algo más temprano?" of the slot picked). One step, pure:

| side      | the wish: a hard require, from the option shown first (the best one, or |
|           | the one picked, which is shown first again)                             |
| --------- | ----------------------------------------------------------------------- |
| `later`   | from its end to the end of its day                                      |
| `earlier` | from the start of its day to its start                                  |
| `sooner`  | from now to its start, any day                                          |

With no options shown the words say nothing the session can place, and no wish is made.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slotwise.extractor.beyond_shown import Beyond
from slotwise.schemas import Constraint, Span

RULE = "beyond_shown"


def _day(t: datetime) -> datetime:
    return datetime.combine(t.date(), datetime.min.time(), tzinfo=t.tzinfo)


def beyond_wishes(
    facts: list[Beyond], shown: list[dict[str, Any]], tz: ZoneInfo, now: datetime
) -> list[Constraint]:
    """The wishes `facts` say against the options `shown` (in the business's zone `tz`;
    `now`: the turn's time, where "sooner" starts)."""
    if not shown:
        return []
    start, end = (datetime.fromisoformat(str(shown[0][k])).astimezone(tz) for k in ("start", "end"))
    day = _day(start)
    sides = {
        "later": (end, day + timedelta(days=1)),
        "earlier": (day, start),
        "sooner": (now.astimezone(tz), start),
    }
    out: list[Constraint] = []
    for k, fact in enumerate(facts, 1):
        a, b = sides[fact.side]
        if a < b:
            out.append(
                Constraint(
                    id=f"beyond{k}",
                    text=fact.text,
                    span=fact.span,
                    kind="require",
                    strength="hard",
                    intervals=[Span(start=a, end=b)],
                    rule=f"{RULE}.{fact.side}",
                )
            )
    return out
