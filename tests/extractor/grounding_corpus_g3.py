"""Grounding corpus for lists and their scope, durations and resource mentions (G3).

Same form and reference time as `grounding_corpus.py` (Monday 2026-11-23 09:00
America/New_York): `CORPUS` groups examples by the value their longest mention means.
`LISTS` holds whole messages and the mentions each must yield, in order, each with the
first day of its best reading and whether it is negated: the scope of a list item
(which week, which negation) is a fact about several mentions, not the longest one.
`RESOURCES` and `NOT_RESOURCES` are messages for `find_resources` with a small calendar.
"""

from __future__ import annotations

from tests.extractor.grounding_corpus import Expect, G, Group, days, win

CORPUS: tuple[Group, ...] = (
    # ------------------------------------------------------------ durations
    G(
        "75 min: an hour and a quarter",
        Expect(type="duration", duration=75),
        "at least an hour and a quarter",
        "an hour and 15",
        "one hour and fifteen minutes",
        "need an hour and 15 mins pls",
    ),
    G(
        "80 min: an hour and 20",
        Expect(type="duration", duration=80),
        "about an hour and 20",
        "an hour and twenty minutes",
        "lasts an hour and 20 min",
    ),
    G(
        "105 min: an hour and 45",
        Expect(type="duration", duration=105),
        "need about an hour and 45 for colour and cut",
        "an hour and three quarters",
        "an hour and forty five",
    ),
    G(
        "150 min: two and a half hours",
        Expect(type="duration", duration=150),
        "2 1/2 hours on the 13th",
        "2½ hours",
        "two and a half hours",
        "book me in for 2 1/2 hrs",
    ),
    G(
        "120 min: two hours, said loosely",
        Expect(type="duration", duration=120),
        "move my colour (2h) pls",
        "two consecutive hours",
        "2 straight hours",
        "2-ish hours",
        "two uninterrupted hours",
    ),
    G(
        "180 min: three hours, roughly",
        Expect(type="duration", duration=180),
        "3-ish hours with kofi",
        "roughly three hours back to back",
        "3ish hours",
        "three hours back-to-back",
    ),
    G(
        "a range of lengths: the longer, so the visit fits",
        Expect(type="duration", duration=300),
        "can I get Rhea for 4-5 hrs on a sunday?",
        "like 4 to 5 hours",
        "four or five hours",
        "around 4-5 hours",
    ),
    G(
        "a range of lengths, said about: still the longer",
        Expect(type="duration", duration=180),
        "I think around 2-3 hrs",
        "2 or 3 hours",
        "roughly two to three hours",
    ),
    G(
        "45 min before a treatment noun is a length, not a time ago",
        Expect(type="duration", duration=45),
        "a 45 min back massage please",
        "45 minute back rub",
        "a 45 min back treatment",
    ),
    # ------------------------------------------------------------ ranges of named days
    G(
        "between two named days: the days strictly between them",
        Expect(iv=days("2026-12-26", "2027-01-01"), type="daterange"),
        "anytime between christmas and new years",
        "between Christmas & New Years",
        "Between Christmas and New Year would be ideal",
        "the week between Christmas and New Year's?",
        "any openings between xmas and new year",
    ),
    G(
        "between two numbered days: both ends included",
        Expect(iv=days("2026-12-18", "2026-12-23"), type="daterange"),
        "between the 18th and the 22nd",
        "between the 18th & the 22nd",
    ),
    G(
        "from a named day to another: both ends included",
        Expect(iv=days("2026-12-25", "2027-01-02"), type="daterange"),
        "christmas to new years",
        "from christmas through new year's day",
    ),
    G(
        "weekday and day number to weekday and day number: both ends are days",
        Expect(iv=days("2026-11-30", "2026-12-05"), type="daterange"),
        "he has mocks Mon 30 to Fri 4 so",
        "mon 30 - fri 4",
        "Monday 30 thru Friday 4",
    ),
    G(
        "from the 14 to the 18: 'the' before each number makes them days",
        Expect(iv=days("2026-12-14", "2026-12-19"), type="daterange"),
        "She is free from the 14 to the 18",
        "between the 14 and the 18",
        "from the 14 till the 18",
    ),
    G(
        "weekday and hour to weekday and hour stays a stretch of time",
        Expect(first=(("2026-11-23 09:00", "2026-11-27 17:00"),)),
        "Mon 9 to Fri 5",
    ),
    # ------------------------------------------------------------ weekly hours
    G(
        "a run of weekdays with hours and no week: those hours every such weekday",
        Expect(first=win("2026-11-23", "09:00", "17:00"), count=20, type="set"),
        "I work Monday to Friday 9 till 5, so",
        "9 to 5 Monday to Friday",
        "busy mon-fri 9-5",
        "i work 9-5 mon thru fri",
    ),
    G(
        "a run of weekdays with a week said stays in that week",
        Expect(first=win("2026-11-30", "09:00", "17:00"), count=5),
        "mon-fri next week 9-5",
        "monday to friday next week, 9 to 5",
    ),
    G(
        "any day and a run of days: the run's days",
        Expect(iv=days("2026-11-30", "2026-12-04"), type="daterange"),
        "any day mon thru thu next week",
        "any day monday to thursday next week",
    ),
    G(
        "any day after 5: every day from 17:00, not the day after 5",
        Expect(first=win("2026-11-23", "17:00", "24:00"), count=28, bound="after"),
        "free any day after 5",
        "any day after 5 please",
        "every day after 5pm",
        "each day after 5",
    ),
    # ------------------------------------------------------------ negated lists
    G(
        "not mornings, not Mondays: mornings alone, not Monday mornings",
        Expect(first=(("2026-11-23 09:00", "2026-11-23 12:00"),), negated=True, count=29),
        "Not mornings, not Mondays",
        "no mornings, no mondays",
        "can't do mornings, can't do Mondays",
        "no mornings no fridays",
    ),
)

# (message, ((mention text, first day of its best reading "YYYY-MM-DD", negated), ...))
LISTS: tuple[tuple[str, tuple[tuple[str, str, bool], ...]], ...] = (
    # a week said after the last weekday of a list is every item's week
    (
        "tues or wed next week, 7ish",
        (("tues", "2026-12-01", False), ("wed next week", "2026-12-02", False),
         ("7ish", "2026-12-01", False)),
    ),
    (
        "Tue, Wed, Thu next week",
        (("Tue", "2026-12-01", False), ("Wed", "2026-12-02", False),
         ("Thu next week", "2026-12-03", False)),
    ),
    (
        "mon, tue or thu the week after next",
        (("mon", "2026-12-07", False), ("tue", "2026-12-08", False),
         ("thu the week after next", "2026-12-10", False)),
    ),
    (
        "wednesday or thursday this week",
        (("wednesday", "2026-11-25", False), ("thursday this week", "2026-11-26", False)),
    ),
    # ... and after a list ruled out, the week is its own mention: the rest of it is wished
    (
        "can't do mon, tue or wed next week",
        (("can't do mon", "2026-11-30", True), ("tue", "2026-12-01", True),
         ("wed", "2026-12-02", True), ("next week", "2026-11-30", False)),
    ),
    (
        "Wed or Thu next week, between 11 and 1",
        (("Wed", "2026-12-02", False), ("Thu next week", "2026-12-03", False),
         ("between 11 and 1", "2026-12-02", False)),
    ),
    # a move from one day to another is two days, not a range ("fri 11" beside the dated
    # "mon 14" is Friday the 11th, G40: a writer who dates one weekday dates the other)
    (
        "pls move my appt from fri 11 to mon 14",
        (("fri 11", "2026-12-11", False), ("mon 14", "2026-12-14", False)),
    ),
    # "any day after" a date: any day, then a bound from the day after it (G1's reading)
    (
        "any day after the 22nd",
        (("any day", "2026-11-23", False), ("after the 22nd", "2026-12-23", False)),
    ),
    # a dash after a span of days elaborates it, it does not start a range
    (
        "sometime next week — Tues, Wed or Thurs",
        (("next week", "2026-11-30", False), ("Tues", "2026-12-01", False),
         ("Wed", "2026-12-02", False), ("Thurs", "2026-12-03", False)),
    ),
    ("this week - friday", (("this week - friday", "2026-11-27", False),)),
    # a sentence break ends the list: the earlier day keeps its own week
    (
        "thursday. wed next week",
        (("thursday", "2026-11-26", False), ("wed next week", "2026-12-02", False)),
    ),
    # a negation before a list is every item's
    (
        "any day but Tuesday or Thursday",
        (("but Tuesday", "2026-11-24", True), ("Thursday", "2026-11-26", True)),
    ),
    (
        "can't do mon, tue or wed",
        (("can't do mon", "2026-11-23", True), ("tue", "2026-11-24", True),
         ("wed", "2026-11-25", True)),
    ),
    (
        "I cannot do 8th, 10th, 15th, 17th - chemo days",
        (("cannot do 8th", "2026-12-08", True), ("10th", "2026-12-10", True),
         ("15th", "2026-12-15", True), ("17th", "2026-12-17", True)),
    ),
    ("no mornings or evenings", (("no mornings", "2026-11-23", True),
                                 ("evenings", "2026-11-23", True))),
    # ... and only the list's: a comma alone does not carry it, nor "but"
    ("not monday, tuesday works", (("not monday", "2026-11-23", True),
                                   ("tuesday", "2026-11-24", False))),
    (
        "not monday or tuesday, but wednesday works",
        (("not monday", "2026-11-23", True), ("tuesday", "2026-11-24", True),
         ("wednesday", "2026-11-25", False)),
    ),
    # each negation is its own item: "no fridays, no mondays" is not Friday-and-Monday
    (
        "no fridays, no mondays",
        (("no fridays", "2026-11-27", True), ("no mondays", "2026-11-23", True)),
    ),
    (
        "Not Fridays, not mornings",
        (("Not Fridays", "2026-11-27", True), ("not mornings", "2026-11-23", True)),
    ),
    (
        "thursday 26th - not morning, not 4-6 (gym class)",
        (("thursday 26th", "2026-11-26", False), ("not morning", "2026-11-26", True),
         ("not 4-6", "2026-11-26", True)),
    ),
    # two sets with no day in common are two items, not an empty set
    (
        "I work 9-5 weekdays, weekends are totally free",
        (("9-5 weekdays", "2026-11-23", False), ("weekends", "2026-11-28", False)),
    ),
    ("weekends, weekdays", (("weekends", "2026-11-28", False),
                            ("weekdays", "2026-11-23", False))),
    # an exception before a span of days: the span is wanted, its excepted day is not
    (
        "any day but friday next week",
        (("but friday", "2026-12-04", True), ("next week", "2026-11-30", False)),
    ),
    (
        "keen for a session any day but Friday the week after next",
        (("but Friday", "2026-12-11", True), ("the week after next", "2026-12-07", False)),
    ),
    (
        "anything but monday next week",
        (("but monday", "2026-11-30", True), ("next week", "2026-11-30", False)),
    ),
    (
        "any day except Friday this week",
        (("except Friday", "2026-11-27", True), ("this week", "2026-11-23", False)),
    ),
    # a plain negation keeps its week: "not friday next week" wants nothing of the week
    ("not friday next week", (("not friday next week", "2026-12-04", True),)),
    # one negation over one day and its part of the day stays one mention
    ("not this friday afternoon", (("not this friday afternoon", "2026-11-27", True),)),
)  # fmt: skip

CALENDAR: tuple[tuple[str, str], ...] = (
    ("team-a", "Team A"),
    ("team-b", "Team B"),
    ("crew-1", "the crew"),
)

# (message, ((mention text, resource id or None for "anyone"), ...))
RESOURCES: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...] = (
    ("team a please", (("team a", "team-a"),)),
    ("Team B if poss", (("Team B", "team-b"),)),
    ("whenever the crew has a free half day", (("the crew", "crew-1"),)),
    ("Any team is fine. House looks like a bomb went off.", (("Any team", None),)),
    ("Either instructor.", (("Either instructor", None),)),
    ("either artist is fine", (("either artist", None),)),
    ("either groomer", (("either groomer", None),)),
    ("any coach", (("any coach", None),)),
    ("Which instructor is not important.", (("Which instructor is not important", None),)),
    ("Doctor not important.", (("Doctor not important", None),)),
    ("Team doesn't matter", (("Team doesn't matter", None),)),
    ("the physio doesnt matter to me", (("the physio doesnt matter", None),)),
    ("Doesn't matter which therapist.", (("Doesn't matter which therapist", None),)),
    ("it's not important who", (("it's not important who", None),)),
    ("I'm not fussy about who.", (("I'm not fussy about who", None),)),
    ("not too picky about which trainer", (("not too picky about which trainer", None),)),
    ("Any chance someone can take me monday", (("someone", None),)),
    ("is there somebody who could see me", (("somebody", None),)),
    ("can I see a doctor today", (("a doctor", None),)),
    ("could i see a physio tmrw", (("a physio", None),)),
    ("honestly anywhere", (("anywhere", None),)),
    ("otherwise wherever you can seat us", (("wherever you can seat us", None),)),
)

# Messages in which the calendar above has no mention at all.
NOT_RESOURCES: tuple[str, ...] = (
    "A morning next week, not Monday",
    "looks like a bomb went off",
    "the weekend is best",
    "anywhere between 2 and 4",
    "any one day is fine",
    "can I book a session",
)

STUDIOS: tuple[tuple[str, str], ...] = (("studio-a", "Studio A"), ("studio-b", "Studio B"))

# A room's letter said alone is the room; "a" / "A" as the article is not.
LETTERS: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...] = (
    ("the room without the brick wall (so not B?) for friday", (("B", "studio-b"),)),
    ("ideally in B, between 6 and 9pm?", (("B", "studio-b"),)),
    ("same studio (A)", (("A", "studio-a"),)),
    ("A or B is fine", (("A", "studio-a"), ("B", "studio-b"))),
    ("I want studio a", (("studio a", "studio-a"),)),
    ("A morning next week", ()),
    ("looks like a bomb went off", ()),
    ("A.M. works", ()),
)

ROOMS: tuple[tuple[str, str], ...] = (
    ("main-room", "main room"),
    ("patio", "patio"),
    ("private-room", "private room"),
)

# "outside" names the rooms in the open air, "inside" the others; never "outside of work".
OPEN_AIR: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...] = (
    ("want to sit outside, sometime Sunday", (("outside", "patio"),)),
    ("we would rather not sit outside", (("outside", "patio"),)),
    ("outdoors if it's warm", (("outdoors", "patio"),)),
    ("a table indoors please", (("indoors", "main-room"), ("indoors", "private-room"))),
    (
        "7:45 PM, indoor seating",
        (("indoor seating", "main-room"), ("indoor seating", "private-room")),
    ),
    ("can we switch to inside", (("inside", "main-room"), ("inside", "private-room"))),
    ("outside of work hours", ()),
    ("inside an hour", ()),
    ("outside 9-5", ()),
)
