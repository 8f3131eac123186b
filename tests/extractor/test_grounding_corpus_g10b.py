"""The G10b corpus is the test: "post" for "after", what someone's day rules out, "&" and
spoken fillers in lists, holidays without apostrophes and just past, "any weekend",
"the later in the day the better", spoken clock times, weekdays ruled out before the
week asked for, "one" listed before its day, lengths said of something else, a named
day's weekend; and, past grounding, a set of days that narrows a period."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.grounding import ground, unread
from slotwise.extractor.grounding.coordination import coordinated
from slotwise.extractor.interpretation import CandidateLabel
from slotwise.extractor.windows import joined
from slotwise.schemas import ScheduleRequest

from tests.extractor import grounding_corpus_g10b as g10
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str, ref: datetime = REF, zone: str = NY) -> dict[str, Any]:
    return {m.text: m for m in ground(text, ref, zone)}


def _ref(iso: str, zone: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(zone))


def _texts(text: str) -> tuple[str, ...]:
    return tuple(m.text for m in ground(text, REF, NY))


@pytest.mark.parametrize("case", g10.POST, ids=[m for m, *_ in g10.POST])
def test_g10b_post_before_a_time_is_after(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d %H:%M") == start


@pytest.mark.parametrize(
    "case", g10.POST_NOT + g10.ROUTINE_NOT, ids=[m for m, _ in g10.POST_NOT + g10.ROUTINE_NOT]
)
def test_g10b_post_and_routine_words_elsewhere_keep_their_mentions(
    case: tuple[str, tuple[str, ...]],
) -> None:
    text, want = case
    assert _texts(text) == want


@pytest.mark.parametrize("case", g10.ROUTINE, ids=[m for m, *_ in g10.ROUTINE])
def test_g10b_routine_said_with_who_bounds_the_free_side(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound
    assert m.left_free
    assert m.reading is not None
    edge = m.reading.intervals[1][0] if bound == "after" else m.reading.intervals[1][1]
    assert edge.strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g10.JOINED, ids=[m for m, *_ in g10.JOINED])
def test_g10b_ampersand_and_fillers_join_a_list(case: tuple[str, str, str]) -> None:
    text, a, b = case
    found = _found(text)
    assert a in found and b in found, list(found)
    assert coordinated(text, found[a].span, found[b].span)


@pytest.mark.parametrize("case", g10.JOINED_NOT, ids=[m for m, *_ in g10.JOINED_NOT])
def test_g10b_other_words_between_days_do_not_join(case: tuple[str, str, str]) -> None:
    text, a, b = case
    found = _found(text)
    assert a in found and b in found, list(found)
    assert not coordinated(text, found[a].span, found[b].span)


@pytest.mark.parametrize("case", g10.HOLIDAY_BARE, ids=[m for m, *_ in g10.HOLIDAY_BARE])
def test_g10b_holiday_without_apostrophe_is_that_day(case: tuple[str, str, str]) -> None:
    text, said, first = case
    found = _found(text, _ref(*g10.HOLIDAY_REF), g10.HOLIDAY_REF[1])
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%y-%m-%d") == first


@pytest.mark.parametrize(
    "case",
    g10.JUST_PAST + g10.JUST_PAST_NOT,
    ids=[m for _, m, *_ in g10.JUST_PAST + g10.JUST_PAST_NOT],
)
def test_g10b_holiday_just_past_is_the_recent_one_after_after(
    case: tuple[tuple[str, str], str, str, str],
) -> None:
    (iso, zone), text, said, first = case
    found = _found(text, _ref(iso, zone), zone)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.intervals
    start, end = reading.intervals[0]
    assert start.strftime("%y-%m-%d") == first
    assert end > start


@pytest.mark.parametrize("case", g10.ANY_WEEKEND, ids=[m for m, _ in g10.ANY_WEEKEND])
def test_g10b_any_weekend_is_every_weekend(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert {s.weekday() for s, _ in reading.intervals} == {5, 6}
    assert len({s.date() for s, _ in reading.intervals}) > 2


@pytest.mark.parametrize("case", g10.ONE_WEEKEND, ids=[m for m, _ in g10.ONE_WEEKEND])
def test_g10b_this_or_the_weekend_stays_one(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and len(reading.intervals) == 1


@pytest.mark.parametrize("case", g10.DAY_EDGE_WISH, ids=[m for m, _ in g10.DAY_EDGE_WISH])
def test_g10b_later_in_the_day_the_better_is_set_aside(case: tuple[str, str]) -> None:
    text, reason = case
    assert reason in [u.reason for u in unread(text)]
    assert not any(
        "later in" in m.text.lower() or "earlier in" in m.text.lower()
        for m in ground(text, REF, NY)
    )


@pytest.mark.parametrize("case", g10.DAY_EDGE_NOT, ids=[m for m, _ in g10.DAY_EDGE_NOT])
def test_g10b_later_in_the_day_alone_is_still_a_mention(case: tuple[str, str]) -> None:
    text, said = case
    assert said in _found(text)


@pytest.mark.parametrize("case", g10.SPOKEN_CLOCK, ids=[m for m, *_ in g10.SPOKEN_CLOCK])
def test_g10b_spoken_clock_is_one_time(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%H:%M") == start


@pytest.mark.parametrize(
    "case", g10.SPOKEN_NOT + g10.ONE_LISTED, ids=[m for m, _ in g10.SPOKEN_NOT + g10.ONE_LISTED]
)
def test_g10b_counts_and_listed_ones_are_no_clock(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert _texts(text) == want


@pytest.mark.parametrize("case", g10.ONE_CLOCK, ids=[m for m, _ in g10.ONE_CLOCK])
def test_g10b_one_as_an_hour_stays_a_time(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.intervals[0][0].hour == 13


@pytest.mark.parametrize(
    "case",
    g10.RULED_OUT_BEFORE_WEEK + g10.RULED_OUT_NOT,
    ids=[f"{m} / {w}" for m, w, _ in g10.RULED_OUT_BEFORE_WEEK + g10.RULED_OUT_NOT],
)
def test_g10b_weekday_ruled_out_before_a_week_is_in_it(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case", g10.NOT_A_LENGTH + g10.A_LENGTH, ids=[m for m, _ in g10.NOT_A_LENGTH + g10.A_LENGTH]
)
def test_g10b_lengths_said_of_something_else_are_no_duration(
    case: tuple[str, tuple[str, ...]],
) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY) if m.type == "duration") == want


@pytest.mark.parametrize("case", g10.HOLIDAY_WEEKEND, ids=[m for m, *_ in g10.HOLIDAY_WEEKEND])
def test_g10b_holiday_weekend_is_its_saturday_and_sunday(case: tuple[str, str, str]) -> None:
    text, said, first = case
    zone = g10.HOLIDAY_WEEKEND_REF[1]
    found = _found(text, _ref(*g10.HOLIDAY_WEEKEND_REF), zone)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    (start, end), *_ = reading.intervals
    assert start.strftime("%y-%m-%d") == first
    assert start.weekday() == 5 and (end - start).days == 2


@pytest.mark.parametrize(
    "case",
    g10.NOT_THE_REPLACED + g10.THE_REPLACED_ALONE,
    ids=[m for m, *_ in g10.NOT_THE_REPLACED + g10.THE_REPLACED_ALONE],
)
def test_g10b_that_day_leans_on_the_day_wished_not_the_replaced(
    case: tuple[str, str, str],
) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case", g10.NOT_A_MINUTE_AFTER, ids=[m for m, *_ in g10.NOT_A_MINUTE_AFTER]
)
def test_g10b_not_a_minute_after_is_a_deadline(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == "before"
    assert m.reading is not None
    ivs = m.reading.intervals
    assert ivs[min(1, len(ivs) - 1)][1].strftime("%H:%M") == clock
    assert not any(x.type == "duration" for x in found.values())


def _request(text: str) -> ScheduleRequest:
    days = [REF.date() + timedelta(days=n) for n in range(60)]
    return ScheduleRequest.model_validate(
        {
            "message": text,
            "now": REF.isoformat(),
            "timezone": NY,
            "duration_minutes": 60,
            "resources": [
                {
                    "id": "room-a",
                    "open": [
                        {"start": f"{d}T08:00:00-05:00", "end": f"{d}T20:00:00-05:00"} for d in days
                    ],
                }
            ],
        }
    )


def _pair(text: str, a: str, b: str) -> bool:
    cands, sources, _ = find_candidates(_request(text))
    by_text = {c.text: i for i, c in enumerate(cands)}
    assert a in by_text and b in by_text, list(by_text)
    i, j = by_text[a], by_text[b]
    lab = CandidateLabel(kind="require", strength="hard")
    gap = text[cands[i].span[1] : cands[j].span[0]]
    return joined(cands[i], cands[j], lab, lab, sources[i], sources[j], gap)


@pytest.mark.parametrize("case", g10.PERIOD_NARROWED, ids=[m for m, *_ in g10.PERIOD_NARROWED])
def test_g10b_set_inside_a_period_narrows_it(case: tuple[str, str, str]) -> None:
    assert not _pair(*case)


@pytest.mark.parametrize("case", g10.PERIOD_EITHER, ids=[m for m, *_ in g10.PERIOD_EITHER])
def test_g10b_two_days_or_periods_stay_either(case: tuple[str, str, str]) -> None:
    assert _pair(*case)
