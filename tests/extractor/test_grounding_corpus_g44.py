"""The G44 corpus is the test: the way people write times ("I'd prefer 1.30", "for
o'clock", "before it gets hot", "after the school run", "before Jummah", "hour-long", "the
full hour", "something sooner", "Latoya's last opening", "the nicht"), and the time words
no rule can read ("rush hour", "a bit earlier") named with their spans."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.candidate_finding import LATEST_RULE, find_candidates
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g44 as g44
from tests.extractor.grounding_corpus import NY, REF, first_window
from tests.extractor.test_candidates_soonest import _request
from tests.extractor.test_pipeline_semantics import _schedule

_KARACHI = "Asia/Karachi"
_REF_KARACHI = datetime(2027, 12, 6, 9, 10, tzinfo=ZoneInfo(_KARACHI))

_ROWS = g44.CLOCKS + g44.DAY_EVENTS + g44.SCOTS + g44.SAME_WINDOW + g44.GERMAN


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, _, _ in _ROWS])
def test_g44_times_as_people_write_them_ground_as_said(case: g44.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said) == (start, end)


@pytest.mark.parametrize("case", g44.PRAYERS, ids=[f"{t}|{s}" for t, s, _, _ in g44.PRAYERS])
def test_g44_jummah_is_a_limit_at_dhuhr_that_day(case: g44.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said, _REF_KARACHI, _KARACHI) == (start, end)


@pytest.mark.parametrize("case", g44.LENGTHS, ids=[f"{t}|{s}" for t, s, _ in g44.LENGTHS])
def test_g44_lengths_as_people_write_them(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].type == "duration"
    assert found[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g44.SET_ASIDE, ids=[f"{t}|{s}" for t, s, _ in g44.SET_ASIDE])
def test_g44_words_set_aside_are_named_with_their_reason(case: tuple[str, str, str]) -> None:
    text, said, reason = case
    got = {(u.text, u.reason): u.span for u in unread(text)}
    assert (said, reason) in got, got
    start, end = got[(said, reason)]
    assert text[start:end] == said


@pytest.mark.parametrize("case", g44.NOT_TIMES, ids=[f"{t}|{n}" for t, _, n in g44.NOT_TIMES])
def test_g44_words_that_are_no_time(case: tuple[str, str, str]) -> None:
    text, said, other = case
    assert said in [m.text for m in ground(text, REF, NY)]
    assert [m.text for m in ground(other, REF, NY) if m.type != "duration"] == []


@pytest.mark.parametrize("case", g44.NOT_LENGTHS, ids=[f"{t}|{n}" for t, _, n in g44.NOT_LENGTHS])
def test_g44_lengths_that_are_not_the_visits(case: tuple[str, str, str]) -> None:
    text, said, other = case
    assert said in [m.text for m in ground(text, REF, NY) if m.type == "duration"]
    assert [m.text for m in ground(other, REF, NY) if m.type == "duration"] == []


@pytest.mark.parametrize("case", g44.NOT_WISHES, ids=[f"{t}|{n}" for t, _, n in g44.NOT_WISHES])
def test_g44_words_that_are_no_wish(case: tuple[str, str, str]) -> None:
    text, said, other = case
    assert said in [u.text for u in unread(text)]
    assert [u.text for u in unread(other) if u.reason in ("soonest", "latest")] == []


@pytest.mark.parametrize(
    "case",
    [(t, s) for t, s, r in g44.SET_ASIDE if r == "latest"],
    ids=[t for t, _, r in g44.SET_ASIDE if r == "latest"],
)
def test_g44_a_latest_wish_is_a_candidate_of_its_own(case: tuple[str, str]) -> None:
    message, said = case
    cands, _, _ = find_candidates(_request(message))
    assert [c.text for c in cands if c.rule == LATEST_RULE] == [said]


def _latest(result: Any) -> list[Any]:
    step = next(s for s in result.steps if s.step == "constrain")
    return list(step.detail["latest"])


def test_g44_a_latest_wish_ranks_the_latest_first() -> None:
    result = _schedule(
        "what's your last opening on Friday?", {"your last opening": ("prefer", "soft")}
    )
    assert _latest(result) == ["your last opening"]
    interpret = next(s for s in result.steps if s.step == "interpret")
    said = [(c["text"], c["rule"]) for c in interpret.detail["candidates"]]
    assert ("your last opening", LATEST_RULE) in said
    assert any("'your last opening'" in w and "latest" in w for w in result.warnings)
    starts = [p.start for p in result.proposals]
    assert starts == sorted(starts, reverse=True)
    assert all("last opening" not in c.text for c in result.constraints)


def test_g44_a_latest_wish_taken_back_asks_for_nothing() -> None:
    told = {"as late as possible": ("prefer", "soft", None, True)}
    result = _schedule("Friday, as late as possible - no actually any time", told)
    assert _latest(result) == []


def test_g44_words_no_rule_reads_are_warned_of_with_their_span() -> None:
    result = _schedule("not rush hour please, any day next week, or a bit earlier")
    said = [w for w in result.warnings if "no rule" in w]
    assert any("'rush hour' at [4, 13]" in w for w in said), result.warnings
    assert any("'a bit earlier'" in w for w in said), result.warnings
