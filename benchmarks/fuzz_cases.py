"""The fuzz run's cases (benchmarks/fuzz.py): random requests and broken ones.

Case i is drawn from ``random.Random(f"{seed}:{i}")`` alone. `draw_request` draws a
structured request or one with a message from phrase templates; `draw_odd` breaks a valid
request one way (`ODD_KINDS` ways in all) and returns its JSON text.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

# Zone -> days that start a stretch worth booking in: a plain week, the night the clocks
# spring forward and the night they fall back (2026).
ZONES: dict[str, list[date]] = {
    "America/New_York": [date(2026, 11, 23), date(2026, 3, 7), date(2026, 10, 31)],
    "Europe/London": [date(2026, 11, 23), date(2026, 3, 28), date(2026, 10, 24)],
    "UTC": [date(2026, 11, 23)],
    "Asia/Kolkata": [date(2026, 11, 23)],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PHRASES = [
    "not on {wd}",
    "{wd} afternoon",
    "any morning",
    "after 2pm",
    "not before 10am",
    "tomorrow",
    "tomorrow or {wd}",
    "I can't do mornings",
    "ideally {wd}",
    "{wd} but not after 3pm",
    "in the evening",
    "with {name}",
    "not with {name}",
    "an hour on {wd}",
    "sometime {wd} morning would be great",
    "anytime except {wd}",
]


# ---------------------------------------------------------------------------------------
# Drawing requests


def _instant(tz: ZoneInfo, day: date, minutes: int) -> datetime:
    """Local midnight of `day` plus elapsed `minutes`: always a real instant, DST or not."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
    return (midnight.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(tz)


def _windows(
    rng: random.Random, tz: ZoneInfo, day0: date, days: int, most: int, least: int = 0
) -> list[dict[str, str]]:
    out = []
    for _ in range(rng.randint(least, most)):
        day = day0 + timedelta(days=rng.randint(0, days))
        first = rng.randint(0, 22 * 4) * 15
        length = rng.randint(2, 40) * 15
        start, end = _instant(tz, day, first), _instant(tz, day, first + length)
        out.append({"start": start.isoformat(), "end": end.isoformat()})
    return out


def _constraints(
    rng: random.Random,
    tz: ZoneInfo,
    day0: date,
    days: int,
    resources: list[str],
    apps: list[str],
    ids: list[str],
) -> list[dict[str, Any]]:
    out = []
    for cid in rng.sample(ids, rng.randint(0, min(4, len(ids)))):
        body: dict[str, Any] = {"id": cid, "kind": rng.choice(["require", "prefer", "exclude"])}
        if rng.random() < 0.8:
            body["strength"] = rng.choice(["hard", "soft"])
        if rng.random() < 0.4:
            body["weight"] = rng.choice([0.5, 1, 2, 5])
        if rng.random() < 0.55:
            body["intervals"] = _windows(rng, tz, day0, days, 2, 0 if rng.random() < 0.05 else 1)
        else:
            body["resources"] = rng.sample(resources, rng.randint(1, len(resources)))
        if len(apps) > 1 and rng.random() < 0.4:
            body["appointments"] = [rng.choice(apps)]
        out.append(body)
    return out


def draw_request(rng: random.Random, kind: str) -> dict[str, Any]:
    """A well-formed request small enough for the oracle to enumerate."""
    zone = rng.choice(list(ZONES))
    tz = ZoneInfo(zone)
    day0 = rng.choice(ZONES[zone])
    now = _instant(tz, day0, rng.randint(0, 20) * 60 + rng.choice([0, 0, 7, 15, 30]))
    if rng.random() < 0.1:
        now += timedelta(seconds=rng.randint(1, 59))
    shape = rng.choices(["single", "series", "bundle", "all_of"], [85, 5, 5, 5])[0]
    multi = shape != "single"
    horizon = 2 if multi else rng.choice([1, 2, 2, 3])
    body: dict[str, Any] = {
        "now": now.isoformat(),
        "timezone": zone,
        "duration_minutes": rng.choice([30, 60]) if multi else rng.choice([15, 30, 45, 60, 90]),
        "max_proposals": rng.randint(1, 3 if multi else 5),
        "rules": {
            "slot_step_minutes": 60 if multi else rng.choice([15, 30, 60]),
            "min_notice_minutes": rng.choice([0, 0, 60, 300]),
            "buffer_before_minutes": rng.choice([0, 0, 15]),
            "buffer_after_minutes": rng.choice([0, 0, 30]),
            "horizon_days": horizon,
        },
    }
    apps = ["a1"]
    if shape == "single":
        ids = [f"r{i}" for i in range(rng.randint(1, 3))]
    elif shape == "series":
        ids = ["d0", "d1"]
        body["series"] = {
            "count": 2,
            "min_gap_minutes": rng.choice([0, 60, 240]),
            "same_resource": rng.random() < 0.5,
        }
        apps = ["s1", "s2"]
    elif shape == "bundle":
        ids = ["d0", "d1"]
        body["appointments"] = [
            {"id": "cut", "duration_minutes": 60},
            {"id": "colour", "duration_minutes": rng.choice([30, 60])},
        ]
        body["gaps"] = [{"first": "cut", "then": "colour", "min_minutes": 0, "max_minutes": 0}]
        apps = ["cut", "colour"]
    else:
        ids = ["d0", "d1", "room0", "room1"]
        body["appointments"] = [
            {"id": "visit", "needs": [{"any_of": ["d0", "d1"]}, {"any_of": ["room0", "room1"]}]},
            {"id": "scan", "needs": [{"any_of": ["room0", "room1"]}]},
        ]
        if rng.random() < 0.5:
            body["gaps"] = [{"first": "visit", "then": "scan", "min_minutes": 60}]
        apps = ["visit", "scan"]
    names = ["Dr. Smith", "Dr. Patel", "Room A", "Room B"]
    body["resources"] = [
        {
            "id": r,
            "name": names[i],
            "open": _windows(rng, tz, day0, horizon, 3, 0 if rng.random() < 0.05 else 1),
            **({"busy": _windows(rng, tz, day0, horizon, 2, 1)} if rng.random() < 0.25 else {}),
        }
        for i, r in enumerate(ids)
    ]
    body["constraints"] = _constraints(
        rng, tz, day0, horizon, ids, apps, ["c1", "c2", "c3", "f1", "f2", "x.9"]
    )
    if kind == "message":
        words = []
        for _ in range(rng.randint(1, 2)):
            wd = WEEKDAYS[(day0 + timedelta(days=rng.randint(0, horizon))).weekday()]
            words.append(rng.choice(PHRASES).format(wd=wd, name=rng.choice(names[: len(ids)])))
        body["message"] = ", ".join(words)
    return body


def _set(body: dict[str, Any], path: list[Any], value: Any) -> None:
    target: Any = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def draw_odd(rng: random.Random, which: int | None = None) -> tuple[str, str]:
    """(what was broken, the JSON text of a request broken that way); `which` picks the
    mutation by its index (`ODD_KINDS` of them), else it is drawn."""
    body = draw_request(rng, rng.choice(["structured", "message"]))
    if not body["resources"][0]["open"]:
        body["resources"][0]["open"] = [
            {"start": "2026-11-24T09:00:00+00:00", "end": "2026-11-24T10:00:00+00:00"}
        ]
    iv = ["resources", 0, "open", 0]
    huge = "9" * 5000
    mutations: list[tuple[str, Any]] = [
        ("empty body", ""),
        ("empty object", "{}"),
        ("a list", "[]"),
        ("null", "null"),
        ("truncated JSON", lambda t: t[: len(t) // 2]),
        ("NaN weight", lambda t: t.replace('"max_proposals": ', '"max_proposals": NaN, "x": ')),
        (
            "huge integer",
            lambda t: t.replace('"max_proposals": ', f'"max_proposals": {huge}, "y": '),
        ),
        (
            "huge negative integer",
            f'{{"now": "2026-11-23T09:00:00Z", "timezone": "UTC", "duration_minutes": -{huge}}}',
        ),
        ("deep nesting", "[" * 100_000 + "]" * 100_000),
        ("no now", ["now"]),
        ("no timezone", ["timezone"]),
        ("now a number", (["now"], 1764000000)),
        ("now an impossible date", (["now"], "2026-02-30T10:00:00-05:00")),
        ("now month 13", (["now"], "2026-13-01T10:00:00Z")),
        ("now late in 9999", (["now"], "9999-12-31T23:00:00-05:00")),
        ("now early in year 1", (["now"], "0001-01-01T00:30:00+05:00")),
        ("now in year 9998", (["now"], "9998-06-01T09:00:00Z")),
        ("open in 9999", ([*iv, "end"], "9999-12-31T23:59:59-05:00")),
        ("open from year 1", ([*iv, "start"], "0001-01-01T00:00:00+14:00")),
        ("open reversed", ([*iv, "end"], "2000-01-01T00:00:00Z")),
        ("open far future", (iv, {"start": "9000-01-01T09:00:00Z", "end": "9000-01-01T17:00:00Z"})),
        ("naive open", (iv, {"start": "2026-11-24T09:00:00", "end": "2026-11-24T12:00:00"})),
        ("timezone unknown", (["timezone"], "Mars/Olympus_Mons")),
        ("timezone padded", (["timezone"], " America/New_York")),
        ("timezone a path", (["timezone"], "../../etc/passwd")),
        ("timezone empty", (["timezone"], "")),
        ("timezone a number", (["timezone"], 5)),
        ("resource timezone unknown", (["resources", 0, "timezone"], "Europe/Atlantis")),
        ("date_order YMD", (["date_order"], "YMD")),
        ("date_order lower", (["date_order"], "dmy")),
        ("duration a word", (["duration_minutes"], "thirty")),
        ("duration zero", (["duration_minutes"], 0)),
        ("duration a day and more", (["duration_minutes"], 1441)),
        ("duration a float", (["duration_minutes"], 30.5)),
        ("duration true", (["duration_minutes"], True)),
        ("max_proposals huge", (["max_proposals"], 10**40)),
        ("max_proposals a list", (["max_proposals"], [])),
        ("resources a string", (["resources"], "dr-smith")),
        ("resources empty", (["resources"], [])),
        ("too many resources", (["resources"], [{"id": f"r{i}"} for i in range(101)])),
        ("resource id with space", (["resources", 0, "id"], "dr smith")),
        ("resource id empty", (["resources", 0, "id"], "")),
        ("unknown field", (["colour"], "blue")),
        ("message huge", (["message"], "next tuesday " * 400)),
        ("message a number", (["message"], 42)),
        ("message only spaces", (["message"], "   ")),
        ("message control chars", (["message"], "tomorrow\x00\x07 at 3pm\u202e")),
        ("history huge", (["history"], ["maybe"] * 21)),
        (
            "constraint kind unknown",
            (["constraints"], [{"id": "k", "kind": "maybe", "resources": ["r0"]}]),
        ),
        (
            "constraint strength unknown",
            (
                ["constraints"],
                [{"id": "k", "kind": "require", "strength": "firm", "intervals": []}],
            ),
        ),
        (
            "constraint both targets",
            (
                ["constraints"],
                [{"id": "k", "kind": "require", "intervals": [], "resources": ["r0"]}],
            ),
        ),
        ("constraint no target", (["constraints"], [{"id": "k", "kind": "exclude"}])),
        (
            "constraint weight NaN",
            lambda t: t.replace(
                '"constraints": [',
                '"constraints": [{"id": "w", "kind": "prefer", "resources": ["x"], "weight": NaN}, ',
                1,
            ),
        ),
        (
            "constraint weight zero",
            (["constraints"], [{"id": "k", "kind": "prefer", "intervals": [], "weight": 0}]),
        ),
        (
            "constraint id reserved",
            (["constraints"], [{"id": "availability", "kind": "exclude", "intervals": []}]),
        ),
        (
            "constraint ids twice",
            (["constraints"], [{"id": "k", "kind": "exclude", "intervals": []}] * 2),
        ),
        (
            "constraint unknown resource",
            (["constraints"], [{"id": "k", "kind": "require", "resources": ["nobody"]}]),
        ),
        (
            "constraint interval year 1",
            (
                ["constraints"],
                [
                    {
                        "id": "k",
                        "kind": "exclude",
                        "intervals": [
                            {"start": "0001-01-01T00:00:00Z", "end": "2026-01-01T00:00:00Z"}
                        ],
                    }
                ],
            ),
        ),
        (
            "weekday unknown",
            (
                ["resources", 0, "weekly_hours"],
                [{"day": "funday", "start": "09:00", "end": "17:00"}],
            ),
        ),
        (
            "weekly hour 25:00",
            (["resources", 0, "weekly_hours"], [{"day": "mon", "start": "09:00", "end": "25:00"}]),
        ),
        ("rules step 1", (["rules", "slot_step_minutes"], 1)),
        (
            "rules horizon a year, 5-minute grid",
            (["rules"], {"horizon_days": 366, "slot_step_minutes": 5}),
        ),
        ("rules horizon 10**6", (["rules", "horizon_days"], 10**6)),
        ("series and appointments", (["series"], {"count": 2})),
        ("series of 21", (["series"], {"count": 21})),
        (
            "gap reversed",
            (["gaps"], [{"first": "a1", "then": "a1", "min_minutes": 60, "max_minutes": 0}]),
        ),
        ("ical garbage", (["resources", 0, "ical"], "this is not a calendar")),
        (
            "ical truncated",
            (["resources", 0, "ical"], "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026"),
        ),
        (
            "ical VEVENT without DTSTART",
            (
                ["resources", 0, "ical"],
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
        (
            "ical bad RRULE",
            (
                ["resources", 0, "ical"],
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261124T090000Z\r\nDTEND:20261124T100000Z\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
        (
            "ical RRULE every second",
            (
                ["resources", 0, "ical"],
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261124T090000Z\r\nDURATION:PT1S\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
        (
            "ical unknown TZID",
            (
                ["resources", 0, "ical"],
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Nowhere/Land:20261124T090000\r\nDTEND;TZID=Nowhere/Land:20261124T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
        (
            "ical year 9999",
            (
                ["resources", 0, "ical"],
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:99991231T230000Z\r\nDTEND:99991231T235959Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
        ("ical a number", (["resources", 0, "ical"], 7)),
    ]
    name, how = mutations[which] if which is not None else rng.choice(mutations)
    text = json.dumps(body)
    if isinstance(how, str):
        return name, how
    if callable(how):
        return name, how(text)
    if isinstance(how, list):  # a field to delete
        target: Any = body
        for key in how[:-1]:
            target = target[key]
        target.pop(how[-1], None)
        return name, json.dumps(body)
    path, value = how
    _set(body, path, value)
    return name, json.dumps(body)


def _odd_kinds() -> int:
    count = 0
    while True:
        try:
            draw_odd(random.Random(0), count)
        except IndexError:
            return count
        count += 1


ODD_KINDS = _odd_kinds()
