"""The "whichever is later" corpus is the test: after listed options it is their choice
(`latest_of`), not a standing wish; alone it stays one (`latest`)."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_latest_of as c


@pytest.mark.parametrize("case", c.LATEST_OF, ids=[m for m, _ in c.LATEST_OF])
def test_grounding_whichever_later_after_options_is_their_choice(case: tuple[str, str]) -> None:
    text, said = case
    found = {(u.text, u.reason) for u in unread(text)}
    assert (said, "latest_of") in found, found
    assert not [u for u in unread(text) if u.reason == "latest"]


@pytest.mark.parametrize("case", c.STILL_LATEST, ids=[m for m, _ in c.STILL_LATEST])
def test_grounding_whichever_later_alone_stays_a_wish_for_the_latest(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "latest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", c.NOT_LATEST_OF)
def test_grounding_later_of_its_own_is_no_latest_of(text: str) -> None:
    assert not [u for u in unread(text) if u.reason == "latest_of"]


def test_grounding_latest_of_names_the_times_it_chooses_among() -> None:
    (u,) = [u for u in unread("the 4th or the 5th, whichever is later") if u.reason == "latest_of"]
    assert len(u.among) == 2
