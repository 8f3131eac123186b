"""Words that relate several visits (`extractor/together.py`), from the writers' corpus
and beside them the near misses that must not fire."""

from __future__ import annotations

import pytest
from slotwise.extractor.together import visits_together

SAID = [
    ("can I get botox with Rivera and my friend with Castillo at the same time?", "same_start"),
    ("me and my friend want gel mani before brunch ... both at once if you can", "same_start"),
    ("My sis wants lashes w Priya & I want nails w Marites, can we come together", "same_start"),
    ("Book Sunday 3pm. Mani. For 2 ppl same time pls", "same_start"),
    ("Need two artists at once for the bride and mum", "same_start"),
    ("Both girls need consults. Could you put them together after 2 on Thursday?", "same_start"),
    ("could the two of us come in side by side on Friday", "same_start"),
    ("Castillo for me and Rivera for my husband, simultaneously", "same_start"),
    (
        "Can I do Friday the 19th at 10 with Castillo and then right after do laser with Rivera?",
        "back_to_back",
    ),
    ("Priya at 4, straight after that with Marites", "back_to_back"),
    ("the cut with Ana and immediately afterwards colour with Ben", "back_to_back"),
    (
        "Need Ms Brennan for the mare's teeth and Okafor for the calves, same day if you can",
        "same_day",
    ),
    ("Lena for the walkthrough and Raj on the same day please", "same_day"),
]


@pytest.mark.parametrize(("message", "relation"), SAID)
def test_together_reads_the_relation(message: str, relation: str) -> None:
    found = visits_together(message)
    assert found is not None and found.relation == relation
    assert message[found.span[0] : found.span[1]] == found.text


NOT_SAID = [
    "Could we move my Thursday 1:30 with Dr Kim to Saturday, same time? Thanks.",
    "cant make 2moro, can we do thurs instead same time? its sheila, 11am with patel",
    "Reschedule please: my court 1 booking on Thu 19 Aug 8-10pm, can move to Sat 21 Aug same time?",
    "If not, Wednesday 19th same time.",
    "table for 4 at the same time as last week",
    "same time next week?",
    "I need an MRI and an ultrasound both, but they can't be the same day",
    "do you do same day appointments?",
    "End of the day tomorrow? I can leave work at 2:30 so anything after that.",
    "right after work please",
    "I need Haddad and Kim together in same meeting, on Friday 2nd",
    "need elbe AND spree together on saturday for a big event 10-4",
]


@pytest.mark.parametrize("message", NOT_SAID)
def test_together_near_misses_say_no_relation(message: str) -> None:
    assert visits_together(message) is None
