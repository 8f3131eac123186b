"""The G24 corpus (`grounding_corpus_g24`): the latest wished in more words, the clock
wished nearest, "same time" after a limit or "the day after", and a service that names
the resource doing it."""

from __future__ import annotations

import pytest
from slotwise.extractor.back_to_back import visits_in_a_row
from slotwise.extractor.grounding.aside import unread
from slotwise.extractor.resource_services import implied_resources

from tests.extractor import grounding_corpus_g24 as g24
from tests.extractor.grounding_found import found, mention


@pytest.mark.parametrize("case", g24.LATEST_SAID, ids=[m for m, _ in g24.LATEST_SAID])
def test_g24_the_latest_said_many_ways_is_a_latest_wish(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "latest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", g24.NOT_LATEST)
def test_g24_a_booking_or_a_limit_is_no_latest_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason == "latest"]


@pytest.mark.parametrize("case", g24.NEAREST_CLOCK, ids=[m for m, *_ in g24.NEAREST_CLOCK])
def test_g24_the_clock_wished_nearest_is_that_clock(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("text", g24.NOT_NEAREST)
def test_g24_a_count_or_a_day_near_is_no_clock(text: str) -> None:
    assert not [m.text for m in found(text).values() if "clock_nearest" in m.rule]


@pytest.mark.parametrize("case", g24.SAME_TIME, ids=[m for m, *_ in g24.SAME_TIME])
def test_g24_same_time_leans_on_the_booked_clock(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    m = mention(text, said)
    assert m.reading is not None
    start = m.reading.intervals[0][0]
    assert (start.strftime("%m-%d"), start.strftime("%H:%M")) == (day, clock)


@pytest.mark.parametrize("case", g24.SERVICE_SAID, ids=[m for m, _ in g24.SERVICE_SAID])
def test_g24_a_service_names_the_resource_doing_it(case: tuple[str, str]) -> None:
    text, said = case
    implied = implied_resources(text, list(g24.CAREERS_CENTRE))
    assert implied is not None
    ids, words, span = implied
    assert (ids, words, text[span[0] : span[1]]) == (["adv-jansen"], said, said)


@pytest.mark.parametrize("text", g24.NO_SERVICE)
def test_g24_no_service_names_no_resource(text: str) -> None:
    assert implied_resources(text, list(g24.CAREERS_CENTRE)) is None


def test_g24_a_service_every_resource_does_names_none() -> None:
    advisers = [("adv-a", "careers adviser Ames"), ("adv-b", "careers adviser Boyd")]
    assert implied_resources("cv review thursday", advisers) is None


@pytest.mark.parametrize("case", g24.SLEEP_SERVICE_SAID, ids=[m for m, _ in g24.SLEEP_SERVICE_SAID])
def test_g24_a_study_is_the_sleep_labs(case: tuple[str, str]) -> None:
    text, said = case
    assert implied_resources(text, list(g24.SLEEP_CLINIC)) == (
        ["sleep-lab"],
        said,
        (text.index(said), text.index(said) + len(said)),
    )


@pytest.mark.parametrize("case", g24.IN_A_ROW, ids=[m for m, _ in g24.IN_A_ROW])
def test_g24_visits_in_a_row_are_counted(case: tuple[str, int]) -> None:
    text, n = case
    assert visits_in_a_row(text) == n


@pytest.mark.parametrize("text", g24.NOT_IN_A_ROW)
def test_g24_no_visits_in_a_row(text: str) -> None:
    assert visits_in_a_row(text) is None
