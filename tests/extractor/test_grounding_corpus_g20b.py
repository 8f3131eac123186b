"""The G20b corpus is the test: "first thing" is the opening slot (hedged or ruled out,
the early part of the day), "last thing" the closing slot; "like 8:30 or 9" names the
clocks; "8.30ish", "half 3ish" are rough; "mid-arvo"; "kal 5 baje", "parso shaam ko"."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor import grounding_corpus_g20b as g20
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str, hours: tuple[int, int] | None = g20.OPEN) -> dict[str, TimeMention]:
    return {m.text: m for m in ground(text, REF, NY, open_hours=hours)}


def _window(text: str, said: str) -> str:
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    a, b = reading.intervals[0]
    return f"{a:%a %d %H:%M}-{b:%H:%M}"


def _start(text: str, said: str) -> tuple[TimeMention, str]:
    found = _found(text, None)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    return m, f"{m.reading.intervals[0][0]:%d %H:%M}"


@pytest.mark.parametrize("case", g20.FIRST_THING, ids=[m for m, _, _ in g20.FIRST_THING])
def test_grounding_g20b_first_thing_is_the_opening_slot(case: tuple[str, str, str]) -> None:
    text, said, window = case
    assert _window(text, said) == window


@pytest.mark.parametrize("case", g20.EARLY_PART, ids=[m for m, _, _ in g20.EARLY_PART])
def test_grounding_g20b_hedged_or_ruled_out_first_thing_is_the_early_part(
    case: tuple[str, str, str],
) -> None:
    text, said, window = case
    assert _window(text, said) == window


def test_grounding_g20b_first_thing_without_hours_unchanged() -> None:
    m = _found("first thing wednesday", None)["first thing wednesday"]
    assert m.reading is not None
    a, b = m.reading.intervals[0]
    assert f"{a:%a %d %H:%M}-{b:%H:%M}" == "Wed 25 06:00-11:00"


@pytest.mark.parametrize("case", g20.LIKE_LIST, ids=[m for m, _, _ in g20.LIKE_LIST])
def test_grounding_g20b_like_before_another_clock_is_the_clock(
    case: tuple[str, str, str],
) -> None:
    text, said, start = case
    m, got = _start(text, said)
    assert got == start
    assert "~" not in m.symbolic


@pytest.mark.parametrize("case", g20.LIKE_STILL_ROUGH, ids=[m for m, _, _ in g20.LIKE_STILL_ROUGH])
def test_grounding_g20b_like_alone_stays_rough(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m, got = _start(text, said)
    assert got == start
    assert "~" in m.symbolic


@pytest.mark.parametrize("case", g20.ROUGH_CLOCKS, ids=[m for m, _, _ in g20.ROUGH_CLOCKS])
def test_grounding_g20b_rough_dotted_and_half_clocks(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m, got = _start(text, said)
    assert got == start
    assert "~" in m.symbolic


@pytest.mark.parametrize("text", g20.NOT_ROUGH_CLOCKS)
def test_grounding_g20b_money_and_versions_with_ish_are_no_clock(text: str) -> None:
    assert _found(text, None) == {}


@pytest.mark.parametrize("case", g20.TEXTED, ids=[m for m, _, _ in g20.TEXTED])
def test_grounding_g20b_texted_parts_and_hindi_time_words(case: tuple[str, str, str]) -> None:
    text, said, window = case
    assert _window(text, said) == window


@pytest.mark.parametrize("text", g20.NOT_TEXTED)
def test_grounding_g20b_kal_sham_tak_elsewhere_are_words(text: str) -> None:
    assert _found(text) == {}
