"""`TimeMention.names_week`: the words say which week their weekday or weekend is in
("this Saturday", "next Thursday", "Saturday week", "this weekend"), so a conversation
keeps the day there rather than read it in a week an earlier turn chose."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

NY = "America/New_York"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo(NY))  # Monday


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("this Saturday", "this Saturday"),
        ("ok book this thursday then", "this thursday"),
        ("next Thursday?", "next Thursday"),
        ("can u do nxt tues", "nxt tues"),
        ("the coming friday would be good", "coming friday"),
        ("this coming weds", "this coming weds"),
        ("thursday next week", "thursday next week"),
        ("monday this week if there's room", "monday this week"),
        ("tuesday after next", "tuesday after next"),
        ("not this friday", "not this friday"),
        ("next thurs morning", "next thurs morning"),
        ("this sat at 4", "this sat at 4"),
        ("Saturday week", "Saturday week"),
        ("sat wk then", "sat wk"),
        ("friday fortnight", "friday fortnight"),
        ("this weekend", "this weekend"),
        ("this wknd?", "this wknd"),
        ("next weekend pls", "next weekend"),
        ("the weekend after next", "the weekend after next"),
        ("any weekend but this one", "this one"),
        ("sat or the one after", "the one after"),
    ],
)
def test_grounding_names_week_of_a_weekday_said_with_its_week(text: str, said: str) -> None:
    found = [m for m in ground(text, NOW, NY) if m.text == said]
    assert found and found[0].names_week, [(m.text, m.symbolic) for m in ground(text, NOW, NY)]


@pytest.mark.parametrize(
    "text",
    [
        "Thursday",
        "thurs if you can",
        "sat morning",
        "the thursday",
        "weekend if possible",
        "the weekend",
        "on the weekend",
        "Saturday the 28th",
        "tomorrow",
        "next week",
        "the 3rd",
        "wed at 7",
        "saturdays",
    ],
)
def test_grounding_names_week_not_of_a_bare_weekday(text: str) -> None:
    found = ground(text, NOW, NY)
    assert found and not any(m.names_week for m in found), [(m.text, m.symbolic) for m in found]
