"""What someone's day rules out, said with who and what: "we both finish at 6", "I knock
off at 4", "me and my boyfriend both finish uni at 3", "I start a late shift at 6".

Like `lexicon.DAY_AROUND` ("I start work at 9", "I finish at 5"), the cue reads with the
clock after "at" as a bound on the side the words leave free: the end of someone's
work, school or shift leaves after it free ("after"), its start leaves before it free
("before"). A labeller ruling the words' time out asks for that reading
(`TimeMention.left_free`). The subject may be anyone of the household ("we", "we both",
"my wife", "the kids"); what ends may be named ("work", "uni", "school", "my shift").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Atom, Options, rule

# Who: the speaker or their household.
_WHO = (
    r"(?:i|we|he|she|they|(?:we|they)\s+both|both(?:\s+of\s+us)?|"
    r"(?:my|our)\s+(?:wife|husband|partner|son|daughter|boyfriend|girlfriend|kids?)|"
    r"the\s+kids?)"
)
# What ends someone's busy time ("finish", "get off", "knock off", "clock out", "get
# home") or begins it ("start", "begin", "leave for work").
_ENDS = (
    r"(?:finish(?:es)?|get(?:s)?\s+(?:off|out|home|back)|knock(?:s)?\s+off|clock(?:s)?\s+(?:off|out)|"
    r"(?:am|is|are|['’]m|['’]re)\s+(?:off|done|out|home)|"
    # "I can leave work at 2:30", "she leaves school at 3" ("leave for work" starts it)
    r"(?:can\s+)?leave(?:s)?(?=\s+(?:work|school|uni|college|the\s+office)\b))"
)
_STARTS = r"(?:start(?:s)?|begin(?:s)?|leave(?:s)?\s+for\s+(?:work|school))"
# What is being finished or started: "work", "uni", "my shift", "a late shift"; the
# place come home from ("I get home from work at 3:30", "from my shift at 4", "she gets
# out of school at 3", "I get back from work at 6").
_WHAT = (
    r"(?:\s+(?:(?:from|of)\s+)?(?:work|school|uni|college|class(?:es)?|practice|the\s+office|"
    r"(?:(?:a|an|my|our|his|her|their|the)\s+)?(?:(?:late|early|night|day|long)\s+)?shift))?"
)


# "can we finish at 4?", "we'd like to start at 9": the time of the booking itself
_ASKED = re.compile(
    r"\b(?:can|could|would|will|shall|should|do|does|did|to|let|lets|let['’]s|might|may|"
    r"want|wanna|need|needs|like)\s+$",
    re.I,
)


@rule(
    "day_around",
    rf"{_WHO}(?:\s+|(?=['’]))(?:(?P<end>{_ENDS})|(?P<start>{_STARTS})){_WHAT}(?=\s+(?:at|@)\s)",
)
def _routine(m: re.Match[str], o: Options) -> Atom | None:
    """ "we both finish at 6" (after 6 is free), "I start a late shift at 6" (before)."""
    if _ASKED.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return Atom(
        m.start(),
        m.end(),
        None,
        [],
        cue="bound",
        bound="after" if m.group("end") else "before",
        incl=False,
        cue_text=m.group(0),
    )
