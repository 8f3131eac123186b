"""The G14c corpus: a weekday and a bare number that is that weekday's date said alone
("tues 1?", "sat 5 pls", "Tuesday 1, but in the afternoon"), and references back to a
day said earlier in the same message ("same day a bit later", "the day after the last
one", "away Dec 1-3, so the day after").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): the
next 1st is Tuesday 1 Dec, the 2nd a Wednesday, ... the 6th a Sunday, all within the
coming two weeks; the 7th (a Monday) and the 9th (a Wednesday) are farther off.
"""

from __future__ import annotations

# A weekday spelt out (or said after "on" / "of") and the number of its date, said with
# no time of day: the date. Each row:
# the message, the mention's words, its day ("MM-DD"); the mention has no clock.
WEEKDAY_DATE_ALONE: tuple[tuple[str, str, str], ...] = (
    ("can I come in on tues 1?", "tues 1", "12-01"),
    ("Wednesday 2 works for me", "Wednesday 2", "12-02"),
    ("any chance of Thursday 3, with Dr Lee", "Thursday 3", "12-03"),
    ("I am off Friday 4 so that is best", "Friday 4", "12-04"),
    ("saturday 5 pls", "saturday 5", "12-05"),
    ("what do you have on Sunday 6", "Sunday 6", "12-06"),
    ("moving my appt on Thu 3 to Friday 4", "Friday 4", "12-04"),
    ("moving my appt on Thu 3 to Friday 4", "Thu 3", "12-03"),
    ("my son can only do saturday 5.", "saturday 5", "12-05"),
    ("is there anything free Friday 4?", "Friday 4", "12-04"),
    ("hi, Tuesday 1 would suit", "Tuesday 1", "12-01"),
    ("my only free day is on Sun 6", "Sun 6", "12-06"),
    ("Thursday 3 - any time", "Thursday 3", "12-03"),
    ("the 1hr session on wed 2", "wed 2", "12-02"),
    ("FRIDAY 4!! need it asap", "FRIDAY 4", "12-04"),
    ("I'd prefer WEDNESDAY 2 if you have it", "WEDNESDAY 2", "12-02"),
)
# ... and a part of the day said after a comma or a "but" falls on that date. Rows: the
# message, the part's words, its day ("MM-DD") and its start ("HH:MM").
WEEKDAY_DATE_THEN_PART: tuple[tuple[str, str, str, str], ...] = (
    ("Tuesday 1, but in the afternoon", "afternoon", "12-01", "12:00"),
    ("saturday 5, but in the morning", "morning", "12-05", "08:00"),
    ("Wednesday 2 — mornings only", "mornings", "12-02", "08:00"),
)
# A move said of such a day moves the date. Rows: message, the move's words, its day.
WEEKDAY_DATE_MOVED: tuple[tuple[str, str, str], ...] = (
    ("push my Tuesday 1 back a week", "back a week", "12-08"),
    ("can you move my slot on Fri 4 out by a week", "out by a week", "12-11"),
    ("move my appt of Saturday 5 forward a day", "forward a day", "12-04"),
)
# Must not change: the number stays the hour where a time word follows, another hour is
# offered beside it, the date is farther off than two weeks, or the weekday is texting's
# shorthand with no "on" before it ("sat 5 pls"). Rows: the message, the
# mention's words, its first start ("MM-DD HH:MM").
WEEKDAY_HOUR_STAYS: tuple[tuple[str, str, str], ...] = (
    ("Tuesday 1 pm", "Tuesday 1 pm", "11-24 13:00"),
    ("Friday 4 sharp", "Friday 4 sharp", "11-27 16:00"),
    ("thursday 3ish", "thursday 3ish", "11-26 14:30"),
    ("Wednesday 2 or 3", "Wednesday 2", "11-25 14:00"),
    ("Thursday 3 or 3:30", "Thursday 3", "11-26 15:00"),
    ("friday 4 tonight", "friday 4", "11-27 16:00"),
    ("can I come in tues 1?", "tues 1", "11-24 13:00"),
    ("sat 5 pls", "sat 5", "11-28 17:00"),
    ("thurs 3 w/ Dr Lee", "thurs 3", "11-26 15:00"),
    ("Tuesday 1, 2 or 3", "Tuesday 1", "11-24 13:00"),
    ("sat 5 to 7", "sat 5 to 7", "11-28 17:00"),
    ("wed 9 is great", "wed 9", "11-25 09:00"),
    ("Monday 7", "Monday 7", "11-30 07:00"),
    ("tues 2 pls", "tues 2", "11-24 14:00"),
    ("Thursday 10", "Thursday 10", "11-26 10:00"),
    ("fri 4 o'clock", "fri 4 o'clock", "11-27 16:00"),
)

# "same day a bit later", "that day but earlier": after / before the clock said with the
# day before. Rows: the message, the mention's words, its start and end ("MM-DD HH:MM").
SAME_DAY_SIDE: tuple[tuple[str, str, str, str], ...] = (
    (
        "my 2pm on the 3rd - same day a bit later?",
        "same day a bit later",
        "12-03 14:00",
        "12-04 00:00",
    ),
    (
        "thurs at 10, same day but earlier if you can",
        "same day but earlier",
        "11-26 00:00",
        "11-26 10:00",
    ),
    (
        "the 9th at 1pm. Same day a little later?",
        "Same day a little later",
        "12-09 13:00",
        "12-10 00:00",
    ),
    (
        "friday 3pm, or that day slightly earlier",
        "that day slightly earlier",
        "11-27 00:00",
        "11-27 15:00",
    ),
    ("I had Dec 8 at 11, same date but later", "same date but later", "12-08 11:00", "12-09 00:00"),
    ("on the 30th at 9, same day later on", "same day later", "11-30 09:00", "12-01 00:00"),
    (
        "booked wed at 4pm - that day a tad earlier?",
        "that day a tad earlier",
        "11-25 00:00",
        "11-25 16:00",
    ),
    ("sat 28th at noon. the same day, later", "the same day, later", "11-28 12:00", "11-29 00:00"),
)
# The day after (before) the last of days said before it, or of a run of days. Rows: the
# message, the mention's words, its day ("MM-DD").
DAY_AFTER_THE_LAST: tuple[tuple[str, str, str], ...] = (
    (
        "I am off Nov 30, Dec 1 and 2 - the day after the last one?",
        "the day after the last one",
        "12-03",
    ),
    (
        "exams the 7th, 8th and 9th. the day after the last of them",
        "the day after the last of them",
        "12-10",
    ),
    (
        "busy Tuesday and Wednesday, the day after the last one works",
        "the day after the last one",
        "11-26",
    ),
    ("away dec 1-3, the day after the last day", "the day after the last day", "12-04"),
    ("I am away the 4th to the 7th, so the day after", "the day after", "12-08"),
    ("away the 4th to the 7th, the day before", "the day before", "12-03"),
    (
        "hospital Dec 14 to Dec 16, so the day after the final one",
        "the day after the final one",
        "12-17",
    ),
)
# Must not change: the day before / after a single day, and "same day" alone.
DAY_REF_STAYS: tuple[tuple[str, str, str], ...] = (
    ("my surgery is on the 2nd, so the day before", "the day before", "12-01"),
    ("the day after", "the day after", "11-24"),
    ("friday at 3, or the same day", "the same day", "11-27"),
    ("Dec 1 at 1pm. Same day?", "Same day", "12-01"),
)
