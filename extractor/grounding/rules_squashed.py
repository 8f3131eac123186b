"""Day words written squashed together, as people type them on a phone (G48).

Texters drop the space between the words of a day phrase and shorten them: "nextweek
tues", "thiswk", "nxtwk", "2nyt", "2moz", "wkdays", "tmrwmorning", "fridaynight". Each
spelled-out phrase has its rules; squashed, the words were no word at all (or only a
part of them was read: "nextweek tues" read this Tuesday, the week lost).

One table, `SQUASHED`, says what each squashed spelling stands for, in the words the
other rules read; the rule reads those words with the rules that read them spelled out,
so "nextweek" is exactly "next week" and "nextweek tues" composes as "next week tues"
does:

| squashed | reads as |
| --- | --- |
| `nextweek`, `nxtweek`, `nextwk`, `nxtwk`, `nexweek`, `thisweek`, `thiswk`, `lastweek` | `next week`, `this week`, `last week` |
| `nextmonth`, `nxtmonth`, `thismonth` | `next month`, `this month` |
| `2nyt`, `2nyte`, `tonyt`, `2nit` | `tonight` |
| `wkday`, `wkdays`, `wknights`, `wkends` | `weekday`, `weekdays`, `weeknights`, `weekends` |
| `tmrwmorning`, `tomorrownight`, `2moroarvo`, `fridaynight`, `satmorning`, `sunarvo` | a day word and a part of the day glued: the day and its part (`DAYS_GLUED` x `PARTS_GLUED`) |

Single words for "tomorrow" and "today" ("2moz", "2morra", "2dy") are spellings, not
squashes: they live with the others in the `tomorrow` and `today` rules (`rules.py`).

Words that only look squashed stay words: nothing here is an English word ("weekday" and
"tonight" are read by their own rules), and a glued day and part needs both whole.

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

from slotwise.extractor.grounding import atoms
from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Atom, Options, rule
from slotwise.extractor.grounding.symbolic import Sym

# Squashed spelling -> the words it stands for (each read by the rules of those words).
SQUASHED: dict[str, str] = {
    **{w: "next week" for w in ("nextweek", "nxtweek", "nextwk", "nxtwk", "nexweek", "nexwk")},
    **{w: "this week" for w in ("thisweek", "thiswk", "thisweeks", "diswk", "disweek")},
    **{w: "last week" for w in ("lastweek", "lastwk")},
    **{w: "next month" for w in ("nextmonth", "nxtmonth", "nextmnth", "nxtmnth")},
    **{w: "this month" for w in ("thismonth", "thismnth")},
    **{w: "tonight" for w in ("2nyt", "2nyte", "tonyt", "tonyte", "2nit", "2nte")},
    "wkday": "weekday",
    "wkdays": "weekdays",
    "wkdys": "weekdays",
    "wknight": "weeknights",
    "wknights": "weeknights",
    "wkends": "weekends",
    "wknds": "weekends",
}
# A day word and a part of the day glued into one: "tmrwmorning", "fridaynight".
DAYS_GLUED: dict[str, str] = {
    **{w: "tomorrow" for w in ("tomorrow", "tmrw", "tmr", "2moro", "2morrow", "tomoz")},
    **{w: "today" for w in ("today", "2day")},
    **{w: names[0] for names in lx.WEEKDAYS for w in names[:1]},
    **{
        w: day
        for day, short in (
            ("monday", ("mon",)),
            ("tuesday", ("tue", "tues")),
            ("wednesday", ("wed", "weds")),
            ("thursday", ("thu", "thur", "thurs")),
            ("friday", ("fri",)),
            ("saturday", ("sat",)),
            ("sunday", ("sun",)),
        )
        for w in short
    },
}
PARTS_GLUED: dict[str, str] = {
    "morning": "morning",
    "mornin": "morning",
    "mrng": "morning",
    "am": "morning",
    "afternoon": "afternoon",
    "arvo": "afternoon",
    "aft": "afternoon",
    "pm": "afternoon",
    "evening": "evening",
    "eve": "evening",
    "night": "night",
    "nite": "night",
    "nyt": "night",
}
# "sunam" / "tueam" / "satpm" are left out: too short to be sure ("Sunam" is a name).
_GLUED: dict[str, str] = {
    f"{d}{p}": f"{day} {part}"
    for d, day in DAYS_GLUED.items()
    for p, part in PARTS_GLUED.items()
    if not (p in ("am", "pm") and len(d) <= 4)
}
ALL_SQUASHED: dict[str, str] = SQUASHED | _GLUED


@cache
def _reading(words: str) -> Sym | None:
    """The Sym the rules read `words` as (each word group by the first rule that reads
    it whole), the groups' parts put together: "next week" -> the week after this."""
    parts = [words] if words in SQUASHED.values() else words.split(" ", 1)
    fields: dict[str, Any] = {}
    for part in parts:
        sym = _one_rule(part)
        if sym is None:
            return None
        for f in dataclasses.fields(sym):
            value = getattr(sym, f.name)
            if value != f.default and f.name not in fields:
                fields[f.name] = value
    return dataclasses.replace(Sym(), **fields)


def _one_rule(words: str) -> Sym | None:
    for r in atoms._RULES:
        if r.name == "squashed_day":
            continue
        m = r.pattern.fullmatch(words)
        if m is None:
            continue
        got = r.produce(m, Options())
        sym = got.sym if isinstance(got, Atom) else got
        if sym is not None:
            return sym
    return None


# A day's alternation then a part's, not every glued pair: a short pattern to try at each
# position of every message.
@rule(
    "squashed_day",
    lx.alternation(SQUASHED) + "|" + lx.alternation(DAYS_GLUED) + lx.alternation(PARTS_GLUED),
)
def _squashed(m: re.Match[str], o: Options) -> Sym | None:
    """ "nextweek", "2nyt", "tmrwmorning": read as the words they squash."""
    words = ALL_SQUASHED.get(m.group(0).lower())
    return _reading(words) if words else None  # "sunam": a pair left out
