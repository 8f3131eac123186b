"""Availability from every source: open, weekly hours across DST, busy, iCalendar."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.schemas import RequestError, Resource
from slotwise.solvers.calendars import CalendarError, free_intervals, subtract

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


def _res(**fields: Any) -> Resource:
    return Resource.model_validate({"id": "r", **fields})


def _iso(windows: list[tuple[datetime, datetime]]) -> list[tuple[str, str]]:
    return [(s.isoformat(), e.isoformat()) for s, e in windows]


def _ical(*body: str) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//slotwise//test//EN",
            *body,
            "END:VCALENDAR",
            "",
        ]
    )


def _weekdays(start: str = "09:00", end: str = "17:00") -> list[dict[str, str]]:
    return [{"day": d, "start": start, "end": end} for d in ("mon", "tue", "wed", "thu", "fri")]


WEEK_NY = (datetime(2026, 11, 23, tzinfo=NY), datetime(2026, 11, 28, tzinfo=NY))  # Mon..Fri


# --- interval arithmetic ------------------------------------------------------------------


def test_calendars_subtract_cuts_and_splits() -> None:
    t = [datetime(2026, 1, 1, h, tzinfo=NY) for h in range(24)]
    assert subtract([(t[9], t[17])], [(t[10], t[11]), (t[16], t[18])]) == [
        (t[9], t[10]),
        (t[11], t[16]),
    ]
    assert subtract([(t[9], t[10])], [(t[8], t[12])]) == []


# --- weekly hours across DST --------------------------------------------------------------


def test_calendars_weekly_hours_us_fall_back_keeps_local_time() -> None:
    # 2026-11-01 (a Sunday) 02:00 EDT -> 01:00 EST in New York.
    res = _res(weekly_hours=[{"day": d, "start": "09:00", "end": "17:00"} for d in ("sat", "mon")])
    got = free_intervals(
        res, datetime(2026, 10, 30, tzinfo=NY), datetime(2026, 11, 3, tzinfo=NY), "America/New_York"
    )
    assert _iso(got) == [
        ("2026-10-31T09:00:00-04:00", "2026-10-31T17:00:00-04:00"),
        ("2026-11-02T09:00:00-05:00", "2026-11-02T17:00:00-05:00"),
    ]


def test_calendars_weekly_hours_fold_counts_the_repeated_hour() -> None:
    res = _res(weekly_hours=[{"day": "sun", "start": "00:00", "end": "24:00"}])
    (window,) = free_intervals(
        res,
        datetime(2026, 11, 1, tzinfo=NY),
        datetime(2026, 11, 2, 6, tzinfo=NY),
        "America/New_York",
    )
    assert window[1] - window[0] == timedelta(hours=25)
    # A window starting inside the fold starts at the first 01:30 (EDT) and an end inside
    # it is the second one (EST).
    res = _res(weekly_hours=[{"day": "sun", "start": "01:30", "end": "03:00"}])
    (window,) = free_intervals(
        res, datetime(2026, 11, 1, tzinfo=NY), datetime(2026, 11, 2, tzinfo=NY), "America/New_York"
    )
    assert _iso([window]) == [("2026-11-01T01:30:00-04:00", "2026-11-01T03:00:00-05:00")]
    assert window[1] - window[0] == timedelta(hours=2, minutes=30)


def test_calendars_weekly_hours_europe_spring_forward() -> None:
    # 2026-03-29 (a Sunday) 02:00 CET -> 03:00 CEST in Berlin; resource zone != default.
    res = _res(
        timezone="Europe/Berlin",
        weekly_hours=[
            {"day": "fri", "start": "09:00", "end": "17:00"},
            {"day": "mon", "start": "09:00", "end": "17:00"},
            {"day": "sun", "start": "01:00", "end": "02:30"},  # ends inside the gap
            {"day": "sun", "start": "02:10", "end": "02:50"},  # wholly inside the gap
        ],
    )
    got = free_intervals(
        res,
        datetime(2026, 3, 27, tzinfo=BERLIN),
        datetime(2026, 3, 31, tzinfo=BERLIN),
        "America/New_York",
    )
    assert _iso(got) == [
        ("2026-03-27T09:00:00+01:00", "2026-03-27T17:00:00+01:00"),
        ("2026-03-29T01:00:00+01:00", "2026-03-29T03:00:00+02:00"),
        ("2026-03-30T09:00:00+02:00", "2026-03-30T17:00:00+02:00"),
    ]
    assert got[1][1] - got[1][0] == timedelta(hours=1)
    full = _res(
        timezone="Europe/Berlin", weekly_hours=[{"day": "sun", "start": "00:00", "end": "24:00"}]
    )
    (day,) = free_intervals(
        full, datetime(2026, 3, 28, tzinfo=BERLIN), datetime(2026, 3, 31, tzinfo=BERLIN), "UTC"
    )
    assert day[1] - day[0] == timedelta(hours=23)


def test_calendars_weekly_hours_start_in_gap_moves_to_gap_end() -> None:
    res = _res(weekly_hours=[{"day": "sun", "start": "02:30", "end": "05:00"}])
    got = free_intervals(
        res, datetime(2026, 3, 8, tzinfo=NY), datetime(2026, 3, 9, tzinfo=NY), "America/New_York"
    )
    assert _iso(got) == [("2026-03-08T03:00:00-04:00", "2026-03-08T05:00:00-04:00")]


def test_calendars_window_clips_and_unions_open_with_weekly_hours() -> None:
    res = _res(
        weekly_hours=[{"day": "mon", "start": "09:00", "end": "12:00"}],
        open=[{"start": "2026-11-23T11:00:00-05:00", "end": "2026-11-23T14:00:00-05:00"}],
    )
    got = free_intervals(
        res,
        datetime(2026, 11, 23, 10, tzinfo=NY),
        datetime(2026, 11, 23, 13, tzinfo=NY),
        "America/New_York",
    )
    assert _iso(got) == [("2026-11-23T10:00:00-05:00", "2026-11-23T13:00:00-05:00")]


# --- busy ---------------------------------------------------------------------------------


def test_calendars_busy_intervals_are_subtracted() -> None:
    res = _res(
        weekly_hours=_weekdays(),
        busy=[
            {"start": "2026-11-23T10:00:00-05:00", "end": "2026-11-23T11:30:00-05:00"},
            {"start": "2026-11-24T15:00:00Z", "end": "2026-11-24T16:00:00Z"},  # 10-11 local
            {"start": "2026-11-25T00:00:00-05:00", "end": "2026-11-26T00:00:00-05:00"},
        ],
    )
    got = free_intervals(res, *WEEK_NY[:1], datetime(2026, 11, 26, tzinfo=NY), "America/New_York")
    assert _iso(got) == [
        ("2026-11-23T09:00:00-05:00", "2026-11-23T10:00:00-05:00"),
        ("2026-11-23T11:30:00-05:00", "2026-11-23T17:00:00-05:00"),
        ("2026-11-24T09:00:00-05:00", "2026-11-24T10:00:00-05:00"),
        ("2026-11-24T11:00:00-05:00", "2026-11-24T17:00:00-05:00"),
    ]


# --- iCalendar ----------------------------------------------------------------------------


def test_calendars_vfreebusy_busy_periods() -> None:
    cal = _ical(
        "BEGIN:VFREEBUSY",
        "DTSTART:20261123T000000Z",
        "DTEND:20261130T000000Z",
        "FREEBUSY;FBTYPE=BUSY:20261123T150000Z/20261123T160000Z",
        "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261124T140000Z/PT2H",
        "FREEBUSY:20261125T190000Z/20261125T200000Z,20261125T210000Z/PT30M",
        "FREEBUSY;FBTYPE=FREE:20261126T140000Z/20261126T220000Z",
        "END:VFREEBUSY",
    )
    res = _res(
        weekly_hours=[{"day": d, "start": "09:00", "end": "17:00"} for d in ("mon", "tue", "wed")],
        ical=cal,
    )
    got = free_intervals(res, *WEEK_NY, "America/New_York")
    assert _iso(got) == [
        ("2026-11-23T09:00:00-05:00", "2026-11-23T10:00:00-05:00"),
        ("2026-11-23T11:00:00-05:00", "2026-11-23T17:00:00-05:00"),
        ("2026-11-24T11:00:00-05:00", "2026-11-24T17:00:00-05:00"),
        ("2026-11-25T09:00:00-05:00", "2026-11-25T14:00:00-05:00"),
        ("2026-11-25T15:00:00-05:00", "2026-11-25T16:00:00-05:00"),
        ("2026-11-25T16:30:00-05:00", "2026-11-25T17:00:00-05:00"),
    ]  # the FREE period on Thursday adds nothing: weekly hours are given


def test_calendars_vfreebusy_free_periods_are_the_free_time_without_hours() -> None:
    cal = _ical(
        "BEGIN:VFREEBUSY",
        "FREEBUSY;FBTYPE=FREE:20261124T140000Z/20261124T220000Z",
        "FREEBUSY;FBTYPE=BUSY:20261124T170000Z/20261124T180000Z",
        "END:VFREEBUSY",
    )
    got = free_intervals(_res(ical=cal), *WEEK_NY, "America/New_York")
    assert _iso(got) == [
        ("2026-11-24T09:00:00-05:00", "2026-11-24T12:00:00-05:00"),
        ("2026-11-24T13:00:00-05:00", "2026-11-24T17:00:00-05:00"),
    ]


def test_calendars_vevent_rrule_with_exdate_keeps_local_time_across_dst() -> None:
    # A weekly Monday 10:00-11:00 New York meeting from October, EXDATE on 9 Nov.
    cal = _ical(
        "BEGIN:VEVENT",
        "UID:weekly@test",
        "DTSTAMP:20261001T000000Z",
        "DTSTART;TZID=America/New_York:20261019T100000",
        "DTEND;TZID=America/New_York:20261019T110000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261130T235959Z",
        "EXDATE;TZID=America/New_York:20261109T100000",
        "END:VEVENT",
    )
    res = _res(weekly_hours=[{"day": "mon", "start": "09:00", "end": "12:00"}], ical=cal)
    got = free_intervals(
        res, datetime(2026, 10, 26, tzinfo=NY), datetime(2026, 12, 8, tzinfo=NY), "America/New_York"
    )
    assert _iso(got) == [
        ("2026-10-26T09:00:00-04:00", "2026-10-26T10:00:00-04:00"),
        ("2026-10-26T11:00:00-04:00", "2026-10-26T12:00:00-04:00"),
        ("2026-11-02T09:00:00-05:00", "2026-11-02T10:00:00-05:00"),  # after the switch
        ("2026-11-02T11:00:00-05:00", "2026-11-02T12:00:00-05:00"),
        ("2026-11-09T09:00:00-05:00", "2026-11-09T12:00:00-05:00"),  # EXDATE
        ("2026-11-16T09:00:00-05:00", "2026-11-16T10:00:00-05:00"),
        ("2026-11-16T11:00:00-05:00", "2026-11-16T12:00:00-05:00"),
        ("2026-11-23T09:00:00-05:00", "2026-11-23T10:00:00-05:00"),
        ("2026-11-23T11:00:00-05:00", "2026-11-23T12:00:00-05:00"),
        ("2026-11-30T09:00:00-05:00", "2026-11-30T10:00:00-05:00"),
        ("2026-11-30T11:00:00-05:00", "2026-11-30T12:00:00-05:00"),
        ("2026-12-07T09:00:00-05:00", "2026-12-07T12:00:00-05:00"),  # after UNTIL
    ]


def test_calendars_recurrence_overrides_move_and_cancel_instances() -> None:
    cal = _ical(
        "BEGIN:VEVENT",
        "UID:daily@test",
        "DTSTART:20261123T150000Z",
        "DURATION:PT1H",
        "RRULE:FREQ=DAILY;COUNT=3",
        "END:VEVENT",
        "BEGIN:VEVENT",  # Tuesday's instance moved to 14:00-15:00 local
        "UID:daily@test",
        "RECURRENCE-ID:20261124T150000Z",
        "DTSTART:20261124T190000Z",
        "DTEND:20261124T200000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",  # Wednesday's instance cancelled
        "UID:daily@test",
        "RECURRENCE-ID:20261125T150000Z",
        "DTSTART:20261125T150000Z",
        "DURATION:PT1H",
        "STATUS:CANCELLED",
        "END:VEVENT",
    )
    res = _res(weekly_hours=_weekdays("09:00", "17:00"), ical=cal)
    got = free_intervals(
        res,
        datetime(2026, 11, 23, tzinfo=NY),
        datetime(2026, 11, 26, tzinfo=NY),
        "America/New_York",
    )
    assert _iso(got) == [
        ("2026-11-23T09:00:00-05:00", "2026-11-23T10:00:00-05:00"),
        ("2026-11-23T11:00:00-05:00", "2026-11-23T17:00:00-05:00"),
        ("2026-11-24T09:00:00-05:00", "2026-11-24T14:00:00-05:00"),
        ("2026-11-24T15:00:00-05:00", "2026-11-24T17:00:00-05:00"),
        ("2026-11-25T09:00:00-05:00", "2026-11-25T17:00:00-05:00"),
    ]


@pytest.mark.parametrize(
    ("dtstart", "dtend", "extra"),
    [
        (
            "DTSTART;TZID=Europe/Berlin:20261124T160000",
            "DTEND;TZID=Europe/Berlin:20261124T170000",
            [],
        ),
        ("DTSTART;TZID=W. Europe Standard Time:20261124T160000", "DURATION:PT1H", []),
        (
            "DTSTART;TZID=Custom Berlin:20261124T160000",
            "DTEND;TZID=Custom Berlin:20261124T170000",
            [
                "BEGIN:VTIMEZONE",
                "TZID:Custom Berlin",
                "BEGIN:STANDARD",
                "DTSTART:19701025T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:19700329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "END:DAYLIGHT",
                "END:VTIMEZONE",
            ],
        ),
    ],
)
def test_calendars_tzid_events_land_at_their_instant(
    dtstart: str, dtend: str, extra: list[str]
) -> None:
    # 16:00-17:00 Berlin (CET) is 10:00-11:00 in New York.
    cal = _ical(*extra, "BEGIN:VEVENT", "UID:berlin@test", dtstart, dtend, "END:VEVENT")
    res = _res(weekly_hours=[{"day": "tue", "start": "09:00", "end": "12:00"}], ical=cal)
    got = free_intervals(res, *WEEK_NY, "America/New_York")
    assert _iso(got) == [
        ("2026-11-24T09:00:00-05:00", "2026-11-24T10:00:00-05:00"),
        ("2026-11-24T11:00:00-05:00", "2026-11-24T12:00:00-05:00"),
    ]


def test_calendars_all_day_and_floating_events_use_the_resource_zone() -> None:
    cal = _ical(
        "BEGIN:VEVENT",
        "UID:holiday@test",
        "DTSTART;VALUE=DATE:20261126",
        "DTEND;VALUE=DATE:20261128",  # Thursday and Friday
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:floating@test",
        "DTSTART:20261123T120000",  # floating: noon wherever the resource is
        "DTEND:20261123T130000",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:allday-rrule@test",
        "DTSTART;VALUE=DATE:20261124",
        "RRULE:FREQ=WEEKLY;UNTIL=20261124",
        "END:VEVENT",
    )
    res = _res(timezone="America/Chicago", weekly_hours=_weekdays(), ical=cal)
    got = free_intervals(res, *WEEK_NY, "America/New_York")
    assert _iso(got) == [
        ("2026-11-23T09:00:00-06:00", "2026-11-23T12:00:00-06:00"),
        ("2026-11-23T13:00:00-06:00", "2026-11-23T17:00:00-06:00"),
        ("2026-11-25T09:00:00-06:00", "2026-11-25T17:00:00-06:00"),
    ]


def test_calendars_transparent_and_cancelled_events_do_not_block() -> None:
    cal = _ical(
        "BEGIN:VEVENT",
        "UID:t@test",
        "DTSTART:20261123T150000Z",
        "DTEND:20261123T160000Z",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:c@test",
        "DTSTART:20261123T170000Z",
        "DTEND:20261123T180000Z",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:o@test",
        "DTSTART:20261123T200000Z",
        "DTEND:20261123T210000Z",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    )
    res = _res(weekly_hours=[{"day": "mon", "start": "09:00", "end": "17:00"}], ical=cal)
    got = free_intervals(res, *WEEK_NY, "America/New_York")
    assert _iso(got) == [
        ("2026-11-23T09:00:00-05:00", "2026-11-23T15:00:00-05:00"),
        ("2026-11-23T16:00:00-05:00", "2026-11-23T17:00:00-05:00"),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("this is not a calendar", "not an iCalendar"),
        (_ical("BEGIN:VEVENT", "UID:x", "DTSTART:2026xx", "END:VEVENT"), "DTSTART"),
        (
            _ical(
                "BEGIN:VEVENT",
                "UID:x",
                "DTSTART:20261123T150000Z",
                "RRULE:FREQ=SOMETIMES",
                "END:VEVENT",
            ),
            "RRULE",
        ),
        (
            _ical(
                "BEGIN:VEVENT", "UID:x", "DTSTART;TZID=Mars/Olympus:20261123T150000", "END:VEVENT"
            ),
            "TZID",
        ),
        (_ical("BEGIN:VEVENT", "UID:x", "DTEND:20261123T150000Z", "END:VEVENT"), "DTSTART"),
        (
            _ical(
                "BEGIN:VEVENT",
                "UID:x",
                "DTSTART:20261123T150000Z",
                "DTEND:20261123T140000Z",
                "END:VEVENT",
            ),
            "before",
        ),
        ("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261123T150000Z\r\nEND:VEVENT\r\n", "VCALENDAR"),
        (
            _ical(
                "BEGIN:VEVENT",
                "UID:x",
                "DTSTART:20261123T150000Z",
                "RRULE:FREQ=SECONDLY",
                "END:VEVENT",
            ),
            "occurrences",
        ),
    ],
)
def test_calendars_malformed_calendar_is_a_coded_error(text: str, words: str) -> None:
    res = _res(weekly_hours=_weekdays(), ical=text)
    with pytest.raises(CalendarError) as info:
        free_intervals(res, *WEEK_NY, "America/New_York", field="resources[3].ical")
    err = info.value
    assert isinstance(err, RequestError) and isinstance(err, ValueError)
    assert err.code == "invalid_calendar"
    assert err.field == "resources[3].ical"
    assert words in err.message
    assert err.to_dict()["error"]["code"] == "invalid_calendar"
