"""Spans, modifiers, ambiguity, DST, errors, peers' failures and properties of `ground`."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slotwise.extractor.grounding import Reading, TimeMention, ground, parse

NY = "America/New_York"
TZ = ZoneInfo(NY)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)  # Monday
CONTRACT = (
    "I need to see Dr. Smith next Tuesday but actually I have meetings all day so maybe "
    "Wednesday afternoon works, but not after 3pm"
)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def one(text: str, **kw: object) -> TimeMention:
    found = ground(text, NOW, NY, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, [(m.text, m.rule) for m in found]
    return found[0]


# ---------------------------------------------------------------- the contract message
def test_grounding_contract_message_spans() -> None:
    found = ground(CONTRACT, NOW, NY)
    assert [m.text for m in found] == ["next Tuesday", "Wednesday afternoon", "not after 3pm"]
    starts = [CONTRACT.index(m.text) for m in found]
    assert [m.span for m in found] == [
        (s, s + len(m.text)) for s, m in zip(starts, found, strict=True)
    ]
    for m in found:
        assert CONTRACT[m.span[0] : m.span[1]] == m.text


def test_grounding_contract_message_values() -> None:
    tue, wed, bound = ground(CONTRACT, NOW, NY)
    assert tue.reading is not None and tue.reading.intervals == (
        (at(2026, 12, 1), at(2026, 12, 2)),
    )
    assert (at(2026, 11, 24), at(2026, 11, 25)) in [a.intervals[0] for a in tue.alternatives]
    assert wed.reading is not None
    assert wed.reading.intervals == ((at(2026, 12, 2, 12), at(2026, 12, 2, 17)),)
    assert wed.alternatives[0].intervals == ((at(2026, 11, 25, 12), at(2026, 11, 25, 17)),)
    assert bound.bound == "before" and not bound.negated and bound.type == "bound"
    assert bound.modifies == 1
    assert bound.cue == "not after"
    assert bound.reading is not None
    assert bound.reading.intervals == ((at(2026, 12, 2), at(2026, 12, 2, 15)),)


def test_grounding_actually_not_swallowed() -> None:
    for text in ("actually tuesday", "no wait, tuesday", "tuesday actually", "no, tuesday"):
        (m,) = ground(text, NOW, NY)
        assert m.text == "tuesday" and not m.negated


# ---------------------------------------------------------------- modifiers
@pytest.mark.parametrize(
    ("text", "anchor", "interval"),
    [
        ("friday works. but not before 10am", 0, (at(2026, 11, 27, 10), at(2026, 11, 28))),
        ("next week is good, after 2 ideally", 0, None),
        (
            "I'd like dec 3. around 2pm if possible",
            0,
            (at(2026, 12, 3, 13, 30), at(2026, 12, 3, 14, 30)),
        ),
    ],
)
def test_grounding_modifier_links_to_anchor(
    text: str, anchor: int, interval: tuple[datetime, datetime] | None
) -> None:
    found = ground(text, NOW, NY)
    assert len(found) == 2
    assert found[1].modifies == anchor
    assert found[1].reading is not None
    if interval is not None:
        assert found[1].reading.intervals == (interval,)
    else:  # every day of next week after 14:00
        assert len(found[1].reading.intervals) == 7
        assert found[1].reading.intervals[0][0] == at(2026, 11, 30, 14)


def test_grounding_bound_without_anchor_covers_every_day() -> None:
    m = one("anything before 3pm")
    assert m.modifies is None and m.reading is not None
    first = m.reading.intervals[0]
    assert first == (NOW, at(2026, 11, 23, 15))
    assert all(e.hour == 15 or e == NOW + timedelta(days=28) for _, e in m.reading.intervals)


def test_grounding_modifier_looks_forward_when_nothing_before() -> None:
    found = ground("after 3pm please. thursday works", NOW, NY)
    assert [m.text for m in found] == ["after 3pm", "thursday"]
    assert found[0].modifies == 1
    assert found[0].reading is not None
    assert found[0].reading.intervals == ((at(2026, 11, 26, 15), at(2026, 11, 27)),)


def test_grounding_bare_weekday_read_in_anchor_week() -> None:
    found = ground("next tuesday or maybe wednesday", NOW, NY)
    assert found[1].reading is not None
    assert found[1].reading.intervals[0][0] == at(2026, 12, 2)
    assert found[1].alternatives[0].intervals[0][0] == at(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Can I book for the week after next? Ideally Thursday", at(2026, 12, 10)),
        ("sometime in early December, preferably a Friday", at(2026, 12, 4)),
        ("from the 1st to the 5th, Thursday ideally", at(2026, 12, 3)),
    ],
)
def test_grounding_bare_weekday_read_inside_earlier_period(text: str, day: datetime) -> None:
    found = ground(text, NOW, NY)
    assert found[1].reading is not None
    assert found[1].reading.intervals[0] == (day, day + timedelta(days=1))
    assert found[1].alternatives  # the nearest such weekday stays an alternative


@pytest.mark.parametrize(
    "text",
    [
        "except the week after next. Thursday?",  # the period is negated: no anchor
        "I work Monday to Wednesday, so Thursday",  # no Thursday inside the period
    ],
)
def test_grounding_bare_weekday_not_pulled_into_period(text: str) -> None:
    found = ground(text, NOW, NY)
    assert found[-1].reading is not None
    assert found[-1].reading.intervals[0][0] == at(2026, 11, 26)


def test_grounding_mondays_or_wednesdays_are_two_sets() -> None:
    found = ground("Mondays or Wednesdays", NOW, NY)
    assert [(m.text, m.type) for m in found] == [("Mondays", "set"), ("Wednesdays", "set")]


# ---------------------------------------------------------------- ambiguity
def test_grounding_next_weekday_convention() -> None:
    m = one("next tuesday")
    assert m.reading is not None and m.reading.intervals[0][0] == at(2026, 12, 1)
    assert [a.intervals[0][0] for a in m.alternatives] == [at(2026, 11, 24)]


def test_grounding_same_weekday_past_window_goes_to_next_week() -> None:
    late = datetime(2026, 11, 23, 13, 0, tzinfo=TZ)
    (m,) = ground("monday morning", late, NY)
    assert m.reading is not None
    assert m.reading.intervals[0][0] == at(2026, 11, 30, 8)
    assert m.alternatives[0].intervals[0][0] == at(2026, 11, 23, 8)


def test_grounding_bare_hour_business_hours_with_alternative() -> None:
    m = one("tomorrow at 2")
    assert m.reading is not None and m.reading.intervals[0][0] == at(2026, 11, 24, 14)
    assert m.alternatives[0].intervals[0][0] == at(2026, 11, 24, 2)
    m = one("tomorrow at 8")
    assert m.reading is not None and m.reading.intervals[0][0] == at(2026, 11, 24, 8)
    assert m.alternatives[0].intervals[0][0] == at(2026, 11, 24, 20)


def test_grounding_date_order() -> None:
    mdy = one("12/3")
    dmy = ground("12/3", NOW, NY, date_order="DMY")[0]
    assert mdy.reading is not None and mdy.reading.intervals[0][0] == at(2026, 12, 3)
    assert dmy.reading is not None and dmy.reading.intervals[0][0] == at(2027, 3, 12)
    assert dmy.alternatives[0].intervals[0][0] == at(2026, 12, 3)


def test_grounding_weekday_with_day_of_month() -> None:
    m = one("friday the 3rd")  # Dec 3 is a Thursday; the next Friday 3rd is in 2027
    assert m.reading is not None
    assert {m.reading.intervals[0][0].date().isoformat()} | {
        a.intervals[0][0].date().isoformat() for a in m.alternatives
    } >= {"2026-12-03"}


# ---------------------------------------------------------------- DST
def test_grounding_dst_fall_back_day_is_25_hours() -> None:
    now = datetime(2026, 10, 31, 10, 0, tzinfo=TZ)
    (m,) = ground("tomorrow", now, NY)
    assert m.reading is not None
    s, e = m.reading.intervals[0]
    assert (e - s) == timedelta(hours=24)  # same tzinfo: wall-clock difference
    assert e.astimezone(ZoneInfo("UTC")) - s.astimezone(ZoneInfo("UTC")) == timedelta(hours=25)


def test_grounding_dst_afternoon_keeps_wall_clock() -> None:
    now = datetime(2026, 10, 31, 10, 0, tzinfo=TZ)
    (m,) = ground("sunday afternoon", now, NY)
    assert m.reading is not None
    s, e = m.reading.intervals[0]
    assert (s.hour, e.hour) == (12, 17)
    assert s.utcoffset() == timedelta(hours=-5)


def test_grounding_dst_mornings_across_change() -> None:
    now = datetime(2026, 10, 30, 7, 0, tzinfo=TZ)
    (m,) = ground("every morning", now, NY, horizon_end=now + timedelta(days=5))
    assert m.reading is not None
    assert {(s.hour, e.hour) for s, e in m.reading.intervals} == {(8, 12)}
    offsets = {s.utcoffset() for s, _ in m.reading.intervals}
    assert offsets == {timedelta(hours=-4), timedelta(hours=-5)}


# ---------------------------------------------------------------- zones
def test_grounding_named_zone_sets_zone_and_offset() -> None:
    m = one("tomorrow at 3pm London time")
    assert m.zone == "Europe/London"
    assert m.reading is not None
    s, _ = m.reading.intervals[0]
    assert s.utcoffset() == timedelta(0) and s.hour == 15
    assert s.astimezone(TZ).hour == 10


def test_grounding_my_time_is_request_zone() -> None:
    assert one("3pm my time").zone == NY
    assert one("3pm your time").zone == NY


# ---------------------------------------------------------------- errors
def test_grounding_naive_now_raises() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ground("tomorrow", datetime(2026, 11, 23, 9), NY)


def test_grounding_bad_timezone_raises() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        ground("tomorrow", NOW, "Mars/Olympus")


def test_grounding_bad_date_order_raises() -> None:
    with pytest.raises(ValueError, match="date_order"):
        ground("12/3", NOW, NY, date_order="XYZ")


def test_grounding_horizon_before_now_raises() -> None:
    with pytest.raises(ValueError, match="horizon_end"):
        ground("mornings", NOW, NY, horizon_end=NOW - timedelta(days=1))


def test_grounding_horizon_limits_sets() -> None:
    m = one("tuesdays", horizon_end=NOW + timedelta(days=10))
    assert m.reading is not None
    assert [s.date().isoformat() for s, _ in m.reading.intervals] == ["2026-11-24", "2026-12-01"]


# ---------------------------------------------------------------- the peers' failures
def test_grounding_peer_could_we_do_is_not_wednesday() -> None:
    assert ground("Could we do something?", NOW, NY) == []


def test_grounding_peer_between_10_and_noon_on_thursday() -> None:
    m = one("between 10 and noon on Thursday")
    assert m.reading is not None
    assert m.reading.intervals == ((at(2026, 11, 26, 10), at(2026, 11, 26, 12)),)


def test_grounding_peer_not_after_3pm_is_before() -> None:
    m = one("not after 3pm")
    assert m.bound == "before" and not m.negated


def test_grounding_peer_dec_5th_at_2_is_afternoon() -> None:
    m = one("Dec 5th at 2")
    assert m.reading is not None and m.reading.intervals[0][0] == at(2026, 12, 5, 14)


def test_grounding_peer_the_3rd_never_past() -> None:
    later = datetime(2026, 11, 5, 9, 0, tzinfo=TZ)
    (m,) = ground("the 3rd", later, NY)
    assert m.reading is not None and m.reading.intervals[0][0] == at(2026, 12, 3)


def test_grounding_peer_week_after_next_is_a_week() -> None:
    m = one("the week after next")
    assert m.reading is not None
    assert m.reading.intervals == ((at(2026, 12, 7), at(2026, 12, 14)),)


def test_grounding_peer_next_month_is_not_next_monday() -> None:
    m = one("Next month")
    assert m.reading is not None and m.reading.grain == "month"
    assert m.reading.intervals == ((at(2026, 12, 1), at(2027, 1, 1)),)


def test_grounding_peer_9_to_5_is_a_range() -> None:
    m = one("9 to 5")
    assert m.type == "timerange" and m.reading is not None
    assert m.reading.intervals[0] == (NOW, at(2026, 11, 23, 17))


def test_grounding_peer_people_and_rooms_are_not_times() -> None:
    assert ground("2 people in room 5", NOW, NY) == []


# ---------------------------------------------------------------- symbolic layer
def test_grounding_parse_is_symbolic_only() -> None:
    (m,) = parse("wednesday afternoon")
    assert str(m.sym) == "weekday=wed pod=afternoon"
    assert m.rule == "weekday+part_of_day"


# ---------------------------------------------------------------- properties
_WORDS = st.sampled_from(
    [
        "next",
        "tuesday",
        "at",
        "2",
        "3pm",
        "not",
        "after",
        "before",
        "the",
        "3rd",
        "dec",
        "to",
        "-",
        "between",
        "and",
        "noon",
        "mornings",
        "no",
        "except",
        "week",
        "weekend",
        "in",
        "days",
        "hour",
        "half",
        "an",
        "London",
        "time",
        "EST",
        "12/3",
        "by",
        "from",
        "tmrw",
        "people",
        "for",
        "are",
        "out",
        "sat",
        "may",
        "30",
        "ish",
        ",",
        ".",
        "?",
    ]
)


def _check(text: str, found: list[TimeMention]) -> None:
    last = 0
    for m in found:
        s, e = m.span
        assert 0 <= s < e <= len(text) and s >= last
        assert text[s:e] == m.text
        last = e
        readings: list[Reading] = [*([m.reading] if m.reading else []), *m.alternatives]
        for r in readings:
            assert r.intervals == tuple(sorted(r.intervals))
            for a, b in r.intervals:
                assert a.tzinfo is not None and b.tzinfo is not None and a < b


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=12).map(" ".join))
def test_grounding_property_word_salad(text: str) -> None:
    _check(text, ground(text, NOW, NY))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_grounding_property_arbitrary_text_never_raises(text: str) -> None:
    _check(text, ground(text, NOW, NY))


@settings(max_examples=40, deadline=None)
@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)),
    st.sampled_from(["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata"]),
)
def test_grounding_property_any_reference(now: datetime, zone: str) -> None:
    ref = now.replace(tzinfo=ZoneInfo(zone))
    _check(CONTRACT, ground(CONTRACT, ref, zone))


def test_grounding_if_not_is_a_fallback_not_a_negation() -> None:
    found = ground("Tuesday at 10, if not Wednesday after 2", NOW, NY)
    assert [(m.text, m.negated) for m in found] == [
        ("Tuesday at 10", False),
        ("Wednesday after 2", False),
    ]


@pytest.mark.parametrize(
    ("text", "span_text"),
    [
        ("see you Friday.", "Friday"),
        ("I can do tues. or wed", "tues."),
        ("Fridays. Thx", "Fridays"),
    ],
)
def test_grounding_sentence_full_stop_is_not_part_of_a_weekday(text: str, span_text: str) -> None:
    assert ground(text, NOW, NY)[0].text == span_text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Good morning. I would like an appointment", []),
        ("good afternoon, friday please", ["friday"]),
        ("a good morning slot on friday", ["morning", "friday"]),
    ],
)
def test_grounding_greeting_is_not_a_time(text: str, found: list[str]) -> None:
    assert [m.text for m in ground(text, NOW, NY)] == found


@pytest.mark.parametrize(
    ("text", "span_text"),
    [
        ("5:15 or so would be lovely", "5:15 or so"),
        ("friday at 4 or thereabouts", "friday at 4 or thereabouts"),
    ],
)
def test_grounding_or_so_makes_a_clock_time_approximate(text: str, span_text: str) -> None:
    m = ground(text, NOW, NY)[0]
    assert m.text == span_text and "~" in m.symbolic


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("as late as possible on the 26th please", "as late as possible"),
        ("the later the better, friday", "the later the better"),
        ("the very last appointment of the day on Fri", "the very last appointment of the day"),
        ("whats the last slot you have thursday", "the last slot you have"),
        ("as late in the day as you can", "as late in the day as you can"),
        ("my last appointment was great", None),
        ("4 at the latest", None),
    ],
)
def test_grounding_latest_wish_is_set_aside_for_the_ranking(text: str, wish: str | None) -> None:
    from slotwise.extractor.grounding.aside import unread

    got = [u.text for u in unread(text) if u.reason == "latest"]
    assert got == ([wish] if wish else [])
    assert all(wish is None or wish not in m.text for m in ground(text, NOW, NY))
