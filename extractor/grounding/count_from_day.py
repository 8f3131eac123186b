"""Days counted from a day said before, with nothing named after the count (A49).

"bts concert is july 3 at 7pm, i want perm maybe 2 days before?", "Sangeet is on the
23rd. the trial a week before or two weeks before", "I fly to Delhi on 11 May ... it
must be at least 2 weeks before", "we leave for Peru on the 1st, yellow fever must be
10 days before", "booked for the 4th, come back 2 weeks after for touch up".

A count of days or weeks and "before" / "after" that ends its clause (`anaphora.
CLAUSE_END`) leans on the day said last before it, as "the day before" does: the day
moved by the count; "at least" / "more than" make it a bound ("at least 2 weeks before"
the 11th: before the 27th), "within" / "less than" the days between. The day it leans on
is its antecedent (`TimeMention.refers_to`). With no day said before, the words say no
day and are set aside (`unread`, `no_antecedent`).

| words | value |
| --- | --- |
| `2 days before`, `two weeks before`, `10 days prior`, `a fortnight before`, `3 days after` | the day said before moved by the count |
| `at least 2 weeks before`, `no less than 10 days before`, `must be 10 days before`, `has to be done 2 weeks before` | a bound: up to that day |
| `within 3 days after` | the days between |

Not read here: "a week before" alone (`anaphora`'s "the week before": the week leading
up), "2 days before the 10th" (a date after it: `rules_offset`), "2 days before the
match" (an event: `event_count`), "sluggish for two days after" (a length).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.anaphora import CLAUSE_END
from slotwise.extractor.grounding.antecedents import a_plain_day
from slotwise.extractor.grounding.atoms import NUMW, Atom, Options, rule
from slotwise.extractor.grounding.lexicon_cues import COUNT_QUALIFIER, COUNT_QUALIFIERS
from slotwise.extractor.grounding.symbolic import Sym

_Q = rf"(?P<q>{COUNT_QUALIFIER})"


@rule(
    "count_from_day",
    rf"(?:{_Q}\s+)?(?:(?P<a>an?|one)\s+|(?P<n>\d{{1,2}}|{NUMW})\s+|(?P<couple>(?:a\s+)?couple\s+(?:of\s+)?))"
    r"(?P<unit>days?|weeks?|wks?|fortnights?)\s+"
    r"(?P<dir>before(?:hand)?|after(?:wards)?|prior|b4|ahead)" + CLAUSE_END,
)
def _count_from_day(m: re.Match[str], o: Options) -> Atom | None:
    """ "2 days before", "at least 2 weeks before": a back-reference (`resolve_counts`)."""
    unit = m.group("unit").lower()
    kind, size = lx.TIME_UNITS[unit]
    if kind != "day":
        return None
    if m.group("a") and size == 7 and not m.group("q"):
        return None  # "a week before": the week leading up (`anaphora`)
    if _FOR_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "sluggish for two days after": a length
    if m.group("couple"):
        count = 2
    elif m.group("n"):
        count = lx.number_value(m.group("n").lower())
    else:
        count = 1
    back = m.group("dir").lower().startswith(("before", "prior", "b4", "ahead"))
    q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
    n = count * size
    if not q and back and _MUST.search(m.string, max(0, m.start() - 40), m.start()):
        q = "at least"  # "yellow fever must be 10 days before": by then, not that day only
    notes = {
        "ref": "count",
        "n": str(-n if back else n),
        "unit": "day",
        "q": COUNT_QUALIFIERS[q] if q else "",
    }
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


# A count said as a requirement: "must be 10 days before", "has to be done 2 weeks
# before", "needs to be started 10 days prior" (the writers book any day up to it, w73-059).
_MUST = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to|should|got\s+to|required(?:\s+to)?)"
    r"(?:\s+(?:be|been|get|done|given|started|taken|had|at|the|latest))*\s+$",
    re.I,
)
_FOR_BEFORE = re.compile(r"\b(?:for|last(?:ed|s)?|takes?|took)\s+$", re.I)


def resolve_counts(text: str, atoms: list[Atom]) -> list[Atom]:
    """The composition step: each count read from the day said last before it, or dropped
    when none is (run after `event_count.resolve_events`, before `anaphora`)."""
    from slotwise.extractor.grounding.compose import shifted  # compose runs this step

    out: list[Atom] = []
    for k, a in enumerate(atoms):
        if not (a.cue == "anaphor" and a.notes.get("ref") == "count"):
            out.append(a)
            continue
        before = [b for b in atoms[:k] if a_plain_day(b)]
        if not before:
            continue
        ante = before[-1]
        assert ante.sym is not None
        cue = Atom(a.start, a.end, None, [], notes=a.notes)
        moved = shifted(Sym(day=ante.sym.day), cue)
        if moved is None:
            continue
        notes = {**a.notes, "ref": f"{ante.start}:{ante.end}"}
        out.append(Atom(a.start, a.end, moved, list(a.rules), notes=notes))
    return out
