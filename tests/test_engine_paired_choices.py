"""Provider-and-time pairs said as alternatives (`extractor/paired_choices.py`): one
visit, with one pair or the other, never a provider at the other's time. Two providers
named alone with a time each in clauses offered as choices ("or", "otherwise", "if not",
"whichever") are one constraint of two parts, which the solver reads as alternatives
(`solvers.constraints.Rule.options`). A list of providers with one time for both, or
clauses joined as more of the same, are not pairs."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.paired_choices import PAIRS_RULE

# message, the pairs: (provider, day, first start or None for any start that day)
PAIRS = [
    (
        "Dr Botha at 9 or Dr Naidoo at 10, Wednesday",
        [("botha", "Wed", "09:00"), ("naidoo", "Wed", "10:00")],
    ),
    (
        "Ms Chen on Wednesday or Mr Osei on Thursday, whichever is earlier",
        [("chen", "Wed", None), ("osei", "Thu", None)],
    ),
    (
        "Dr Botha at 9 on Tuesday, or failing that Dr Naidoo at 10 on Wednesday",
        [("botha", "Tue", "09:00"), ("naidoo", "Wed", "10:00")],
    ),
    ("chen tues 3pm or osei weds 11am", [("chen", "Tue", "15:00"), ("osei", "Wed", "11:00")]),
    (
        "Dr Naidoo on Thursday or Dr Botha on Friday, whichever you can do",
        [("naidoo", "Thu", None), ("botha", "Fri", None)],
    ),
    (
        "fri at 8 with Osei or thu at 8 with Chen",
        [("osei", "Fri", "08:00"), ("chen", "Thu", "08:00")],
    ),
    (
        "Whichever's sooner: Botha Thursday afternoon or Naidoo Friday morning",
        [("botha", "Thu", None), ("naidoo", "Fri", None)],
    ),
    (
        "Mr Osei at half 2 or Ms Chen at 4, Thursday, whichever is free",
        [("osei", "Thu", "14:30"), ("chen", "Thu", "16:00")],
    ),
    (
        "Either Dr Botha on Wednesday 16th or Dr Naidoo on Friday 18th, afternoon",
        [("botha", "Wed", None), ("naidoo", "Fri", None)],
    ),
    (
        "i'd take chen wed 10am, otherwise osei fri 10am",
        [("chen", "Wed", "10:00"), ("osei", "Fri", "10:00")],
    ),
    (
        "Osei on Friday, or Chen on Wednesday if he's full",
        [("osei", "Fri", None), ("chen", "Wed", None)],
    ),
    (
        "Dr Naidoo tomorrow at 5pm or Dr Botha Thursday at 8am, either is fine",
        [("naidoo", "Tue", "17:00"), ("botha", "Thu", "08:00")],
    ),
]


@pytest.mark.parametrize(("message", "pairs"), PAIRS)
def test_engine_paired_choices_each_proposal_keeps_one_pair(
    four_staff_week: Any, message: str, pairs: list[tuple[str, str, str | None]]
) -> None:
    result = four_staff_week(message)
    assert result.outcome == "proposals"
    made = [c for c in result.constraints if c.rule == PAIRS_RULE]
    assert len(made) == 1 and len(made[0].parts) == len(pairs)
    kept = [p for p in result.proposals if made[0].id in p.satisfied]
    assert kept and kept[0] is result.proposals[0]  # a pair first
    for p in result.proposals:
        assert not p.bookings  # one visit
        in_pair = any(
            p.resource == rid
            and f"{p.start:%a}" == day
            and (at is None or f"{p.start:%H:%M}" == at)
            for rid, day, at in pairs
        )
        assert in_pair == (p in kept), (p.resource, p.start)


NOT_PAIRS = [
    "Dr Botha or Dr Naidoo, Wednesday at 10",  # a list of providers, one time for both
    "Ms Chen or Mr Osei at 4 on Thursday",
    "Dr Botha on Tuesday at 10, and Dr Naidoo on Friday at 2",  # two visits
    "chen 3:30 + osei 3:45 thurs",
    "Dr Botha at 9, Dr Naidoo at 10 on Wednesday",  # no choice said
]


@pytest.mark.parametrize("message", NOT_PAIRS)
def test_engine_paired_choices_not_pairs(four_staff_week: Any, message: str) -> None:
    result = four_staff_week(message)
    assert not any(c.rule == PAIRS_RULE for c in result.constraints)


# "anyone" as the second half of a pair: the second day with whoever is free
WITH_ANYONE = [
    ("Dr Botha on Wednesday, otherwise Thursday with anyone", ("botha", "Wed"), "Thu"),
    ("Osei on Friday morning or Thursday afternoon with anybody", ("osei", "Fri"), "Thu"),
]


@pytest.mark.parametrize(("message", "named", "anyone_day"), WITH_ANYONE)
def test_engine_paired_choices_anyone_is_the_other_half(
    four_staff_week: Any, message: str, named: tuple[str, str], anyone_day: str
) -> None:
    result = four_staff_week(message)
    made = [c for c in result.constraints if c.rule == PAIRS_RULE]
    assert len(made) == 1 and len(made[0].parts) == 2
    assert set(made[0].parts[1].resources) == set(four_staff_week.staff)  # whoever is free
    for p in result.proposals:  # the named provider's day with them, or the other day
        assert (p.resource, f"{p.start:%a}") == named or f"{p.start:%a}" == anyone_day
