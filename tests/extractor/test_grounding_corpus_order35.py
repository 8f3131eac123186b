"""The order35 corpus is the test: "whichever is earlier" after listed options is their
choice, not a standing wish; a first visit and "next time" are no wish at all."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_order35 as o35


@pytest.mark.parametrize("case", o35.EARLIEST_OF, ids=[m for m, _ in o35.EARLIEST_OF])
def test_order35_whichever_earlier_after_options_is_their_choice(case: tuple[str, str]) -> None:
    text, said = case
    found = {(u.text, u.reason) for u in unread(text)}
    assert (said, "earliest_of") in found, found
    assert not [u for u in unread(text) if u.reason == "soonest"]


@pytest.mark.parametrize("case", o35.STILL_SOONEST, ids=[m for m, _ in o35.STILL_SOONEST])
def test_order35_a_wish_for_the_first_opening_stays_soonest(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "soonest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", o35.NOT_SOONEST)
def test_order35_a_first_visit_or_next_time_is_no_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason in {"soonest", "earliest_of"}]


def test_order35_earliest_of_names_the_times_it_chooses_among() -> None:
    (u,) = [
        u for u in unread("the 4th or the 5th, whichever is earlier") if u.reason == "earliest_of"
    ]
    assert len(u.among) == 2
