"""The clock-phrasing corpus (theme G2): clock words, approximations, bounds said after
the hour, extremes and named parts of the day, in Duckling's form.

Three forms, all tests (`test_grounding_corpus_g2.py` runs them): `CORPUS` groups
examples by the value the longest mention means; `MESSAGES` pins whole messages to the
exact mentions grounding must find, in text order; `NEGATIVE` holds texts where the same
words are not times.

Reference time: Tuesday 2026-12-01 10:30 America/New_York (horizon 28 days), unless a
group says otherwise.
"""

from __future__ import annotations

from tests.extractor.grounding_corpus import Expect, Group, win
from tests.extractor.grounding_corpus_texting import T

CORPUS: tuple[Group, ...] = (
    # ------------------------------------------------ golden hour: the hour before sunset
    T(
        "g2_golden_hour_saturday",
        Expect(iv=win("2026-12-05", "17:00", "19:00")),
        "golden hour on saturday",
        "Saturday golden hour please",
        "sat at golden hour?",
        "could we get the golden hour on Saturday",
        "golden hour sat 5th",
    ),
    T(
        "g2_golden_hour_alone",
        Expect(first=win("2026-12-01", "17:00", "19:00")),
        "golden hour if you can swing it",
        "we'd love golden hour!!",
        "Golden hour is a must",
    ),
    # ------------------------------------------------ first thing: the start of the working
    # day, wherever it opens (6, 7, 9 or 10); the ranking puts the earliest open slot first
    T(
        "g2_first_thing_friday",
        Expect(iv=win("2026-12-04", "06:00", "11:00")),
        "first thing friday",
        "Friday, first thing in the morning",
        "can u take it first thing on fri",
        "fri first thing pls",
    ),
    # ------------------------------------------------ named stretches of the day
    T(
        "g2_late_in_the_day",
        Expect(iv=win("2026-12-04", "16:00", "21:00")),
        "late in the day friday",
        "friday, late in the day if poss",
        "Fri late in the day",
    ),
    T(
        "g2_early_in_the_day",
        Expect(iv=win("2026-12-03", "06:00", "10:00")),
        "thursday early in the day",
        "early in the day on thurs please",
    ),
    T(
        "g2_middle_of_the_day",
        Expect(iv=win("2026-12-03", "11:00", "14:00")),
        "thursday, middle of the day would suit",
        "sometime in the middle of the day on thursday",
    ),
    T(
        "g2_lunch_hour",
        Expect(iv=win("2026-12-03", "12:00", "14:00")),
        "thurs lunch hour",
        "on thursday in my lunch hour",
        "Thursday, lunch-hour ideally",
    ),
    # ------------------------------------------------ a bare hour bounded by words after it
    T(
        "g2_hour_or_later",
        Expect(bound="after", iv=win("2026-12-03", "10:00", "24:00")),
        "thursday, 10 or later",
        "thurs 10 at the earliest",
        "Thursday - ten or after",
        "thursday 10 onwards",
        "Thursday, 10 at the very earliest",
    ),
    T(
        "g2_afternoon_hour_or_later",
        Expect(bound="after", iv=win("2026-12-03", "16:00", "24:00")),
        "thursday, 4 or later",
        "thursday. four onwards",
        "thurs, 4 at the earliest",
    ),
    T(
        "g2_cannot_stay_later_than",
        Expect(bound="before", iv=win("2026-12-04", "00:00", "18:00")),
        "friday, she cannot stay later than 6pm",
        "i cant stay past 6pm on friday",
        "Friday but we can't go later than 6pm",
        "friday; it must not run past 6pm",
    ),
    T(
        "g2_hour_at_the_latest",
        Expect(bound="before", iv=win("2026-12-03", "00:00", "16:00")),
        "thursday, 4 at the very latest",
        "Thursday. 4 at the latest",
        "thursday 4pm latest",
    ),
)

MESSAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "whoever's free saturday - not too early, 8 at the earliest",
        ("saturday", "8 at the earliest"),
    ),
    ("looking at tues. arvo. 3 or later. reckon?", ("tues. arvo", "3 or later")),
    # (g10b: who finishes is a routine bound; "any weekend" takes its "any")
    (
        "she finishes school at 4, so 4.30 onwards is fine",
        ("she finishes school at 4", "4.30 onwards"),
    ),
    ("engagement pics any weekend, golden hour preferred", ("any weekend", "golden hour")),
    ("golden hour would be a dream, the 7th or 8th?", ("golden hour", "the 7th", "8th")),
    # a dotted clock next to a day or a booking word; a fallback's "if not" is no negation
    ("hiya is 4.15 ok on friday", ("4.15", "friday")),
    ("can we move my 11.30 tomorrow to 2.30", ("11.30 tomorrow", "2.30")),
    ("9.45 works, thurs", ("9.45", "thurs")),
    ("thurs at 7, if not then 8", ("thurs at 7", "8")),
    ("Morning! any chance of first thing tmrw?", ("first thing tmrw",)),
    ("Evening! is 6.30 tomorrow too late?", ("6.30 tomorrow",)),
    ("morning works best, thursday", ("morning", "thursday")),
    ("3pm on the 9th? if not, 4", ("3pm on the 9th", "4")),
)

# After a clock time, a bare number a correction brings in is the new time.
CORRECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("friday at 4? hmm actually make that 3", ("friday at 4", "3")),
    ("you have me down at 2 tomorrow. 3 instead?", ("at 2 tomorrow", "3")),
    ("sunday at 8. Correction: 7", ("sunday at 8", "7")),
    ("thurs at 1? no, that's lunch. 2 then.", ("thurs at 1", "2")),
    ("tmrw at 10, no hang on, 11 would be better", ("tmrw at 10", "11")),
    ("wed at 9? let's say 10", ("wed at 9", "10")),
)

NEGATIVE: tuple[str, ...] = (
    "actually 3 of us are coming",
    "we are 4 then, maybe 5",
    "chapter 5 onwards is the hard part",
    "we got the latest update",
    "the fee is 12.50 in total",
    "it costs 3.45 to park",
    "good morning Dr Ito, hope you are well",
    "Good evening Mr. Castellano!",
    "Morning! quick question about prices",
    "hey, evening all! is parking free?",
)
