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

"anything later in the day?", "earlier that day?", "that day but a bit later" (grounding's
anaphors of the day said before, `THAT_DAY_RULES`) ask the same once options were shown:
the session reads them against the option shown first (`that_day_wishes`), in their own
words and strength, not as a whole day in place of the day asked for ("sunday", then
"got anything later in the day?": Sunday after the option shown; the writers keep the
day every time).

Such a wish asks past the options shown, not for another booking: it takes back no
earlier wish but a firm one it never meets (`against_shown`: "after 5", then "anything
earlier? i could leave work early"), not a softer one ("2pm would be ideal", "afternoon
if possible", "4pm ideally", then "anything earlier?": they still hold, the writers keep
them), nor an item of a list of days ("this Thursday or Friday", then "anything a bit
later?" after Thursday's 7am: Friday still holds).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slotwise.extractor.beyond_shown import Beyond, Side
from slotwise.extractor.grounding.compose_clocks import RETRACTION
from slotwise.schemas import Constraint, Span

RULE = "beyond_shown"


# grounding's rules for a side of the day said before: "later in the day", "earlier that
# day", "that day but later", "later that morning" (extractor/grounding/anaphora.py)
THAT_DAY_RULES = frozenset({"earlier_later_that_day", "that_day_later", "earlier_later_that_part"})
_SIDE = re.compile(r"\b(earlier|later)\b", re.IGNORECASE)


def that_day_wishes(
    own: list[Constraint], shown: list[dict[str, Any]], tz: ZoneInfo, now: datetime
) -> list[Constraint]:
    """`own`, with each side of the day said before ("anything later in the day?") read
    against the option shown first, as "anything later?" is (`beyond_wishes`), in its own
    words and strength; as grounding read it when nothing was shown."""
    out: list[Constraint] = []
    for c in own:
        said = _SIDE.search(c.text or "") if c.rule in THAT_DAY_RULES else None
        side: Side = "later" if said and said.group(1).lower() == "later" else "earlier"
        fact = Beyond(side, c.text or "", c.span) if said and c.span else None
        wish = beyond_wishes([fact], shown, tz, now) if fact is not None else []
        if wish and c.kind == "require":
            c = wish[0].model_copy(update={"id": c.id, "strength": c.strength})
        out.append(c)
    return out


def against_shown(c: Constraint) -> bool:
    """`c` is a wish against the options shown ("anything later?")."""
    return (c.rule or "").startswith(f"{RULE}.")


def keeps(old: Constraint, c: Constraint, alone: bool = True) -> bool:
    """`old`, an earlier wish, holds whatever `c`, a wish against the options shown, asks:
    a list of days (the option shown first is on one of its items), and a soft wish when
    the turn asks nothing else (`alone`; not "nothing earlier? I'm free from 3", a time
    of its own, nor "actually anything earlier? my plans changed", a correction: the
    writers let "evening ideally", "afternoons r easier for me" go then)."""
    return against_shown(c) and (bool(old.parts) or (alone and old.strength != "hard"))


def asks_alone(new: list[Constraint], message: str) -> bool:
    """The turn's wishes against the options shown are all it asks for times (`new`: its
    constraints; exclusions aside, "anything earlier? b2b 10 till 2 tho"), and `message`
    corrects nothing ("actually", "make it", "instead": grounding's retraction cues)."""
    own = [c for c in new if c.intervals and c.kind != "exclude" and not c.retracted]
    return all(against_shown(c) for c in own) and RETRACTION.search(message) is None


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
